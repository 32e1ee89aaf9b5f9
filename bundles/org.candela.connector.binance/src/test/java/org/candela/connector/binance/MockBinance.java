package org.candela.connector.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.candela.marketdata.testkit.MockHttp;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Binance on 127.0.0.1 as PROTOCOLS.md documents it: a combined-stream WebSocket that acks SUBSCRIBE with
 * {@code {"result":null,"id":n}} even for streams that do not exist (and then sends nothing), pushes klines
 * and trades the test scripts, sends {@code serverShutdown} before closing, pings; REST klines (oldest
 * first, at most 1000, {@code {"code":-1121,"msg":"Invalid symbol."}} with HTTP 400) and exchangeInfo.
 */
public final class MockBinance implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** BTCUSDT one-minute candles by open time: {o, h, l, c, v}. */
    public final Map<Long, double[]> candles = new TreeMap<>();
    public final AtomicInteger subscribes = new AtomicInteger(), restCalls = new AtomicInteger();
    private final Server ws;
    private final HttpServer http;

    public MockBinance() throws Exception {
        ws = new Server();
        ws.setReuseAddr(true);
        ws.start();
        ws.started.await(10, TimeUnit.SECONDS);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v3/klines", this::klines);
        http.createContext("/api/v3/exchangeInfo", e -> MockHttp.reply(e, 200, delayed(infoDelayMillis) + "{\"timezone\":\"UTC\",\"symbols\":["
                + extraSymbols + "{\"symbol\":\"BTCUSDT\",\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\"},"
                + "{\"symbol\":\"ETHBTC\",\"status\":\"TRADING\",\"baseAsset\":\"ETH\",\"quoteAsset\":\"BTC\"},"
                + "{\"symbol\":\"LUNAUSDT\",\"status\":\"BREAK\",\"baseAsset\":\"LUNA\",\"quoteAsset\":\"USDT\"}]}"));
        http.start();
    }

    /** More exchangeInfo entries (each ending in a comma), and how long exchangeInfo takes to answer. */
    public volatile String extraSymbols = "";
    public volatile long infoDelayMillis;

    private static String delayed(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    public URI wsUri() {
        return URI.create("ws://127.0.0.1:" + ws.getPort() + "/stream");
    }

    public String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public synchronized void candle(long open, double o, double h, double l, double c, double v) {
        candles.put(open, new double[] {o, h, l, c, v});
    }

    /** Stores a candle and pushes it as a kline event ({@code closed} sets {@code x}). */
    public void pushKline(long open, double o, double h, double l, double c, double v, boolean closed) {
        candle(open, o, h, l, c, v);
        broadcast(String.format(Locale.ROOT, "{\"stream\":\"btcusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":%d,\"s\":\"BTCUSDT\",\"k\":{"
                + "\"t\":%d,\"T\":%d,\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":1,\"L\":2,\"o\":\"%s\",\"c\":\"%s\",\"h\":\"%s\",\"l\":\"%s\","
                + "\"v\":\"%s\",\"n\":2,\"x\":%s,\"q\":\"0\",\"V\":\"0\",\"Q\":\"0\",\"B\":\"0\"}}}", open + 1000, open, open + 59_999,
                s(o), s(c), s(h), s(l), s(v), closed));
    }

    /** Pushes a trade event: {@code m=true} means the buyer was the maker (the taker sold). */
    public void pushTrade(long id, long time, double price, double qty) {
        broadcast(String.format(Locale.ROOT, "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":%d,\"s\":\"BTCUSDT\","
                + "\"t\":%d,\"p\":\"%s\",\"q\":\"%s\",\"T\":%d,\"m\":true,\"M\":true}}", time + 1, id, s(price), s(qty), time));
    }

    /** The planned-disconnect notice, then the close a few moments later. */
    public void shutdown() throws InterruptedException {
        broadcast("{\"stream\":\"!serverShutdown\",\"data\":{\"e\":\"serverShutdown\",\"E\":" + System.currentTimeMillis() + "}}");
        Thread.sleep(100);
        for (WebSocket c : ws.getConnections()) c.close(1001, "server shutdown");
    }

    /** Sends a raw frame to every subscribed client. */
    public void pushRaw(String frame) {
        broadcast(frame);
    }

    public void ping() {
        for (WebSocket c : ws.getConnections()) c.sendPing();
    }

    private void broadcast(String frame) {
        for (WebSocket c : ws.getConnections()) if (c.isOpen() && c.getAttachment() != null) c.send(frame);
    }

    private static String s(double d) {
        return java.math.BigDecimal.valueOf(d).setScale(8, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private void klines(HttpExchange e) throws IOException {
        restCalls.incrementAndGet();
        Map<String, String> q = MockHttp.query(e);
        if (!q.get("symbol").equals("BTCUSDT")) {
            MockHttp.reply(e, 400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
            return;
        }
        long start = Long.parseLong(q.getOrDefault("startTime", "-1")), end = Long.parseLong(q.getOrDefault("endTime", "" + Long.MAX_VALUE));
        int limit = Math.min(1000, Integer.parseInt(q.getOrDefault("limit", "500")));
        java.util.List<String> rows = new java.util.ArrayList<>();
        synchronized (this) {
            for (var c : candles.entrySet()) {
                long t = c.getKey();
                if (t < start || t > end) continue;
                double[] v = c.getValue();
                rows.add(String.format(Locale.ROOT, "[%d,\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",%d,\"0\",5,\"0\",\"0\",\"0\"]", t, s(v[0]), s(v[1]),
                        s(v[2]), s(v[3]), s(v[4]), t + 59_999));
            }
        }
        // without a start: the newest `limit`; with one: the first `limit` from it
        java.util.List<String> page = start < 0 ? rows.subList(Math.max(0, rows.size() - limit), rows.size()) : rows.subList(0, Math.min(limit, rows.size()));
        MockHttp.reply(e, 200, "[" + String.join(",", page) + "]");
    }


    @Override
    public void close() throws Exception {
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
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode m = JSON.readTree(message);
                if (!m.path("method").asText().equals("SUBSCRIBE")) {
                    conn.send("{\"code\":2,\"msg\":\"Invalid request: unknown variant `" + m.path("method").asText() + "`\"}");
                    return;
                }
                boolean known = false;
                for (JsonNode p : m.path("params")) known |= p.asText().startsWith("btcusdt@");
                if (known) conn.setAttachment(Boolean.TRUE); // unknown streams: acked, then silence
                conn.send("{\"result\":null,\"id\":" + m.path("id").asLong() + "}");
                subscribes.incrementAndGet(); // counted once pushes reach the client: a test may push right after
            } catch (IOException e) {
                conn.send("{\"code\":3,\"msg\":\"Invalid JSON: expected value at line 1 column 1\"}");
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
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
