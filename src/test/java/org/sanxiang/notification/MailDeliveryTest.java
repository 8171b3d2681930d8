package org.sanxiang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.Timers;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail through a real SMTP server (GreenMail on a free local port): what the holders of a task
 * receive, that a mail is sent once, that an SMTP outage loses nothing and that a rolled-back step
 * sends nothing. Delivery jobs are run explicitly, as the job executor would run them.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class MailDeliveryTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 3000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 3000);
        registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> 3000);
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService managementService;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    NotificationDelivery delivery;
    @Autowired
    PlatformTransactionManager transactionManager;

    CaseFixture fixture;
    Timers timers;
    java.util.Set<String> earlierJobs = java.util.Set.of();

    @BeforeEach
    void clockOnMonday2MarchAt9() throws Exception {
        fixture = new CaseFixture(engine);
        timers = new Timers(managementService);
        Timers.now("2026-03-02T09:00");
        // the delivery jobs of other tests' cases are not this test's business
        earlierJobs = deliveryJobs().stream().map(Job::getId).collect(java.util.stream.Collectors.toSet());
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theHoldersOfANewTaskGetOneMailEachInChineseWithCaseNumberTaskDeadlineAndLink() throws Exception {
        String caseNumber = fixture.registerWithoutUser(facts());
        String taskId = fixture.task(caseNumber, "investigate").getId();
        assertThat(smtp.getReceivedMessages()).as("written in the step, sent by the job").isEmpty();

        assertThat(deliverAll()).isEqualTo(2);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(MailDeliveryTest::to).toList())
            .containsExactlyInAnyOrder("handler1@sanxiang.example", "handler2@sanxiang.example");
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("【待办】" + caseNumber + " 调查取证（期限 2026-05-31 09:00）");
        assertThat((String) mail.getContent()).contains(
            "您有一项新的待办任务：“调查取证”。",
            "案号：" + caseNumber,
            "案件名称：某公司销售不合格产品案",
            "任务：调查取证",
            "办理期限：2026-05-31 09:00（北京时间）",
            "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId);
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.getSentAt()).isEqualTo(Timers.at("2026-03-02T09:00").toInstant());
            assertThat(n.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void aReminderReachesTheHoldersExactlyOnce() throws Exception {
        String caseNumber = fixture.registerWithoutUser(facts());
        deliverAll();
        smtp.purgeEmailFromAllMailboxes();

        timers.runDueAt(fixture.caseInstance(caseNumber).getId(), "2026-05-01T09:00");
        assertThat(deliverAll()).isEqualTo(2);
        assertThat(deliverAll()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("【提醒】" + caseNumber + " 行政处罚决定期限（期限 2026-05-31 09:00）");
        assertThat((String) received[0].getContent()).contains("立案已满 60 日", "2026-05-31 09:00");
    }

    @Test
    void withTheMailServerDownTheMailWaitsWithRetriesAndIsSentOnceWhenItIsBack() throws Exception {
        String caseNumber = fixture.registerWithoutUser(facts());
        smtp.stop();
        List<Job> jobs = deliveryJobs();
        assertThat(jobs).hasSize(2);
        Job job = jobs.get(0);

        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);

        Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(4);
        assertThat(failed.getDuedate()).isEqualTo(Timers.at("2026-03-02T09:01"));
        assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count()).as("backing off").isZero();
        Notification waiting = outbox.findById(notificationOf(failed)).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getStatusReason()).startsWith("发送失败");

        smtp.start();
        Timers.now("2026-03-02T09:01");
        assertThat(deliverAll()).isEqualTo(2);

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::to).toList())
            .containsExactlyInAnyOrder("handler1@sanxiang.example", "handler2@sanxiang.example");
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).extracting(Notification::getStatus)
            .containsOnly(NotificationStatus.SENT);
        assertThat(deliveryJobs()).isEmpty();
    }

    @Test
    void whenEveryRetryFailsTheJobHasAnIncidentAndTheMailIsMarkedFailed() {
        fixture.registerWithoutUser(facts());
        smtp.stop();
        Job job = deliveryJobs().get(0);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
        }

        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(job.getId()).count()).isEqualTo(1);
        Notification failed = outbox.findById(notificationOf(job)).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(5);
        smtp.start();
    }

    @Test
    void aMailDeliveredTwiceIsSentOnce() {
        String caseNumber = fixture.registerWithoutUser(facts());
        Job job = deliveryJobs().get(0);
        Long id = notificationOf(job);

        delivery.deliver(id);
        delivery.deliver(id);
        managementService.executeJob(job.getId());

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.findById(id).orElseThrow().getAttempts()).isEqualTo(1);
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).hasSize(2);
    }

    @Test
    void everyMailCarriesTheMessageIdOfItsOutboxRowUniqueToTheRow() throws Exception {
        String caseNumber = fixture.registerWithoutUser(facts());
        deliverAll();

        List<Notification> rows = outbox.findByCaseNumberOrderById(caseNumber);
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.getMessageId())
            .matches("<notification-" + row.getId() + "\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}@sanxiang\\.invalid>"));
        assertThat(rows.get(0).getMessageId()).isNotEqualTo(rows.get(1).getMessageId());
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::messageId).toList())
            .containsExactlyInAnyOrderElementsOf(rows.stream().map(Notification::getMessageId).toList());
    }

    @Test
    void aMailSentAgainAfterACrashBeforeTheCommitCarriesTheSameMessageId() {
        fixture.registerWithoutUser(facts());
        Job job = deliveryJobs().get(0);
        Long id = notificationOf(job);
        String messageId = outbox.findById(id).orElseThrow().getMessageId();

        // the server accepted the mail, then the job's transaction did not commit (a crash, the database down)
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            delivery.deliver(id);
            tx.setRollbackOnly();
        });
        assertThat(outbox.findById(id).orElseThrow().getStatus()).as("not recorded as sent").isEqualTo(NotificationStatus.PENDING);
        managementService.executeJob(job.getId());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(MailDeliveryTest::messageId).toList()).containsExactly(messageId, messageId);
        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void aRolledBackStepWritesAndSendsNoMail() {
        String caseNumber = fixture.registerWithoutUser(facts());
        deliverAll();
        int rows = outbox.findByCaseNumberOrderById(caseNumber).size();

        assertThatThrownBy(() -> fixture.complete(caseNumber, "investigate", "handler1", vars("investigationSummary", "已检查。")))
            .isInstanceOf(InvalidInputException.class);

        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).hasSize(rows);
        assertThat(deliveryJobs()).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        fixture.investigate(caseNumber);
        assertThat(deliverAll()).as("the draft-decision task, to both handlers").isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    /** runs the delivery jobs that are due now; returns how many ran */
    private int deliverAll() {
        List<Job> due = deliveryJobs().stream()
            .filter(job -> managementService.createJobQuery().jobId(job.getId()).executable().count() == 1).toList();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    private List<Job> deliveryJobs() {
        return managementService.createJobQuery().messages().list().stream()
            .filter(job -> DeliveryJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType()))
            .filter(job -> !earlierJobs.contains(job.getId())).toList();
    }

    private static Long notificationOf(Job job) {
        return Long.valueOf(((JobEntity) job).getJobHandlerConfigurationRaw());
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
