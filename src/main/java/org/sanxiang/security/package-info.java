/**
 * Authentication of the APIs: HTTP Basic against Camunda's identity service for
 * {@code /engine-rest/**} and {@code /api/**}; the deliberately public read-only paths are listed
 * in {@link org.sanxiang.security.PublicPaths}.
 */
package org.sanxiang.security;
