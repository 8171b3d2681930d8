/**
 * The enforcement case (行政执法案件, process {@code enforcement-case}): registering a case with its
 * facts and handlers, investigation, the reasoned draft decision, prior notice to the party, the
 * catalog decision, the leader's decision and what follows it up to archiving. The case number
 * (案号) is the process business key.
 *
 * <p>Module {@code enforcement}; it may use: {@code catalog}, {@code people}, {@code tasks}, {@code refusal}.
 */
@ApplicationModule(allowedDependencies = {"catalog", "people", "tasks", "refusal"})
package org.sanxiang.enforcement;

import org.springframework.modulith.ApplicationModule;
