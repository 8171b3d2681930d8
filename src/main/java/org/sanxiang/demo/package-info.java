/**
 * Demo data, kept apart and only in the {@code demo} profile: the demo users of SPEC "The contract"
 * (password {@code demo}) and a handful of sample cases in different states.
 *
 * <p>Module {@code demo}; it may use: {@code enforcement}, {@code people}.
 */
@ApplicationModule(allowedDependencies = {"enforcement", "people"})
package org.sanxiang.demo;

import org.springframework.modulith.ApplicationModule;
