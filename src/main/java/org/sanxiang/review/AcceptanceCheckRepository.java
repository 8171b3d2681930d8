package org.sanxiang.review;

public interface AcceptanceCheckRepository extends ReviewRecordRepository<AcceptanceCheck> {
}
