package org.sanxiang.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses any query without a page size once the query result limit is set
 * ({@code query-max-results-limit}: "An unbound number of results is forbidden!"). Camunda's own webapps
 * make a few such calls, e.g. Cockpit's task dashboard lists every group unpaged. On the webapps' engine
 * API ({@code /camunda/api/engine/}) a call without {@code maxResults} therefore gets the limit as its page
 * size: the webapps keep working, and no query returns more rows than the limit. Camunda's REST API for
 * other clients ({@code /engine-rest}) stays strict: they are told to page.
 */
class WebappQueryPages extends OncePerRequestFilter {

    static final String PATH = "/camunda/api/engine/";
    static final String MAX_RESULTS = "maxResults";

    private final int limit;

    WebappQueryPages(int limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        // registered for PATH only (SecurityConfiguration)
        return limit == Integer.MAX_VALUE || !("GET".equals(method) || "POST".equals(method)) || paged(request.getQueryString());
    }

    /** the query string names a page size (read from the query string only: a form body stays unread) */
    static boolean paged(String query) {
        return query != null && Arrays.stream(query.split("&")).anyMatch(p -> p.equals(MAX_RESULTS) || p.startsWith(MAX_RESULTS + "="));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        chain.doFilter(new Paged(request, limit), response);
    }

    /** the request with {@code maxResults} added to its query string and parameters */
    static final class Paged extends HttpServletRequestWrapper {

        private final String page;

        Paged(HttpServletRequest request, int limit) {
            super(request);
            this.page = String.valueOf(limit);
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + page;
        }

        @Override
        public String getParameter(String name) {
            return MAX_RESULTS.equals(name) ? page : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put(MAX_RESULTS, new String[] {page});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return MAX_RESULTS.equals(name) ? new String[] {page} : super.getParameterValues(name);
        }
    }
}
