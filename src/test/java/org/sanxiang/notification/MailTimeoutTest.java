package org.sanxiang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.sanxiang.CaseFixture.facts;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.Timers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * The SMTP timeouts of application.yaml: a mail server that accepts the connection and never
 * answers must not hold a delivery job for ever (past the job's lock another node would take the
 * job and send the mail again). The test sets only {@code MAIL_TIMEOUT_MS}, so it fails (after
 * {@link #PATIENCE}, instead of hanging) when application.yaml does not pass it on to JavaMail.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class MailTimeoutTest {

    static final long TIMEOUT_MS = 1500;
    /** far above the timeout, far below "for ever" */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** SMTP exchanges of one delivery (greeting, EHLO, MAIL, RCPT, DATA, the message, QUIT …), each bounded by a timeout */
    static final int EXCHANGES_PER_MAIL = 10;
    static final List<String> TIMEOUT_KEYS = List.of("connectiontimeout", "timeout", "writetimeout");

    static final SilentSmtpServer silent = new SilentSmtpServer();

    @DynamicPropertySource
    static void silentMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", silent::port);
        registry.add("MAIL_TIMEOUT_MS", () -> TIMEOUT_MS);
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService managementService;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void stopServer() throws IOException {
        silent.close();
    }

    @Test
    void aMailServerThatNeverAnswersFailsTheAttemptWithinTheTimeoutAndTheMailWaitsForItsRetry() {
        Timers.now("2026-03-02T09:00");
        String caseNumber = new CaseFixture(engine).register(facts());
        Job job = deliveryJobOf(caseNumber);
        Long notificationId = Long.valueOf(((JobEntity) job).getJobHandlerConfigurationRaw());

        long start = System.nanoTime();
        assertTimeoutPreemptively(PATIENCE,
            () -> assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                .hasRootCauseInstanceOf(SocketTimeoutException.class),
            "delivery to a silent SMTP server hangs: no SMTP read timeout configured");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(silent.connections()).as("the connection was made; the server kept silent").isPositive();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(TIMEOUT_MS)).isLessThan(Duration.ofMillis(5 * TIMEOUT_MS));
        Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).as("one attempt spent, the others left").isEqualTo(4);
        assertThat(failed.getDuedate()).as("the first retry interval").isEqualTo(Timers.at("2026-03-02T09:01"));
        Notification waiting = outbox.findById(notificationId).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getStatusReason()).startsWith("发送失败：SocketTimeoutException");
    }

    @Test
    void theConnectReadAndWriteTimeoutsComeFromMailTimeoutMs() {
        Properties javaMail = mailSender.getJavaMailProperties();
        for (String protocol : List.of("smtp", "smtps")) {
            for (String key : TIMEOUT_KEYS) {
                assertThat(javaMail.getProperty("mail." + protocol + "." + key)).as("mail.%s.%s", protocol, key)
                    .isEqualTo(String.valueOf(TIMEOUT_MS));
            }
        }
    }

    @Test
    void theDefaultTimeoutsBoundADeliveryWellBelowTheJobLockTime() throws IOException {
        long lockTime = engineConfiguration.getJobExecutor().getLockTimeInMillis();
        var yaml = new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml")).get(0);
        PropertyPlaceholderHelper defaults = new PropertyPlaceholderHelper("${", "}", ":", false);
        for (String protocol : List.of("smtp", "smtps")) {
            for (String key : TIMEOUT_KEYS) {
                String name = "spring.mail.properties[mail." + protocol + "." + key + "]";
                Object raw = yaml.getProperty(name);
                assertThat(raw).as(name).isNotNull();
                long timeout = Long.parseLong(defaults.replacePlaceholders(raw.toString(), variable -> null));
                assertThat(timeout).as(name).isPositive().isLessThan(lockTime / EXCHANGES_PER_MAIL);
            }
        }
    }

    private Job deliveryJobOf(String caseNumber) {
        List<String> jobIds = outbox.findByCaseNumberOrderById(caseNumber).stream().map(Notification::getJobId).toList();
        assertThat(jobIds).isNotEmpty().doesNotContainNull();
        return managementService.createJobQuery().jobId(jobIds.get(0)).singleResult();
    }
}
