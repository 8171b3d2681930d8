package org.sanxiang.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail server of the cluster tests: GreenMail's SMTP in the test JVM on 127.0.0.1, which every
 * node sends to. It can be stopped (an SMTP outage: the nodes' connections are refused) and started
 * again on the same port; what it received before a stop is kept.
 */
final class MailSink implements AutoCloseable {

    /** one received message: the outbox row it says it delivers (header X-Sanxiang-Notification), to whom, about what, its Message-ID */
    record Received(String notificationId, String recipient, String subject, String messageId) { }

    private final int port;
    private final List<Received> beforeLastStop = new ArrayList<>();
    private GreenMail server;

    MailSink() {
        // GreenMail logs every address it sees for the first time; thousands of mails would bury the figures
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen")).setLevel(ch.qos.logback.classic.Level.WARN);
        this.port = freePort();
        start();
    }

    int port() {
        return port;
    }

    /** the properties that point a node at this server */
    List<String> nodeProperties() {
        return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port);
    }

    synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("the mail server is running");
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** starts the server unless it runs */
    synchronized void ensureRunning() {
        if (server == null) {
            start();
        }
    }

    /** stops the server: connections to its port are refused until {@link #start()} */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        beforeLastStop.addAll(read(server));
        server.stop();
        server = null;
    }

    synchronized List<Received> received() {
        List<Received> all = new ArrayList<>(beforeLastStop);
        if (server != null) {
            all.addAll(read(server));
        }
        return all;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static List<Received> read(GreenMail server) {
        List<Received> received = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                String[] id = message.getHeader("X-Sanxiang-Notification");
                Address[] to = message.getAllRecipients();
                received.add(new Received(id == null ? null : id[0], to == null || to.length == 0 ? null : to[0].toString(),
                    message.getSubject(), message.getMessageID()));
            } catch (MessagingException e) {
                throw new IllegalStateException("unreadable message", e);
            }
        }
        return received;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
