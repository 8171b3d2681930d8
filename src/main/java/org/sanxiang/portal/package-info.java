/**
 * The public portal (行政执法公示平台) under {@code /public/} and its JSON under
 * {@code /api/public/}: anonymous, read-only, in Chinese, without cookies or sessions. Search of
 * published decisions (keyword, agency, category, dates, paging), a decision's page or its
 * tombstone, and 事前公开: the enforcement staff with their certificates (持证上岗), links to
 * the review catalog and the published annual statistics, and the record's latest checkpoint.
 *
 * <p>Uses: {@code disclosure} (only {@link org.sanxiang.disclosure.PublishedDecisions}),
 * {@code people}, {@code catalog}, {@code refusal}, {@code record} (its latest checkpoint) and
 * {@code supervision} (the published statistics' years). Nothing uses it.
 *
 * <p>Module {@code portal}; it may use: {@code catalog}, {@code disclosure}, {@code people}, {@code record}, {@code refusal}, {@code supervision}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "disclosure", "people", "record", "refusal", "supervision"})
package org.sanxiang.portal;

import org.springframework.modulith.ApplicationModule;
