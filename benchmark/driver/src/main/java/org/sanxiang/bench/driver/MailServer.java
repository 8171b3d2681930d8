package org.sanxiang.bench.driver;

import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The in-process SMTP server both applications send to (GreenMail). A mail counts once per
 * recipient; it is "received more than once" when a recipient got two messages with the same
 * Message-ID (the project keeps one per outbox row, also when a delivery is repeated) or, without
 * one that repeats, the same subject and text (the bare application's timer mails).
 */
final class MailServer implements AutoCloseable {

    private final GreenMail server;
    final int port;

    MailServer() {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(setup.dynamicPort());
        server.start();
        port = server.getSmtp().getPort();
    }

    void reset() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long received() {
        long count = 0;
        for (MimeMessage message : server.getReceivedMessages()) {
            count += recipients(message);
        }
        return count;
    }

    long duplicates() {
        Map<String, Integer> seen = new HashMap<>();
        try {
            for (MimeMessage message : server.getReceivedMessages()) {
                String id = message.getMessageID();
                String content = String.valueOf(message.getContent());
                String key = (id != null && id.contains("sanxiang") ? id : message.getSubject() + "\n" + content);
                Address[] to = message.getAllRecipients();
                if (to == null) {
                    continue;
                }
                for (Address address : to) {
                    seen.merge(address + "\n" + key, 1, Integer::sum);
                }
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return seen.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    }

    private static int recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? 0 : to.length;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
