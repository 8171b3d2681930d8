package org.sanxiang.cluster;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One HTTP call to one node as a demo user (HTTP Basic, password {@code demo}) or the administrator. Tells apart a call
 * that never reached the node ({@link Unreachable}: safe to send elsewhere) from one whose outcome is
 * unknown ({@link OutcomeUnknown}: the node may have done the work before the connection broke).
 */
final class NodeCall {

    /** generous: two JVMs and a database share two loaded cores */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Map<String, Object> json() {
            return parse(body, new TypeReference<>() { });
        }

        List<Map<String, Object>> jsonList() {
            return parse(body, new TypeReference<>() { });
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    /** the request did not reach the node (connection refused or not established) */
    static final class Unreachable extends Exception {
        Unreachable(AppNode node, Exception cause) {
            super(node.name() + " unreachable: " + cause, cause);
        }
    }

    /** the connection broke or timed out after the request was sent: the node may or may not have done the work */
    static final class OutcomeUnknown extends Exception {
        OutcomeUnknown(AppNode node, Exception cause) {
            super(node.name() + ": outcome unknown: " + cause, cause);
        }
    }

    private NodeCall() {
    }

    static Response get(AppNode node, String user, String path) throws Unreachable, OutcomeUnknown {
        return send(node, user, "GET", path, null);
    }

    static Response post(AppNode node, String user, String path, Object body) throws Unreachable, OutcomeUnknown {
        return send(node, user, "POST", path, body);
    }

    static Response put(AppNode node, String user, String path, Object body) throws Unreachable, OutcomeUnknown {
        return send(node, user, "PUT", path, body);
    }

    private static Response send(AppNode node, String user, String method, String path, Object body) throws Unreachable, OutcomeUnknown {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json");
        // user null: anonymous, as anyone reading the public paths
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password(user)).getBytes(UTF_8)));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(write(body), UTF_8));
        }
        boolean write = !"GET".equals(method);
        if (write) {
            node.writesUnderWay().incrementAndGet();
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new Unreachable(node, e);
        } catch (IOException e) {
            if (e.getCause() instanceof ConnectException) {
                throw new Unreachable(node, e);
            }
            throw new OutcomeUnknown(node, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (write) {
                node.writesUnderWay().decrementAndGet();
            }
        }
    }

    /** the demo users' password is demo; the administrator's is {@link Traffic#ADMIN_PASSWORD} */
    static String password(String user) {
        return Traffic.ADMIN.equals(user) ? Traffic.ADMIN_PASSWORD : "demo";
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static <T> T parse(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not the JSON expected: " + body, e);
        }
    }
}
