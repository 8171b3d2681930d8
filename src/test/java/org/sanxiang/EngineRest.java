package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Camunda's REST API as the demo users use it (HTTP Basic), the way Tasklist drives a task. */
public class EngineRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    private final TestRestTemplate rest;

    public EngineRest(TestRestTemplate rest) {
        this.rest = rest;
    }

    public TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    /** variables in Camunda's REST format; lists become Json values as form-js sends them */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Map<String, Object> typed = new LinkedHashMap<>();
            if (value instanceof List<?> list) {
                typed.put("value", toJson(list));
                typed.put("type", "Json");
            } else {
                typed.put("value", value);
            }
            variables.put(name, typed);
        });
        return Map.of("variables", variables);
    }

    private static String toJson(List<?> list) {
        return "[" + String.join(",", list.stream().map(v -> "\"" + v + "\"").toList()) + "]";
    }

    public ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
    }

    /** starts a case through the start form, as Tasklist does; returns the case number */
    public String registerCase(String user, Map<String, Object> facts) {
        ResponseEntity<Map<String, Object>> response = post(user, "/process-definition/key/enforcement-case/submit-form", variables(facts));
        assertThat(response.getStatusCode().value()).as("start case: %s", response.getBody()).isEqualTo(200);
        return (String) response.getBody().get("businessKey");
    }

    public List<Map<String, Object>> tasks(String user, String caseNumber) {
        ResponseEntity<String> response = as(user).getForEntity("/engine-rest/task?processInstanceBusinessKey={bk}&maxResults=100", String.class, caseNumber);
        assertThat(response.getStatusCode().value()).as("task query as %s: %s", user, response.getBody()).isEqualTo(200);
        try {
            return JSON.readValue(response.getBody(), new TypeReference<List<Map<String, Object>>>() { });
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    public String taskId(String user, String caseNumber, String taskKey) {
        return tasks(user, caseNumber).stream().filter(t -> taskKey.equals(t.get("taskDefinitionKey")))
            .map(t -> (String) t.get("id")).findFirst()
            .orElseThrow(() -> new AssertionError(user + " sees no task " + taskKey + " of case " + caseNumber
                + "; sees " + tasks(user, caseNumber).stream().map(t -> t.get("taskDefinitionKey")).toList()));
    }

    /** claims and submits the task's form as the user; returns the completion's response */
    public ResponseEntity<Map<String, Object>> complete(String user, String caseNumber, String taskKey, Map<String, Object> values) {
        String taskId = taskId(user, caseNumber, taskKey);
        ResponseEntity<Map<String, Object>> claim = post(user, "/task/" + taskId + "/claim", Map.of("userId", user));
        assertThat(claim.getStatusCode().value()).as("claim %s: %s", taskKey, claim.getBody()).isEqualTo(204);
        return post(user, "/task/" + taskId + "/submit-form", variables(values));
    }

    public void completeOk(String user, String caseNumber, String taskKey, Map<String, Object> values) {
        ResponseEntity<Map<String, Object>> response = complete(user, caseNumber, taskKey, values);
        assertThat(response.getStatusCode().value()).as("complete %s: %s", taskKey, response.getBody()).isIn(200, 204);
    }

    /** a variable as the holder of the task reads it (what the task's form shows) */
    public Object taskVariable(String user, String caseNumber, String taskKey, String name) {
        ResponseEntity<Map<String, Object>> response = as(user).exchange("/engine-rest/task/{id}/variables/{name}", HttpMethod.GET, null, MAP,
            taskId(user, caseNumber, taskKey), name);
        assertThat(response.getStatusCode().value()).as("read %s: %s", name, response.getBody()).isEqualTo(200);
        return response.getBody().get("value");
    }
}
