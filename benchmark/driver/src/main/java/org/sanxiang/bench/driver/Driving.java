package org.sanxiang.bench.driver;

import java.util.List;
import java.util.Map;

/**
 * Drives one application over its REST API the way Tasklist does: a case is registered through
 * the start form; a task is looked up, claimed and its form submitted, as its user.
 */
final class Driving {

    final App app;
    final Rest rest;
    private final boolean bare;

    Driving(App app, Rest rest) {
        this.app = app;
        this.rest = rest;
        this.bare = "bare".equals(app.label);
    }

    record Started(String processInstanceId, String businessKey) { }

    /** registers a case as handler1; the project numbers the case itself, the bare application gets a business key */
    Started register(String run, int index) {
        Map<String, Object> body = Script.variables(Script.facts(run, index));
        if (bare) {
            body.put("businessKey", String.format("BENCH-%s-%05d", run, index));
        }
        Map<String, Object> started = rest.ok("handler1", "POST", Script.START_FORM, body).json();
        return new Started((String) started.get("id"), (String) started.get("businessKey"));
    }

    /** looks up the case's open task of the kind as the user, claims it and submits its form */
    void complete(String businessKey, Script.Step step) {
        complete(businessKey, step, () -> { });
    }

    /** the same, calling {@code beforeSubmit} between the claim and the form's submission */
    void complete(String businessKey, Script.Step step, Runnable beforeSubmit) {
        List<Map<String, Object>> tasks = rest.ok(step.user(), "GET", "/engine-rest/task?processInstanceBusinessKey="
            + businessKey + "&taskDefinitionKey=" + step.taskKey() + "&maxResults=10", null).jsonList();
        if (tasks.size() != 1) {
            throw new IllegalStateException(app.label + ": " + step.user() + " sees " + tasks.size() + " open " + step.taskKey()
                + " tasks of " + businessKey);
        }
        String taskId = (String) tasks.get(0).get("id");
        rest.ok(step.user(), "POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", step.user()));
        beforeSubmit.run();
        rest.ok(step.user(), "POST", "/engine-rest/task/" + taskId + "/submit-form", Script.variables(step.values()));
    }
}
