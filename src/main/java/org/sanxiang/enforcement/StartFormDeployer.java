package org.sanxiang.enforcement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.sanxiang.people.EnforcementStaff;
import org.sanxiang.people.StaffChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the start form's list of enforcement staff current ({@link StartForm}): renders the form with the staff of
 * the moment and deploys it (deployment {@value #DEPLOYMENT_NAME}) only when it differs from the start form in
 * force, which the process finds by {@code formRefBinding="latest"}.
 * <p>
 * When: once the application has started (the demo users exist by then); after a certificate was registered or
 * changed ({@link StaffChanged}); and every {@code sanxiang.start-form.refresh-interval} (default 5 minutes),
 * because Camunda's identity service (Camunda Admin, {@code /engine-rest}) announces no change of users or group
 * memberships, and a certificate expires by the calendar, not by an event. Rendering and comparing costs a few
 * queries; nothing is deployed while nothing changed.
 */
@Component
class StartFormDeployer {

    static final String DEPLOYMENT_NAME = "sanxiang-start-form";

    private static final Logger LOG = LoggerFactory.getLogger(StartFormDeployer.class);

    private final EnforcementStaff staff;
    private final RepositoryService repositoryService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final TransactionTemplate newTransaction;
    private final StartForm form = StartForm.fromClasspath();
    private volatile boolean started;

    StartFormDeployer(EnforcementStaff staff, RepositoryService repositoryService, ProcessEngineConfigurationImpl engineConfiguration,
                      PlatformTransactionManager transactions) {
        this.staff = staff;
        this.repositoryService = repositoryService;
        this.engineConfiguration = engineConfiguration;
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        started = true;
        refresh();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onStaffChanged(StaffChanged change) {
        if (started) {
            safely();
        }
    }

    @Scheduled(fixedDelayString = "${sanxiang.start-form.refresh-interval}",
        initialDelayString = "${sanxiang.start-form.refresh-interval}")
    void onSchedule() {
        if (started) {
            safely();
        }
    }

    /** in a transaction of its own: after the commit of a credential's change, its transaction takes no more work */
    private void safely() {
        try {
            newTransaction.executeWithoutResult(status -> refresh());
        } catch (RuntimeException e) {
            // the start form in force stays; the next refresh tries again
            LOG.error("the start form's list of enforcement staff could not be updated", e);
        }
    }

    /** deploys the start form with the current staff if it differs from the one in force; whether it deployed */
    synchronized boolean refresh() {
        List<EnforcementStaff.Member> members = staff.certified();
        byte[] rendered = form.with(members);
        if (Arrays.equals(rendered, inForce())) {
            return false;
        }
        Deployment deployment = repositoryService.createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("sanxiang-staff")
            .addInputStream(StartForm.RESOURCE, new ByteArrayInputStream(rendered))
            .deploy();
        LOG.info("start form {} deployed ({}) with {} certified enforcement staff", StartForm.KEY, deployment.getId(), members.size());
        return true;
    }

    /** the start form the process opens now (the latest version of its key), or nothing */
    byte[] inForce() {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            CamundaFormDefinitionEntity latest = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(StartForm.KEY);
            if (latest == null) {
                return new byte[0];
            }
            try (InputStream in = repositoryService.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + latest.getResourceName(), e);
            }
        }));
    }
}
