package org.sanxiang.casefile;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code sanxiang.files.*}. */
@Configuration
@EnableConfigurationProperties(FileSettings.class)
class CaseFileConfiguration {
}
