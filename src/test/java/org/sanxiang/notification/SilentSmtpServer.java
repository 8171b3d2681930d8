package org.sanxiang.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A "mail server" that accepts every TCP connection and never says a word: not even the SMTP
 * greeting. A client without a read timeout waits on it forever, which is what a hung or
 * overloaded real server, or a firewall that swallows the packets, looks like to the sender.
 */
final class SilentSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    /** the connections stay open (and silent) until the server is closed */
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    SilentSmtpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptForever, "silent-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** how many connections the server accepted */
    int connections() {
        return accepted.size();
    }

    private void acceptForever() {
        while (!socket.isClosed()) {
            try {
                accepted.add(socket.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : accepted) {
            connection.close();
        }
    }
}
