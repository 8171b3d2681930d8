package org.sanxiang.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code sanxiang.documents.*}. */
@Configuration
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentConfiguration {
}
