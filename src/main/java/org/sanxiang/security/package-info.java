/**
 * Authentication of the APIs: HTTP Basic against Camunda's identity service for
 * {@code /engine-rest/**}, {@code /api/**} and {@code /actuator/**}; the deliberately public
 * read-only paths (the public API, the actuator's health) are listed
 * in {@link org.sanxiang.security.PublicPaths}.
 */
package org.sanxiang.security;
