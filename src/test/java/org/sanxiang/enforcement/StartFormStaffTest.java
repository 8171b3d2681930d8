package org.sanxiang.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.sanxiang.people.Credentials;
import org.sanxiang.people.Groups;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The start form offers the certified enforcement staff by name, their user ids as values, and is deployed again
 * exactly when that list changes.
 */
@EngineTest
class StartFormStaffTest {

    static final String NEWCOMER = "startformwang";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    StartFormDeployer deployer;
    @Autowired
    IdentityService identityService;
    @Autowired
    Credentials credentials;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    FormService formService;

    @AfterEach
    void removeNewcomer() {
        if (identityService.createUserQuery().userId(NEWCOMER).count() > 0) {
            credentials.put(NEWCOMER, null, null, false, "test");
            identityService.deleteUser(NEWCOMER);
        }
        deployer.refresh();
    }

    @Test
    void theStartFormOffersTheCertifiedHandlersByNameWithTheirUserIdsAsValues() throws Exception {
        deployer.refresh();

        assertThat(offered()).extracting(o -> o.path("label").asText(), o -> o.path("value").asText())
            .contains(tuple("张承办（执法证号 演示-0001）", "handler1"), tuple("李承办（执法证号 演示-0002）", "handler2"))
            .noneMatch(t -> t.toList().contains("reviewer1"));
        assertThat(field().path("type").asText()).isEqualTo("taglist");
    }

    @Test
    void nothingIsDeployedWhileTheStaffStaysTheSame() {
        deployer.refresh();
        long deployments = startFormDeployments();

        assertThat(deployer.refresh()).isFalse();
        assertThat(deployer.refresh()).isFalse();

        assertThat(startFormDeployments()).isEqualTo(deployments);
    }

    @Test
    void aHandlerIsOfferedOnceCertifiedAndNoLongerOnceTheCertificateExpired() throws Exception {
        deployer.refresh();
        long deployments = startFormDeployments();
        User user = identityService.newUser(NEWCOMER);
        user.setLastName("王");
        user.setFirstName("喆");
        identityService.saveUser(user);
        identityService.createMembership(NEWCOMER, Groups.HANDLER);

        // a member of the handler group without a certificate is not offered: nothing changes
        assertThat(deployer.refresh()).isFalse();
        assertThat(labels()).noneMatch(label -> label.startsWith("王喆"));

        // registering the certificate deploys the form again at once (the credential's event)
        credentials.put(NEWCOMER, "13010099", Credentials.today().plusYears(1), false, "test");
        assertThat(startFormDeployments()).isEqualTo(deployments + 1);
        assertThat(labels()).contains("王喆（执法证号 13010099）");
        assertThat(values()).contains(NEWCOMER);
        assertThat(deployer.refresh()).isFalse();

        // expired: no longer offered
        credentials.put(NEWCOMER, "13010099", Credentials.today().minusDays(1), false, "test");
        assertThat(startFormDeployments()).isEqualTo(deployments + 2);
        assertThat(labels()).noneMatch(label -> label.startsWith("王喆"));
    }

    @Test
    void aHandlerLeavingTheGroupIsNoLongerOfferedAfterTheNextRefresh() throws Exception {
        User user = identityService.newUser(NEWCOMER);
        user.setLastName("王");
        user.setFirstName("喆");
        identityService.saveUser(user);
        identityService.createMembership(NEWCOMER, Groups.HANDLER);
        credentials.put(NEWCOMER, "13010099", Credentials.today().plusYears(1), false, "test");
        assertThat(values()).contains(NEWCOMER);

        identityService.deleteMembership(NEWCOMER, Groups.HANDLER);

        assertThat(deployer.refresh()).isTrue();
        assertThat(values()).doesNotContain(NEWCOMER).contains("handler1", "handler2");
    }

    private long startFormDeployments() {
        return repositoryService.createDeploymentQuery().deploymentName(StartFormDeployer.DEPLOYMENT_NAME).count();
    }

    /** the handlers field of the start form the case process opens now */
    private JsonNode field() throws Exception {
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("enforcement-case")
            .latestVersion().singleResult().getId();
        try (InputStream in = formService.getDeployedStartForm(definitionId)) {
            for (JsonNode component : JSON.readTree(in).path("components")) {
                if ("handlers".equals(component.path("key").asText())) {
                    return component;
                }
            }
        }
        throw new AssertionError("no handlers field");
    }

    private List<JsonNode> offered() throws Exception {
        List<JsonNode> options = new ArrayList<>();
        field().path("values").forEach(options::add);
        return options;
    }

    private List<String> labels() throws Exception {
        return offered().stream().map(o -> o.path("label").asText()).toList();
    }

    private List<String> values() throws Exception {
        return offered().stream().map(o -> o.path("value").asText()).toList();
    }
}
