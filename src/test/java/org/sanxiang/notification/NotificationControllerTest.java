package org.sanxiang.notification;

import static org.sanxiang.CaseFixture.facts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.Administrators;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.security.ApiAuthenticationFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code GET /api/notifications}: administrators read the outbox; anybody else is refused. */
@EngineTest
class NotificationControllerTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    String caseNumber;

    @BeforeEach
    void caseWithMailsAndAnAdministrator() {
        Administrators.ensure(engine.getIdentityService());
        mvc = MockMvcBuilders.webAppContextSetup(context)
            .addFilter(new ApiAuthenticationFilter(engine.getIdentityService()), "/api/*").build();
        caseNumber = new CaseFixture(engine).registerWithoutUser(facts());
    }

    @Test
    void anAdministratorReadsTheMailsOfACaseWithTheirStatus() throws Exception {
        mvc.perform(get("/api/notifications").param("caseNumber", caseNumber).param("status", "PENDING")
                .header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.content[0].caseNumber").value(caseNumber))
            .andExpect(jsonPath("$.content[0].kind").value("TASK_CREATED"))
            .andExpect(jsonPath("$.content[0].status").value("PENDING"))
            .andExpect(jsonPath("$.content[0].statusLabel").value("待发送"))
            .andExpect(jsonPath("$.content[0].statusReason").value("未配置邮件服务器"))
            .andExpect(jsonPath("$.content[0].subject").value(org.hamcrest.Matchers.startsWith("【待办】" + caseNumber)));
        mvc.perform(get("/api/notifications").param("caseNumber", caseNumber).param("status", "SENT")
                .header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheChoices() throws Exception {
        mvc.perform(get("/api/notifications").param("status", "LOST").header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("PENDING（待发送）")));
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefusedWith403() throws Exception {
        mvc.perform(get("/api/notifications").header(HttpHeaders.AUTHORIZATION, basic("handler1")))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("不是系统管理员")));
        mvc.perform(get("/api/notifications").header(HttpHeaders.AUTHORIZATION, basic("leader1")))
            .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersAreAskedToLogInWith401() throws Exception {
        mvc.perform(get("/api/notifications").accept(MediaType.APPLICATION_JSON))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error").exists());
    }

    static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
