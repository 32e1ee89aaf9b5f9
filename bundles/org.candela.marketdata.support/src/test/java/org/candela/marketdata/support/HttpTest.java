package org.candela.marketdata.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** REST over cleartext goes as plain HTTP/1.1, with no h2c upgrade offered; an endless answer is refused. */
class HttpTest {

    @Test
    void anAnswerLargerThanTheCapIsRefusedNotBuffered() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) { }
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 3000000000\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    byte[] chunk = new byte[1 << 20];
                    java.util.Arrays.fill(chunk, (byte) 'a');
                    for (int i = 0; i < 40; i++) out.write(chunk); // 40 MB, and more announced
                } catch (Exception e) {
                    // the client hung up: expected
                }
            });
            t.start();
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> new Http("Test", 100).get(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/huge")));
            assertEquals("Test sent an answer larger than 32 MB to /huge; refused", e.getMessage());
            t.join(10_000);
        }
    }

    @Test
    void cleartextRequestsOfferNoUpgradeThatAWebSocketServerWouldRefuse() throws Exception {
        List<String> headers = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) headers.add(line);
                    // as a server that also speaks WebSocket on this port answers an h2c upgrade
                    boolean upgrade = headers.stream().anyMatch(h -> h.toLowerCase().startsWith("upgrade:"));
                    String body = upgrade ? "Invalid Upgrade header" : "{\"ok\":true}";
                    OutputStream out = s.getOutputStream();
                    out.write(((upgrade ? "HTTP/1.1 400 Bad Request" : "HTTP/1.1 200 OK") + "\r\nContent-Length: " + body.length()
                            + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (Exception e) {
                    headers.add("server failed: " + e);
                }
            });
            t.start();
            String body = new Http("Test", 100).get(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api"));
            t.join(5_000);
            assertEquals("{\"ok\":true}", body);
            assertEquals("GET /api HTTP/1.1", headers.get(0));
            assertFalse(headers.stream().anyMatch(h -> h.toLowerCase().startsWith("upgrade:") || h.toLowerCase().startsWith("http2-settings:")),
                    headers.toString());
        }
    }
}
