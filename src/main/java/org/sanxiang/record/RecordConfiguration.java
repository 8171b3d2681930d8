package org.sanxiang.record;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code sanxiang.record.*}. */
@Configuration
@EnableConfigurationProperties(RecordSettings.class)
class RecordConfiguration {
}
