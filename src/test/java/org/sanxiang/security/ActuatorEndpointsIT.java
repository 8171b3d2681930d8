package org.sanxiang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The actuator over HTTP: health is public for container and load-balancer checks, info and the
 * Prometheus metrics need a login (here an administrator configured as outside the demo profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.admin-user.id=admin", "camunda.bpm.admin-user.password=" + ActuatorEndpointsIT.ADMIN_PASSWORD,
        // its own engine name: under "default" this second context's engine would replace, in Camunda's static engine
        // registry, the engine that the REST API of the other test contexts in this JVM looks up
        "camunda.bpm.process-engine-name=actuatortest"})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@AutoConfigureObservability(tracing = false)
class ActuatorEndpointsIT {

    /** outside the demo profile the administrator's password must not be guessable (security.AdminPasswordCheck) */
    static final String ADMIN_PASSWORD = "Actuator-Test-2026";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void anonymousHealthCheckIsAnsweredUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void anonymousLivenessAndReadinessProbesArePublicToo() throws Exception {
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousPrometheusScrapeIsRefused() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void anonymousInfoIsRefused() throws Exception {
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anonymousActuatorIndexIsRefused() throws Exception {
        assertThat(get("/actuator", null).statusCode()).isIn(401, 404);
        assertThat(get("/actuator/", null).statusCode()).isIn(401, 404);
    }

    @Test
    void pathTricksThroughTheHealthEndpointDoNotReachTheMetrics() throws Exception {
        for (String trick : new String[] {"/actuator/health/../prometheus", "/actuator/health/%2e%2e/prometheus",
            "/actuator/health;x=y/../prometheus", "/actuator/health/..;/prometheus", "/actuator/health/%2E%2E/prometheus"}) {
            HttpResponse<String> response = get(trick, null);
            assertThat(response.body()).as(trick).doesNotContain("jvm_");
            assertThat(response.statusCode()).as(trick).isIn(400, 401, 404);
        }
    }

    @Test
    void administratorWithBasicAuthGetsThePrometheusMetrics() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", basic("admin", ADMIN_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        assertThat(get("/actuator/prometheus", basic("admin", "wrong")).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
