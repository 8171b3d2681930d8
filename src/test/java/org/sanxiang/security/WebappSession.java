package org.sanxiang.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's session with Camunda's webapps, without a browser: logs in to Tasklist the way its
 * login page does (XSRF token from the first page, form post with Origin) and then sends the
 * session cookie itself, whatever the cookie's Secure flag (the tests run on plain HTTP).
 */
public class WebappSession {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookies = new ArrayList<>();
    private String csrfToken;

    public WebappSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken).header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofString(form)));
        // as Tasklist does next: the new session gets its CSRF token
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET());
        return login;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> postJson(String path, String json, boolean withCsrfToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
            .header("Origin", base).POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    /** a POST of this body from the session's page (Origin set), with its CSRF token or without */
    public HttpResponse<String> post(String path, String contentType, byte[] body, boolean withCsrfToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
            .header("Origin", base).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    /** the session's CSRF token, as the webapps hold it */
    public String csrfToken() {
        return csrfToken;
    }

    /** every Set-Cookie header received so far */
    List<String> setCookieHeaders() {
        return setCookies;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookies.add(header);
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
        if (cookies.containsKey("XSRF-TOKEN")) {
            csrfToken = cookies.get("XSRF-TOKEN");
        }
        return response;
    }
}
