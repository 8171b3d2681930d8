package org.sanxiang.review;

public interface ReviewConclusionRepository extends ReviewRecordRepository<ReviewConclusion> {
}
