package org.candela.marketdata.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Hostile servers, spoken to at the byte level: one that announces a 2 GB frame, one that goes silent and
 * ignores the close handshake. The socket neither allocates the frame nor waits on the server.
 */
class LiveSocketTest {

    /** A WebSocket server that completes the handshake and then does what {@code after} says with the socket. */
    static final class RawServer implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        final AtomicInteger accepted = new AtomicInteger();
        final List<Socket> sockets = new CopyOnWriteArrayList<>();
        final Thread thread;

        interface After {
            void run(OutputStream out) throws Exception;
        }

        RawServer(After after) throws Exception {
            thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        sockets.add(s);
                        accepted.incrementAndGet();
                        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                        String key = "";
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            if (line.toLowerCase().startsWith("sec-websocket-key:")) key = line.substring(18).trim();
                        }
                        String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                                .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.ISO_8859_1)));
                        OutputStream out = s.getOutputStream();
                        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                                + accept + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        after.run(out); // and never reads again: close frames go unanswered
                    } catch (Exception e) {
                        // the next connection
                    }
                }
            }, "raw-ws-server");
            thread.setDaemon(true);
            thread.start();
        }

        URI uri() {
            return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/");
        }

        @Override
        public void close() throws Exception {
            server.close();
            for (Socket s : sockets) s.close();
        }
    }

    static LiveSocket socket(URI uri, List<String> states, long staleMillis) {
        return new LiveSocket("test", uri, new LiveSocket.Handler() {
            public void opened(LiveSocket s) {
            }

            public void message(String text) {
                states.add("message " + text.length());
            }
        }, (s, d) -> states.add(s + " " + d), staleMillis);
    }

    static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void aFrameAnnouncingTwoGigabytesEndsTheConnectionWithoutAllocatingIt() throws Exception {
        List<String> states = new CopyOnWriteArrayList<>();
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        try (RawServer server = new RawServer(out -> {
            // FIN + text opcode, 127 = a 64-bit length follows: 2,000,000,000 bytes
            out.write(new byte[] {(byte) 0x81, 127, 0, 0, 0, 0, 0x77, 0x35, (byte) 0x94, 0x00});
            out.write(new byte[4096]);
            out.flush();
        }); LiveSocket socket = socket(server.uri(), states, 60_000)) {
            long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            socket.start();
            await(() -> server.accepted.get() >= 2, "a reconnect after the oversized frame");
            long heapAfter = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            assertTrue(heapAfter - heapBefore < 500_000_000L, "no 2 GB buffer: " + (heapAfter - heapBefore));
            assertTrue(states.stream().noneMatch(s -> s.startsWith("message")), states.toString());
            assertTrue(states.stream().anyMatch(s -> s.startsWith("RECONNECTING")), states.toString());
        }
    }

    @Test
    void aSilentServerThatIgnoresTheCloseIsDroppedAndCloseDoesNotWaitForIt() throws Exception {
        List<String> states = new CopyOnWriteArrayList<>();
        try (RawServer server = new RawServer(out -> { }); LiveSocket socket = socket(server.uri(), states, 300)) {
            socket.start();
            await(() -> server.accepted.get() >= 2, "the silent link rebuilt although the server ignores the close");
            assertTrue(states.stream().anyMatch(s -> s.startsWith("STALE no data")), states.toString());
            long t0 = System.nanoTime();
            socket.close();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < LiveSocket.CLOSE_DEADLINE_MILLIS + 3_000, "close returned after " + ms + " ms");
        }
    }
}
