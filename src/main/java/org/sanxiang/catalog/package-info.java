/**
 * The review catalog (重大执法决定法制审核目录清单): the vocabulary of enforcement categories, actions,
 * tiers and party types, and the {@code major-decision} DMN that decides whether a draft decision
 * needs the full legal review ({@code MAJOR}), the review of general-procedure penalties
 * ({@code GENERAL}) or none ({@code NONE}).
 *
 * <p>Module {@code catalog}; it uses no other module of the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.sanxiang.catalog;

import org.springframework.modulith.ApplicationModule;
