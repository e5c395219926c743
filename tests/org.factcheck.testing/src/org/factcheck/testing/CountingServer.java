package org.factcheck.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on the loopback address that answers nothing and counts the connections it gets: a test points a case's
 * references at it and checks that nothing ever connected.
 */
public final class CountingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    /**
     * Starts listening on a free port of 127.0.0.1.
     *
     * @throws IOException if no port can be had
     */
    public CountingServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException e) {
                    return; // closed
                } catch (IOException e) {
                    // count the next one
                }
            }
        }, "counting server");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** @return an address on this server: {@code http://127.0.0.1:PORT/PATH} */
    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
    }

    /**
     * How many connections it got, after a moment for any late one to arrive.
     *
     * @return the count
     * @throws InterruptedException if interrupted while waiting
     */
    public int connections() throws InterruptedException {
        Thread.sleep(200);
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
