package org.sanxiang.portal;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public pages and JSON set no cookie and run no script but the application's own files (the
 * public statistics draw their charts with the packaged ECharts): a Content-Security-Policy that
 * allows scripts and requests from this origin only (never inline, never another site), no sniffing,
 * no referrer to other sites, and a response that refuses to start a session.
 */
@Configuration
class PortalHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> portalHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", CSP);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "same-origin");
                chain.doFilter(new jakarta.servlet.http.HttpServletRequestWrapper(request) {
                    @Override
                    public jakarta.servlet.http.HttpSession getSession() {
                        return null;
                    }

                    @Override
                    public jakarta.servlet.http.HttpSession getSession(boolean create) {
                        return null;
                    }
                }, response);
            }
        });
        registration.setName("portal-headers");
        registration.addUrlPatterns("/public", "/public/*", "/api/public/*");
        registration.setOrder(5);
        return registration;
    }
}
