package org.sanxiang.supervision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code sanxiang.supervision.*}. */
@Configuration
@EnableConfigurationProperties(SupervisionSettings.class)
class SupervisionConfiguration {
}
