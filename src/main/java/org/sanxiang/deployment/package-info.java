/**
 * Deploys the project's BPMN processes, DMN decisions and Camunda Forms under stable resource names
 * ({@code processes/legal-review.bpmn}, ...), whatever the packaging (exploded classes or the fat
 * jar) and wherever the application runs, so that an unchanged set of resources is not deployed again.
 *
 * <p>Module {@code deployment}; it uses no other module of the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.sanxiang.deployment;

import org.springframework.modulith.ApplicationModule;
