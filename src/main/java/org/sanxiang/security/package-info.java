/**
 * Security of the installation: authentication of every request (HTTP Basic against Camunda's
 * identity service, or a webapp session) except the deliberately public paths listed in
 * {@link org.sanxiang.security.PublicPaths}; refusals as JSON (401, 403, 400) from the
 * application's API and from Camunda's REST API; deployments of anything but DMN reserved to
 * administrators; the administrator's password checked at start-up.
 *
 * <p>Module {@code security}; it may use: {@code people}, {@code refusal}, {@code enforcement}, {@code review}.
 */
@ApplicationModule(allowedDependencies = {"people", "refusal", "enforcement", "review"})
package org.sanxiang.security;

import org.springframework.modulith.ApplicationModule;
