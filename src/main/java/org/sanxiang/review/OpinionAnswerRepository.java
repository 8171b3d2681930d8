package org.sanxiang.review;

public interface OpinionAnswerRepository extends ReviewRecordRepository<OpinionAnswer> {
}
