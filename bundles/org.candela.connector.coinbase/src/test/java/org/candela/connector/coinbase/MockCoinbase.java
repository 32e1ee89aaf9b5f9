package org.candela.connector.coinbase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.candela.marketdata.testkit.MockHttp;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Coinbase Advanced Trade on 127.0.0.1 as PROTOCOLS.md documents it: one channel per subscribe message,
 * a cumulative {@code subscriptions} ack, frames numbered by a per-connection {@code sequence_num}, a
 * link closed when nothing was subscribed within 5 s, heartbeats each second (here faster), an error frame
 * for an unknown product; REST candles newest first.
 */
public final class MockCoinbase implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** BTC-USD one-minute candles by open time: {o, h, l, c, v}. */
    public final Map<Long, double[]> candles = new TreeMap<>();
    public final AtomicInteger subscribes = new AtomicInteger(), closedForSilence = new AtomicInteger();
    private final Map<WebSocket, AtomicLong> sequence = new ConcurrentHashMap<>();
    private final Set<WebSocket> trades = ConcurrentHashMap.newKeySet(), candleLinks = ConcurrentHashMap.newKeySet();
    private final Server ws;
    private final HttpServer http;
    private final Thread heartbeat;

    public MockCoinbase() throws Exception {
        ws = new Server();
        ws.setReuseAddr(true);
        ws.start();
        ws.started.await(10, TimeUnit.SECONDS);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v3/brokerage/market/products/", this::candlesRest);
        http.start();
        heartbeat = new Thread(this::beat, "mock-coinbase-heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
    }

    public URI wsUri() {
        return URI.create("ws://127.0.0.1:" + ws.getPort());
    }

    public String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public synchronized void candle(long open, double o, double h, double l, double c, double v) {
        candles.put(open, new double[] {o, h, l, c, v});
    }

    /** Pushes market trades: {id, time millis, price, size} each. */
    public void pushTrades(double[]... list) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < list.length; i++) {
            double[] t = list[i];
            b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"product_id\":\"BTC-USD\",\"trade_id\":\"%d\",\"price\":\"%s\","
                    + "\"size\":\"%s\",\"time\":\"%s\",\"side\":\"BUY\"}", (long) t[0], s(t[2]), s(t[3]), Instant.ofEpochMilli((long) t[1])));
        }
        for (WebSocket c : trades) send(c, "market_trades", "[{\"type\":\"update\",\"trades\":[" + b + "]}]");
    }

    /**
     * Pushes a {@code candles} event of {@code type} (snapshot, update, or one Coinbase never sends) with one
     * candle {o, h, l, c, v} to the links subscribed to candles; {@code store} also keeps it for REST.
     */
    public void pushCandle(String type, long open, double[] v, boolean store) {
        if (store) candle(open, v[0], v[1], v[2], v[3], v[4]);
        String c = String.format(Locale.ROOT, "{\"start\":\"%d\",\"high\":\"%s\",\"low\":\"%s\",\"open\":\"%s\",\"close\":\"%s\","
                + "\"volume\":\"%s\",\"product_id\":\"BTC-USD\"}", open / 1000, s(v[1]), s(v[2]), s(v[0]), s(v[3]), s(v[4]));
        for (WebSocket w : candleLinks) send(w, "candles", "[{\"type\":\"" + type + "\",\"candles\":[" + c + "]}]");
    }

    /** Sends a raw {@code events} array on {@code channel} to every subscribed link. */
    public void pushRaw(String channel, String events) {
        for (WebSocket w : sequence.keySet()) send(w, channel, events);
    }

    /** Skips sequence numbers on every link: the client must notice the loss. */
    public void loseFrames(int n) {
        for (AtomicLong s : sequence.values()) s.addAndGet(n);
    }

    private void send(WebSocket c, String channel, String events) {
        AtomicLong seq = sequence.get(c);
        if (seq == null || !c.isOpen()) return;
        c.send("{\"channel\":\"" + channel + "\",\"client_id\":\"\",\"timestamp\":\"" + Instant.now() + "\",\"sequence_num\":"
                + seq.getAndIncrement() + ",\"events\":" + events + "}");
    }

    private static String s(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private void candlesRest(HttpExchange e) throws IOException {
        String path = e.getRequestURI().getPath();
        if (!path.equals("/api/v3/brokerage/market/products/BTC-USD/candles")) {
            MockHttp.reply(e, 404, "{\"error\":\"NOT_FOUND\",\"message\":\"product not found\"}");
            return;
        }
        Map<String, String> q = MockHttp.query(e);
        long start = Long.parseLong(q.get("start")) * 1000, end = Long.parseLong(q.get("end")) * 1000;
        List<String> rows = new ArrayList<>();
        synchronized (this) {
            for (var c : candles.entrySet()) {
                if (c.getKey() < start || c.getKey() > end) continue;
                double[] v = c.getValue();
                rows.add(0, String.format(Locale.ROOT, "{\"start\":\"%d\",\"low\":\"%s\",\"high\":\"%s\",\"open\":\"%s\",\"close\":\"%s\",\"volume\":\"%s\"}",
                        c.getKey() / 1000, s(v[2]), s(v[1]), s(v[0]), s(v[3]), s(v[4]))); // newest first
            }
        }
        MockHttp.reply(e, 200, "{\"candles\":[" + String.join(",", rows.subList(0, Math.min(350, rows.size()))) + "]}");
    }


    private void beat() {
        long counter = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            counter++;
            for (WebSocket c : sequence.keySet()) {
                send(c, "heartbeats", "[{\"current_time\":\"2024-06-03 12:00:05.000119734 +0000 UTC m=+51813.4\",\"heartbeat_counter\":" + counter + "}]");
            }
        }
    }

    @Override
    public void close() throws Exception {
        heartbeat.interrupt();
        http.stop(0);
        ws.stop(1000);
    }

    private final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            Thread rule = new Thread(() -> { // Coinbase: subscribe within 5 s or be disconnected
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    return;
                }
                if (conn.isOpen() && !sequence.containsKey(conn)) {
                    closedForSilence.incrementAndGet();
                    conn.close(1008, "subscribe within 5 seconds");
                }
            });
            rule.setDaemon(true);
            rule.start();
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode m = JSON.readTree(message);
                if (!m.path("type").asText().equals("subscribe")) return;
                String channel = m.path("channel").asText();
                for (JsonNode p : m.path("product_ids")) {
                    if (!p.asText().equals("BTC-USD")) {
                        conn.send("{\"type\":\"error\",\"message\":\"failure to subscribe\"}");
                        return;
                    }
                }
                sequence.putIfAbsent(conn, new AtomicLong());
                if (channel.equals("market_trades")) trades.add(conn);
                if (channel.equals("candles")) candleLinks.add(conn);
                send(conn, "subscriptions", "[{\"subscriptions\":{\"" + channel + "\":[\"BTC-USD\"],\"heartbeats\":[\"heartbeats\"]}}]");
                subscribes.incrementAndGet(); // counted once pushes reach the client: a test may push right after
            } catch (IOException e) {
                conn.send("{\"type\":\"error\",\"message\":\"malformed\"}");
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            sequence.remove(conn);
            trades.remove(conn);
            candleLinks.remove(conn);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
