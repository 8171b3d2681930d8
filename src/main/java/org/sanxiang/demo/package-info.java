/**
 * Demo data, kept apart and only in the {@code demo} profile: the demo users of SPEC "The contract"
 * (password {@code demo}) and a handful of sample cases in different states.
 */
package org.sanxiang.demo;
