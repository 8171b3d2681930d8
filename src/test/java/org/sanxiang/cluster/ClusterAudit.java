package org.sanxiang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Checks on the shared database, after the traffic, that every case the client drove exists exactly
 * once and is exactly where its script left it: the application's rows, the review records of every
 * round, and Camunda's runtime and history, with no case, task or record lost, duplicated or extra.
 */
final class ClusterAudit {

    private final ClusterDatabase database;

    ClusterAudit(ClusterDatabase database) {
        this.database = database;
    }

    /** every driven case, by case number, registered once, with nothing else in the database */
    void casesRegisteredExactlyOnce(Map<String, ReviewScript> cases) {
        List<Map<String, Object>> rows = database.rows("SELECT case_number, title FROM enforcement_case");
        Map<String, Long> byTitle = rows.stream().collect(Collectors.groupingBy(r -> (String) r.get("title"), TreeMap::new, Collectors.counting()));
        assertThat(byTitle).as("cases per title (each title is one registration of the client)").allSatisfy((title, n) -> assertThat(n).as(title).isEqualTo(1L));
        Map<String, String> titleByNumber = rows.stream().collect(Collectors.toMap(r -> (String) r.get("case_number"), r -> (String) r.get("title")));
        assertThat(titleByNumber).as("the registered cases").hasSameSizeAs(rows)
            .isEqualTo(cases.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().title())));
        caseNumbersWithoutGaps(titleByNumber.keySet());
    }

    /** the case numbers issued by both nodes: per year 1..n, none skipped, none twice */
    void caseNumbersWithoutGaps(java.util.Collection<String> caseNumbers) {
        Map<String, List<Long>> serialsByYear = caseNumbers.stream().collect(Collectors.groupingBy(
            n -> n.substring(0, n.lastIndexOf('-')), TreeMap::new,
            Collectors.mapping(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1)), Collectors.toList())));
        serialsByYear.forEach((year, serials) -> assertThat(new TreeSet<>(serials)).as("serials of %s", year)
            .hasSize(serials.size())
            .containsExactlyElementsOf(LongStream.rangeClosed(1, serials.size()).boxed().toList()));
    }

    /** every case decided after a passed review, each review step recorded once per round */
    void reviewsCompleteAndDecided(Map<String, ReviewScript> cases) {
        Map<String, Map<String, Object>> rows = database.rows(
                "SELECT case_number, status, review_level, review_outcome, decision_number FROM enforcement_case")
            .stream().collect(Collectors.toMap(r -> (String) r.get("case_number"), Function.identity()));
        cases.keySet().forEach(number -> assertThat(rows.get(number)).as("case %s", number)
            .containsEntry("status", "DECIDED").containsEntry("review_level", "MAJOR").containsEntry("review_outcome", "APPROVED"));

        Map<String, Map<String, Long>> expected = new TreeMap<>();
        Map<String, Map<String, Long>> actual = new TreeMap<>();
        cases.forEach((number, script) -> expected.put(number, script.expectedReviewRecords()));
        for (String table : List.of("review_submission", "review_acceptance", "review_opinion", "review_answer", "review_conclusion")) {
            cases.keySet().forEach(number -> actual.computeIfAbsent(number, n -> new TreeMap<>()).put(table, 0L));
            for (Map<String, Object> row : database.rows("SELECT case_number, COUNT(*) AS n FROM " + table + " GROUP BY case_number")) {
                actual.computeIfAbsent((String) row.get("case_number"), n -> new TreeMap<>()).put(table, ((Number) row.get("n")).longValue());
            }
        }
        assertThat(actual).as("review records per case and table").isEqualTo(expected);

        Map<String, List<String>> conclusions = new TreeMap<>();
        Map<String, List<String>> expectedConclusions = new TreeMap<>();
        cases.forEach((number, script) -> {
            conclusions.put(number, new java.util.ArrayList<>());
            expectedConclusions.put(number, script.expectedConclusions());
        });
        database.rows("SELECT case_number, outcome FROM review_conclusion ORDER BY id")
            .forEach(r -> conclusions.computeIfAbsent((String) r.get("case_number"), n -> new java.util.ArrayList<>()).add((String) r.get("outcome")));
        assertThat(conclusions).as("outcomes of the legal reviews per case, in order").isEqualTo(expectedConclusions);
    }

    /** Camunda's history and runtime: per case one enforcement-case and one decision-disclosure (running), one completed legal-review per review round, every task once */
    void historyComplete(Map<String, ReviewScript> cases) {
        Map<String, Map<String, Long>> instances = countBy(
            "SELECT BUSINESS_KEY_ AS bk, CONCAT(PROC_DEF_KEY_, ':', STATE_) AS k, COUNT(*) AS n FROM ACT_HI_PROCINST GROUP BY BUSINESS_KEY_, PROC_DEF_KEY_, STATE_");
        Map<String, Map<String, Long>> expectedInstances = new TreeMap<>();
        cases.forEach((number, script) -> expectedInstances.put(number,
            Map.of("enforcement-case:ACTIVE", 1L, "legal-review:COMPLETED", script.reviewRounds(),
                // the leader's decision starts the decision's disclosure (公示), which waits at check-redaction
                "decision-disclosure:ACTIVE", 1L)));
        assertThat(instances).as("process instances in history per case").isEqualTo(expectedInstances);

        Map<String, Map<String, Long>> tasks = countBy(
            "SELECT p.BUSINESS_KEY_ AS bk, t.TASK_DEF_KEY_ AS k, COUNT(*) AS n FROM ACT_HI_TASKINST t "
                + "JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_ GROUP BY p.BUSINESS_KEY_, t.TASK_DEF_KEY_");
        Map<String, Map<String, Long>> expectedTasks = new TreeMap<>();
        cases.forEach((number, script) -> expectedTasks.put(number, script.expectedTaskHistory()));
        assertThat(tasks).as("user tasks in history per case").isEqualTo(expectedTasks);

        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL AND "
            + "(DELETE_REASON_ IS NULL OR DELETE_REASON_ <> 'completed' OR ASSIGNEE_ IS NULL)"))
            .as("finished tasks not completed by their assignee").isZero();

        Map<String, Map<String, Long>> open = countBy(
            "SELECT e.BUSINESS_KEY_ AS bk, t.TASK_DEF_KEY_ AS k, COUNT(*) AS n FROM ACT_RU_TASK t "
                + "JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ GROUP BY e.BUSINESS_KEY_, t.TASK_DEF_KEY_");
        Map<String, Map<String, Long>> expectedOpen = new TreeMap<>();
        cases.keySet().forEach(number -> expectedOpen.put(number, Map.of("serve-decision", 1L, "check-redaction", 1L)));
        assertThat(open).as("open tasks per case").isEqualTo(expectedOpen);

        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'case-registered'")).as("立案 events").isEqualTo(cases.size());
        assertThat(database.count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'review-passed'")).as("审核通过 events").isEqualTo(cases.size());
    }

    /**
     * Every timer job of the activities that fired did so exactly once: one successful execution in
     * the job log, whichever node ran it (a failed attempt, e.g. an optimistic-locking conflict
     * between nodes, is retried and counted). Returns the successful executions by node and the
     * failed attempts under "failed attempts".
     */
    Map<String, Long> timersFiredExactlyOnce(List<String> timerActivities, long expectedPerActivity) {
        String in = timerActivities.stream().map(a -> "'" + a + "'").collect(Collectors.joining(","));
        List<Map<String, Object>> jobs = database.rows("SELECT JOB_ID_ AS job, MAX(ACT_ID_) AS activity, "
            + "SUM(CASE WHEN JOB_STATE_ = 2 THEN 1 ELSE 0 END) AS fired, SUM(CASE WHEN JOB_STATE_ = 1 THEN 1 ELSE 0 END) AS failed, "
            + "MAX(CASE WHEN JOB_STATE_ = 2 THEN HOSTNAME_ END) AS node "
            + "FROM ACT_HI_JOB_LOG WHERE ACT_ID_ IN (" + in + ") GROUP BY JOB_ID_");
        List<Map<String, Object>> fired = jobs.stream().filter(j -> ((Number) j.get("fired")).longValue() > 0).toList();
        assertThat(fired).as("timer jobs that fired more than once").allSatisfy(j -> assertThat(((Number) j.get("fired")).longValue()).isEqualTo(1L));
        Map<String, Long> perActivity = fired.stream().collect(Collectors.groupingBy(j -> (String) j.get("activity"), TreeMap::new, Collectors.counting()));
        Map<String, Long> expected = new TreeMap<>();
        timerActivities.forEach(a -> expected.put(a, expectedPerActivity));
        assertThat(perActivity).as("timers fired, by activity").isEqualTo(expected);
        Map<String, Long> figures = new TreeMap<>(fired.stream().collect(Collectors.groupingBy(j -> String.valueOf(j.get("node")), Collectors.counting())));
        figures.put("failed attempts", jobs.stream().mapToLong(j -> ((Number) j.get("failed")).longValue()).sum());
        return figures;
    }

    /** how often each activity ran in all: the effect of a timer (a reminder, an escalation) happened once per firing */
    long activityRuns(String activityId) {
        return database.count("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = ? AND END_TIME_ IS NOT NULL", activityId);
    }

    /** waits until every mail in the outbox is sent and no delivery job is left; returns how long that took */
    java.time.Duration awaitMailsDelivered(java.time.Duration patience) {
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        while (database.count("SELECT COUNT(*) FROM notification_outbox WHERE status <> 'SENT'") > 0
            || database.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'sanxiang-mail'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("mails not delivered within " + patience + ": "
                    + database.rows("SELECT status, COUNT(*) AS n FROM notification_outbox GROUP BY status")
                    + ", delivery jobs " + database.rows("SELECT RETRIES_, COUNT(*) AS n FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'sanxiang-mail' GROUP BY RETRIES_"));
            }
            AppNode.pause(java.time.Duration.ofMillis(500));
        }
        return java.time.Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Every mail of the outbox reached the mail server exactly once, to its recipient, and the mail
     * server received nothing else. A mail whose delivery was under way when a node was killed or the
     * database went down ({@code inDoubt}) may arrive twice: the SMTP server can accept it before the
     * commit that records it fails, and the delivery is then repeated (the outbox delivers at least
     * once; each mail carries its outbox id in the header X-Sanxiang-Notification, by which a receiver
     * can tell, and both copies carry the row's Message-ID, so that mail clients show one). Returns
     * the mails received twice.
     */
    long mailsDeliveredExactlyOnce(List<MailSink.Received> received, java.util.Set<String> inDoubt) {
        List<Map<String, Object>> rows = database.rows("SELECT id, recipient_address, status, message_id FROM notification_outbox");
        Map<String, String> recipientById = rows.stream()
            .peek(r -> assertThat(r.get("status")).as("status of mail %s", r.get("id")).isEqualTo("SENT"))
            .collect(Collectors.toMap(r -> String.valueOf(r.get("id")), r -> (String) r.get("recipient_address")));
        Map<String, String> messageIdById = rows.stream()
            .peek(r -> assertThat(r.get("message_id")).as("Message-ID of mail %s", r.get("id")).isNotNull())
            .collect(Collectors.toMap(r -> String.valueOf(r.get("id")), r -> (String) r.get("message_id")));
        assertThat(new java.util.HashSet<>(messageIdById.values())).as("distinct Message-IDs").hasSize(messageIdById.size());
        Map<String, List<MailSink.Received>> byId = received.stream()
            .collect(Collectors.groupingBy(r -> String.valueOf(r.notificationId())));
        assertThat(byId.keySet()).as("mails received that the outbox does not hold").isSubsetOf(recipientById.keySet());
        assertThat(recipientById.keySet()).as("mails of the outbox never received").isSubsetOf(byId.keySet());
        long twice = 0;
        for (Map.Entry<String, List<MailSink.Received>> entry : byId.entrySet()) {
            int copies = entry.getValue().size();
            if (copies == 2 && inDoubt.contains(entry.getKey())) {
                twice++;
            } else {
                assertThat(copies).as("copies received of mail %s", entry.getKey()).isEqualTo(1);
            }
            assertThat(entry.getValue()).as("recipient of mail %s", entry.getKey())
                .allSatisfy(r -> assertThat(r.recipient()).isEqualTo(recipientById.get(entry.getKey())));
            assertThat(entry.getValue()).as("Message-ID of every copy of mail %s", entry.getKey())
                .allSatisfy(r -> assertThat(r.messageId()).isEqualTo(messageIdById.get(entry.getKey())));
        }
        return twice;
    }

    /** the mails written per case and kind, and no two about the same new task for the same person */
    void mailsPerCase(Map<String, Map<String, Long>> expected) {
        Map<String, Map<String, Long>> actual = countBy(
            "SELECT case_number AS bk, kind AS k, COUNT(*) AS n FROM notification_outbox WHERE case_number IS NOT NULL GROUP BY case_number, kind");
        assertThat(actual).as("mails per case and kind").isEqualTo(expected);
        assertThat(database.rows("SELECT task_id, recipient_user, COUNT(*) AS n FROM notification_outbox WHERE kind = 'TASK_CREATED' "
            + "GROUP BY task_id, recipient_user HAVING COUNT(*) > 1")).as("new-task mails written twice").isEmpty();
    }

    /** no incident, no failed job, now or ever */
    void noIncidents() {
        assertThat(database.rows("SELECT INCIDENT_TYPE_, INCIDENT_MSG_ FROM ACT_HI_INCIDENT")).as("incidents in history").isEmpty();
        assertThat(database.rows("SELECT ID_, EXCEPTION_MSG_ FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL OR RETRIES_ = 0"))
            .as("failed jobs").isEmpty();
    }

    private Map<String, Map<String, Long>> countBy(String sql) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Map<String, Object> row : database.rows(sql)) {
            counts.computeIfAbsent((String) row.get("bk"), k -> new HashMap<>()).put((String) row.get("k"), ((Number) row.get("n")).longValue());
        }
        return counts;
    }
}
