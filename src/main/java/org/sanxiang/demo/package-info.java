/**
 * Demo data, kept apart: the demo users of docs/domain.md, "Stable names" (password {@code demo};
 * {@link org.sanxiang.demo.DemoUsers} runs in the profiles {@code demo} and {@code test}, since the
 * tests act as these users) and, in the {@code demo} profile only, a handful of sample cases in
 * different states ({@link org.sanxiang.demo.DemoCases}, as the README's "Sample cases" lists them),
 * and the previous year's annual statistics published through process {@code annual-report}
 * ({@link org.sanxiang.demo.DemoStatistics}).
 *
 * <p>Module {@code demo}; it may use: {@code catalog}, {@code enforcement}, {@code people}, {@code review}, {@code disclosure}, {@code supervision}, {@code calendar}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "enforcement", "people", "review", "disclosure", "supervision", "calendar"})
package org.sanxiang.demo;

import org.springframework.modulith.ApplicationModule;
