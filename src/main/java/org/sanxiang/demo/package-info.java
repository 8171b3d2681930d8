/**
 * Demo data, kept apart and only in the {@code demo} profile: the demo users of SPEC "The contract"
 * (password {@code demo}), a handful of sample cases in different states, and the previous year's
 * annual statistics published through process {@code annual-report} (uses module supervision).
 */
package org.sanxiang.demo;
