package org.sanxiang.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** All kept steps of the legal reviews of a case, across rounds and reviews. */
@Component
public class ReviewRecords {

    /** the order of steps within one round when they share a time stamp */
    private static final Map<Class<?>, Integer> STEP_ORDER = Map.of(
        Submission.class, 0, AcceptanceCheck.class, 1, WrittenOpinion.class, 2, OpinionAnswer.class, 3,
        Negotiation.class, 4, CollectiveDiscussion.class, 5, ReviewConclusion.class, 6);

    final SubmissionRepository submissions;
    final AcceptanceCheckRepository acceptances;
    final WrittenOpinionRepository opinions;
    final OpinionAnswerRepository answers;
    final NegotiationRepository negotiations;
    final CollectiveDiscussionRepository discussions;
    final ReviewConclusionRepository conclusions;
    private final ApplicationEventPublisher events;

    public ReviewRecords(SubmissionRepository submissions, AcceptanceCheckRepository acceptances,
                         WrittenOpinionRepository opinions, OpinionAnswerRepository answers,
                         NegotiationRepository negotiations, CollectiveDiscussionRepository discussions,
                         ReviewConclusionRepository conclusions, ApplicationEventPublisher events) {
        this.events = events;
        this.submissions = submissions;
        this.acceptances = acceptances;
        this.opinions = opinions;
        this.answers = answers;
        this.negotiations = negotiations;
        this.discussions = discussions;
        this.conclusions = conclusions;
    }

    /** every step of every review of the case, in the order they happened */
    public List<ReviewRecord> ofCase(String caseNumber) {
        List<ReviewRecord> all = new ArrayList<>();
        all.addAll(submissions.findByCaseNumberOrderByIdAsc(caseNumber));
        all.addAll(acceptances.findByCaseNumberOrderByIdAsc(caseNumber));
        all.addAll(opinions.findByCaseNumberOrderByIdAsc(caseNumber));
        all.addAll(answers.findByCaseNumberOrderByIdAsc(caseNumber));
        all.addAll(negotiations.findByCaseNumberOrderByIdAsc(caseNumber));
        all.addAll(discussions.findByCaseNumberOrderByIdAsc(caseNumber));
        all.addAll(conclusions.findByCaseNumberOrderByIdAsc(caseNumber));
        all.sort(Comparator.comparingInt(ReviewRecord::getRound)
            .thenComparing(ReviewRecord::getRecordedAt)
            .thenComparing(r -> STEP_ORDER.get(r.getClass()))
            .thenComparing(ReviewRecord::getId));
        return all;
    }

    /** the highest round number any review of the case has reached (0 before the first submission) */
    public int lastRound(String caseNumber) {
        return submissions.findFirstByCaseNumberOrderByIdDesc(caseNumber).map(ReviewRecord::getRound).orElse(0);
    }

    public Optional<WrittenOpinion> latestOpinion(String reviewInstanceId) {
        return opinions.findFirstByReviewInstanceIdOrderByIdDesc(reviewInstanceId);
    }

    public Optional<CollectiveDiscussion> latestDiscussion(String reviewInstanceId) {
        return discussions.findFirstByReviewInstanceIdOrderByIdDesc(reviewInstanceId);
    }

    public Optional<OpinionAnswer> latestAnswer(String reviewInstanceId) {
        return answers.findFirstByReviewInstanceIdOrderByIdDesc(reviewInstanceId);
    }

    public Optional<Negotiation> latestNegotiation(String reviewInstanceId) {
        return negotiations.findFirstByReviewInstanceIdOrderByIdDesc(reviewInstanceId);
    }

    public Optional<Submission> latestSubmission(String reviewInstanceId) {
        return submissions.findFirstByReviewInstanceIdOrderByIdDesc(reviewInstanceId);
    }

    public void save(ReviewRecord record) {
        if (record instanceof Submission s) {
            submissions.save(s);
        } else if (record instanceof AcceptanceCheck a) {
            acceptances.save(a);
        } else if (record instanceof WrittenOpinion o) {
            WrittenOpinion saved = opinions.save(o);
            events.publishEvent(new OpinionSigned(saved.getCaseNumber(), saved.getId(), saved.getActor(), saved.getRound(),
                saved.getOpinion().name(), saved.getSignatureAlgorithm(), saved.getKeyFingerprint()));
        } else if (record instanceof OpinionAnswer a) {
            answers.save(a);
        } else if (record instanceof Negotiation n) {
            negotiations.save(n);
        } else if (record instanceof CollectiveDiscussion d) {
            discussions.save(d);
        } else if (record instanceof ReviewConclusion c) {
            conclusions.save(c);
        } else {
            throw new IllegalArgumentException("unknown review record " + record.getClass());
        }
    }
}
