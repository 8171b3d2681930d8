package org.sanxiang.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers authentication on everything the application serves itself: Camunda's REST API, the
 * application's own API and pages. What is public is listed in {@link PublicPaths}.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine,
            @Value("${sanxiang.security.hsts-enabled:true}") boolean hsts) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
            new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName(), hsts));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/*");
        registration.setOrder(10);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<WebappQueryPages> webappQueryPages(ProcessEngine engine) {
        int limit = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getQueryMaxResultsLimit();
        FilterRegistrationBean<WebappQueryPages> registration = new FilterRegistrationBean<>(new WebappQueryPages(limit));
        registration.setName("webapp-query-pages");
        registration.addUrlPatterns(WebappQueryPages.PATH + "*");
        registration.setOrder(20);
        return registration;
    }
}
