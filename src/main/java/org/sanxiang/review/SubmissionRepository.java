package org.sanxiang.review;

public interface SubmissionRepository extends ReviewRecordRepository<Submission> {
}
