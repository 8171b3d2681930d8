package org.sanxiang.review;

public interface WrittenOpinionRepository extends ReviewRecordRepository<WrittenOpinion> {
}
