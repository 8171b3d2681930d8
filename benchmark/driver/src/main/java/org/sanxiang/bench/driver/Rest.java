package org.sanxiang.bench.driver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP calls to one application as a demo user (HTTP Basic, password demo), as Tasklist makes them. */
final class Rest {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Map<String, Object> json() {
            return read(body, new TypeReference<>() { });
        }

        List<Map<String, Object>> jsonList() {
            return read(body, new TypeReference<>() { });
        }
    }

    private final String baseUrl;
    private final Duration timeout;

    Rest(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    Response get(String user, String path) throws IOException {
        return send(user, "GET", path, null);
    }

    Response post(String user, String path, Object body) throws IOException {
        return send(user, "POST", path, body);
    }

    /** a call that must succeed */
    Response ok(String user, String method, String path, Object body) {
        try {
            Response response = send(user, method, path, body);
            if (!response.ok()) {
                throw new IllegalStateException(method + " " + path + " as " + user + ": " + response.status() + " "
                    + response.body().substring(0, Math.min(600, response.body().length())));
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " as " + user + ": " + e, e);
        }
    }

    private Response send(String user, String method, String path, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(UTF_8)))
            .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), UTF_8));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
