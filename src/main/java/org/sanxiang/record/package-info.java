/**
 * The full-process record (执法全过程记录, docs/domain.md "Full-process record"): owns the
 * append-only record of every step of every case. Engine steps (process start and end, each user
 * task's creation, claim and completion with the submitted values, each decision evaluation) come
 * from Camunda's history event stream ({@link org.sanxiang.record.RecordEnginePlugin}); domain
 * steps come as Spring application events of the modules where they happen; both are written in
 * the transaction of the step. Each case's entries form a hash chain; all entries form one Merkle
 * log (RFC 9162) with signed checkpoints (C2SP tlog-checkpoint), SM3/SM2 by default.
 * May use enforcement, review, disclosure, people, signature, refusal and security; no module below it may
 * depend on it.
 *
 * <p>Module {@code record}; it may use: {@code enforcement}, {@code review}, {@code disclosure}, {@code people}, {@code signature}, {@code refusal}, {@code security}.
 */
@ApplicationModule(allowedDependencies = {"enforcement", "review", "disclosure", "people", "signature", "refusal", "security"})
package org.sanxiang.record;

import org.springframework.modulith.ApplicationModule;
