package org.sanxiang.review;

public interface CollectiveDiscussionRepository extends ReviewRecordRepository<CollectiveDiscussion> {
}
