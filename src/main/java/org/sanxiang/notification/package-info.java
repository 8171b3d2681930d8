/**
 * Notifications by mail (Spring Mail), in Chinese, through a transactional outbox.
 *
 * <p>A mail is a row of {@code notification_outbox} ({@link org.sanxiang.notification.Notification}),
 * written in the transaction of the process step that causes it, together with a job of the
 * engine (handler {@value org.sanxiang.notification.DeliveryJobHandler#TYPE}) that sends it. A
 * rolled-back step therefore sends nothing. The job retries with the backoff of
 * {@code sanxiang.mail.retry-intervals} and raises an incident (Cockpit) when they are spent, so an
 * SMTP outage loses nothing: the mail goes out when the server is back.
 *
 * <p>Delivery is at least once with one narrow exception: the row is marked {@code SENT} in the
 * job's transaction, after the SMTP server accepted the mail; a job that runs again finds it sent
 * and sends nothing. Only a crash between the server's acceptance and the commit makes a mail go
 * out twice (sending cannot be part of the database transaction); losing a mail is never the
 * chosen failure. Such a second copy is harmless: every row has a Message-ID of its own, fixed when
 * it is written ({@link org.sanxiang.notification.MessageId}), which every attempt carries, and mail
 * clients show one message per Message-ID. SMTP timeouts (application.yaml, {@code MAIL_TIMEOUT_MS})
 * keep an attempt far shorter than the job's lock, so that a hung server never lets a second node
 * take the job and send the mail while the first still waits.
 *
 * <p>Without {@code spring.mail.host} (the default run) rows are still written, stay
 * {@code PENDING} with the reason "未配置邮件服务器", and no job is created; once a mail server is
 * configured, the pending rows are handed to jobs at the next start.
 *
 * <p>What is sent: to the holders of a user task (assignee, else candidate users and the members
 * of candidate groups) when it is created, and the reminders and escalations of package
 * {@code deadline}; to administrators ({@code camunda-admin}) from 1 November when next year's
 * working-day calendar is missing, once per year. Administrators read the outbox at
 * {@code GET /api/notifications}.
 *
 * <p>Module {@code notification}; it may use: {@code calendar}, {@code enforcement}, {@code people}, {@code refusal}, {@code review}, {@code security}, {@code tasks}.
 */
@ApplicationModule(allowedDependencies = {"calendar", "enforcement", "people", "refusal", "review", "security", "tasks"})
package org.sanxiang.notification;

import org.springframework.modulith.ApplicationModule;
