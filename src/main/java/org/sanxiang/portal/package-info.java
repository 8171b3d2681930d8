/**
 * The public portal (行政执法公示平台) under {@code /public/} and its JSON under
 * {@code /api/public/}: anonymous, read-only, in Chinese, without cookies or sessions. Search of
 * published decisions (keyword, agency, category, dates, paging), a decision's page or its
 * tombstone, and 事前公开: the enforcement staff with their certificates (持证上岗) and a link to
 * the review catalog.
 *
 * <p>Uses: {@code disclosure} (only {@link org.sanxiang.disclosure.PublishedDecisions}),
 * {@code people}, {@code catalog}, {@code refusal}. Nothing uses it.
 *
 * <p>Module {@code portal}; it may use: {@code catalog}, {@code disclosure}, {@code people}, {@code refusal}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "disclosure", "people", "refusal"})
package org.sanxiang.portal;

import org.springframework.modulith.ApplicationModule;
