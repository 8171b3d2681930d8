package org.sanxiang.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** 取消认领: the holder hands a task back; anyone else is told in Chinese whom to ask. */
@EngineTest
class UnclaimTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theHolderUnclaimsAndTheOtherHandlerIsToldToAskForIt() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());
        fixture.investigate(caseNumber);
        Task draft = fixture.task(caseNumber, "draft-decision");
        fixture.as("handler2", () -> engine.getTaskService().claim(draft.getId(), "handler2"));

        assertThatThrownBy(() -> fixture.as("handler1", () -> engine.getTaskService().setAssignee(draft.getId(), null)))
            .isInstanceOf(AuthorizationException.class)
            .hasMessageContaining("“拟作出决定”已由 李承办 领取，只有其本人可以取消认领或转交；如需由您办理，请 李承办 先取消认领。");
        assertThat(fixture.task(caseNumber, "draft-decision").getAssignee()).isEqualTo("handler2");

        fixture.as("handler2", () -> engine.getTaskService().setAssignee(draft.getId(), null));
        assertThat(fixture.task(caseNumber, "draft-decision").getAssignee()).isNull();
        fixture.as("handler1", () -> engine.getTaskService().claim(draft.getId(), "handler1"));
        assertThat(fixture.task(caseNumber, "draft-decision").getAssignee()).isEqualTo("handler1");
    }

    @Test
    void someoneElseCannotTakeAClaimedTaskOver() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());
        Task investigate = fixture.task(caseNumber, "investigate");

        assertThatThrownBy(() -> fixture.as("handler2", () -> engine.getTaskService().setAssignee(investigate.getId(), "handler2")))
            .isInstanceOf(AuthorizationException.class).hasMessageContaining("已由 张承办 领取");
    }

    @Test
    void onlySomeoneWhoMayHoldATaskGivesItToSomeoneElse() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());
        fixture.investigate(caseNumber);
        Task draft = fixture.task(caseNumber, "draft-decision");

        assertThatThrownBy(() -> fixture.as("reviewer1", () -> engine.getTaskService().setAssignee(draft.getId(), "handler1")))
            .isInstanceOf(AuthorizationException.class).hasMessageContaining("不能指派");
        fixture.as("handler2", () -> engine.getTaskService().setAssignee(draft.getId(), "handler1"));
        assertThat(fixture.task(caseNumber, "draft-decision").getAssignee()).isEqualTo("handler1");
    }
}
