package org.sanxiang.review;

public interface NegotiationRepository extends ReviewRecordRepository<Negotiation> {
}
