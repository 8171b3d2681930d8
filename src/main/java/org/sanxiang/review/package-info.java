/**
 * The legal review of enforcement decisions (法制审核, process {@code legal-review}): submission,
 * acceptance or return for supplement, review with the checklist, the written opinion, the
 * handler's answer, negotiation and the leaders' collective discussion. Every round is kept in the
 * application's own tables; {@link org.sanxiang.enforcement.ReviewGate} keeps a case from reaching the
 * leader's decision without a passed review.
 *
 * <p>Module {@code review}; it may use: {@code catalog}, {@code enforcement}, {@code people}, {@code tasks}, {@code refusal}, {@code signature}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "enforcement", "people", "tasks", "refusal", "signature"})
package org.sanxiang.review;

import org.springframework.modulith.ApplicationModule;
