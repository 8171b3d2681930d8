package org.sanxiang.signature;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the agency's signing key at start-up: without it the application does not start. */
@Configuration
@EnableConfigurationProperties(SigningProperties.class)
public class SigningConfiguration {

    @Bean
    public AgencyKey agencyKey(SigningProperties properties) {
        return AgencyKey.load(properties);
    }
}
