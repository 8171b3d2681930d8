/**
 * The case file (案卷, docs/domain.md "Full-process record"): the documents, evidence and
 * audio/video recordings of a case, uploaded over REST, streamed into a content-addressed store
 * (a local directory by default, or an S3-compatible object store) and never deleted or replaced: a correction names the file it
 * supersedes. Each file added is an entry of the case's record; each read is a logged retrieval.
 * The page {@code /cases/{caseNumber}/record} shows the case file, the record and its verification.
 * Completing {@code archive-case} builds the case-file package once and keeps it in the store
 * ({@link org.sanxiang.casefile.ArchivePackages}); a file added publishes
 * {@link org.sanxiang.casefile.CaseFileAdded}.
 * May use record, enforcement, review, people, refusal, signature and tasks; nothing below it depends on it.
 *
 * <p>Module {@code casefile}; it may use: {@code record}, {@code enforcement}, {@code review}, {@code people}, {@code refusal}, {@code signature}, {@code tasks}.
 */
@ApplicationModule(allowedDependencies = {"record", "enforcement", "review", "people", "refusal", "signature", "tasks"})
package org.sanxiang.casefile;

import org.springframework.modulith.ApplicationModule;
