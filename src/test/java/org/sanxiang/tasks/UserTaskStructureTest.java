package org.sanxiang.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.sanxiang.disclosure.DecisionDisclosureProcess;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.review.LegalReviewProcess;
import org.sanxiang.supervision.AnnualReportProcess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task of every process in {@code processes/} walks the one guarded path: its form is
 * {@code forms/<id>.form} and {@code formRef} is its id, a {@link TaskRule} governs it, its
 * candidates are the rule's holder, and its id is a constant of the process's constants type.
 * A user task that no rule governs cannot be deployed.
 */
@EngineTest
class UserTaskStructureTest {

    /** the constants type of each process: its TASK_* constants name exactly its user tasks */
    private static final Map<String, Class<?>> CONSTANTS = Map.of(
        EnforcementCaseProcess.PROCESS_KEY, EnforcementCaseProcess.class,
        LegalReviewProcess.PROCESS_KEY, LegalReviewProcess.class,
        DecisionDisclosureProcess.PROCESS_KEY, DecisionDisclosureProcess.class,
        AnnualReportProcess.PROCESS_KEY, AnnualReportProcess.class);

    private static final String CASE_HANDLERS = "${casePeople.handlers(execution)}";

    @Autowired
    TaskRules taskRules;

    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyUserTaskHasItsFormARuleMatchingCandidatesAndAConstantId() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("processes"))) {
            files = list.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int tasks = 0;
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(CONSTANTS).as("constants type of process %s", process.getId()).containsKey(process.getId());
                Set<String> constantIds = taskConstants(CONSTANTS.get(process.getId()));
                Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> process.equals(owningProcess(task))).toList();
                assertThat(userTasks.stream().map(UserTask::getId).collect(Collectors.toSet()))
                    .as("user tasks of %s vs the TASK_ constants of %s", process.getId(),
                        CONSTANTS.get(process.getId()).getSimpleName())
                    .isEqualTo(constantIds);
                for (UserTask task : userTasks) {
                    checkTask(task);
                    tasks++;
                }
            }
        }
        assertThat(tasks).isGreaterThanOrEqualTo(20);
    }

    private void checkTask(UserTask task) {
        String id = task.getId();
        assertThat(task.getCamundaFormRef()).as("formRef of %s", id).isEqualTo(id);
        assertThat(task.getCamundaFormRefBinding()).as("formRefBinding of %s", id).isEqualTo("deployment");
        assertThat(new File("forms/" + id + ".form")).as("form of %s", id).isFile();
        Holder holder = taskRules.holder(id).orElse(null);
        assertThat(holder).as("task rule governing %s", id).isNotNull();
        if (holder.isCaseHandlers()) {
            assertThat(task.getCamundaCandidateUsers()).as("candidate users of %s", id).isEqualTo(CASE_HANDLERS);
            assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", id).isNull();
        } else {
            assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", id).isEqualTo(holder.groupId());
            assertThat(task.getCamundaCandidateUsers()).as("candidate users of %s", id).isNull();
        }
        assertThat(task.getCamundaAssignee()).as("assignee of %s", id).isNull();
    }

    private static Process owningProcess(UserTask task) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static Set<String> taskConstants(Class<?> constants) {
        return Arrays.stream(constants.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("TASK_"))
            .map(UserTaskStructureTest::value)
            .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aUserTaskWithoutARuleFailsAtDeploymentNamingTheTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("unruled-process")
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("unruled-task").name("无规则任务").endEvent().done();

        assertThatThrownBy(() -> repositoryService.createDeployment().addModelInstance("unruled.bpmn", model).deploy())
            .isInstanceOf(ProcessEngineException.class)
            .hasMessageContaining("User task 'unruled-task'")
            .hasMessageContaining("has no task rule");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("unruled-process").count()).isZero();
    }
}
