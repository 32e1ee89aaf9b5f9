package org.candela.connector.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.candela.marketdata.testkit.MockHttp;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Kraken on 127.0.0.1 that speaks the documented protocol (../shared/exchanges/PROTOCOLS.md): WebSocket
 * v2 with {@code status} on open, one ack per symbol (a flat error ack for pairs it does not list), an OHLC
 * snapshot when asked, updates pushed by the test, {@code heartbeat} frames when idle, {@code pong} for
 * {@code ping}; and REST {@code OHLC} (the last 720 rows, HTTP-200 errors) and {@code AssetPairs}. The test
 * scripts it: candles, trades, dropped connections, 429s, silence.
 */
public final class MockKraken implements AutoCloseable {

    /** The sample frames of ../shared/exchanges/kraken, copied into the test resources. */
    static final Path SAMPLES = Path.of("src/test/resources/kraken");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The exchange's candles of BTC/USD, one minute, by open time (millis): {o, h, l, c, v}. */
    public final Map<Long, double[]> candles = new TreeMap<>();
    /** The exchange's trades of BTC/USD for its REST Trades endpoint: {id, time millis, price, qty}, oldest first. */
    public final java.util.List<double[]> trades = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final AtomicInteger tradeCalls = new AtomicInteger();
    final Set<String> listed = ConcurrentHashMap.newKeySet();
    public final AtomicInteger restCalls = new AtomicInteger(), subscribes = new AtomicInteger();
    volatile int tooManyRequests;
    volatile long heartbeatMillis = 200;
    /** No heartbeats ({@code silent}); and no answer to anything either ({@code dead}). */
    volatile boolean silent, dead;
    public final AtomicInteger pings = new AtomicInteger();
    private final Set<WebSocket> ohlcClients = ConcurrentHashMap.newKeySet(), tradeClients = ConcurrentHashMap.newKeySet();
    private final Server ws;
    private final HttpServer http;
    private final Thread heartbeat;

    public MockKraken() throws Exception {
        listed.add("BTC/USD");
        ws = new Server();
        ws.setReuseAddr(true);
        ws.start();
        ws.started.await(10, TimeUnit.SECONDS);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/0/public/OHLC", this::ohlc);
        http.createContext("/0/public/Trades", this::trades);
        http.createContext("/0/public/AssetPairs", e -> MockHttp.reply(e, 200, assetPairs(extraPairs, assetPairsDelayMillis))); // from the classpath: any module
        http.start();
        heartbeat = new Thread(this::beat, "mock-kraken-heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
    }

    /** More AssetPairs entries ({@code "KEY":{...},}), and how long AssetPairs takes to answer. */
    public volatile String extraPairs = "";
    public volatile long assetPairsDelayMillis;

    private static String assetPairs(String extra, long delayMillis) throws IOException {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var in = MockKraken.class.getResourceAsStream("/kraken/rest-assetpairs.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"result\": \\{", "\"result\": {" + extra);
        }
    }

    public URI wsUri() {
        return URI.create("ws://127.0.0.1:" + ws.getPort() + "/v2");
    }

    public String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Puts a candle in the exchange's store (REST and snapshots see it), without pushing it. */
    public synchronized void candle(long open, double o, double h, double l, double c, double v) {
        candles.put(open, new double[] {o, h, l, c, v});
    }

    /** Stores a candle and pushes it as an {@code ohlc} update to subscribers. */
    public void pushCandle(long open, double o, double h, double l, double c, double v) {
        candle(open, o, h, l, c, v);
        broadcast(ohlcClients, "{\"channel\":\"ohlc\",\"type\":\"update\",\"timestamp\":\"" + Instant.now() + "\",\"data\":["
                + candleJson(open, new double[] {o, h, l, c, v}) + "]}");
    }

    /** Pushes one {@code trade} update with these trades: {id, time millis, price, qty} each. */
    public void pushTrades(double[]... trades) {
        StringBuilder b = new StringBuilder("{\"channel\":\"trade\",\"type\":\"update\",\"data\":[");
        for (int i = 0; i < trades.length; i++) {
            double[] t = trades[i];
            b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"symbol\":\"BTC/USD\",\"side\":\"buy\",\"price\":%s,\"qty\":%s,\"ord_type\":\"market\",\"trade_id\":%d,\"timestamp\":\"%s\"}",
                    plain(t[2]), plain(t[3]), (long) t[0], Instant.ofEpochMilli((long) t[1])));
        }
        broadcast(tradeClients, b.append("]}").toString());
    }

    /** Sends a raw frame to every connected client. */
    void pushRaw(String frame) {
        for (WebSocket c : ws.getConnections()) c.send(frame);
    }

    /** Drops every connection abruptly, as Cloudflare does (1006). */
    public void dropClients() {
        for (WebSocket c : ws.getConnections()) c.closeConnection(1006, "dropped by the test");
        ohlcClients.clear();
        tradeClients.clear();
    }

    int connections() {
        return ws.getConnections().size();
    }

    private void broadcast(Set<WebSocket> clients, String frame) {
        for (WebSocket c : clients) if (c.isOpen()) c.send(frame);
    }

    private synchronized String snapshot() {
        StringBuilder b = new StringBuilder("{\"channel\":\"ohlc\",\"type\":\"snapshot\",\"timestamp\":\"" + Instant.now() + "\",\"data\":[");
        int i = 0;
        for (var e : candles.entrySet()) b.append(i++ == 0 ? "" : ",").append(candleJson(e.getKey(), e.getValue()));
        return b.append("]}").toString();
    }

    private static String candleJson(long open, double[] v) {
        return String.format(Locale.ROOT, "{\"symbol\":\"BTC/USD\",\"open\":%s,\"high\":%s,\"low\":%s,\"close\":%s,\"trades\":3,"
                + "\"volume\":%s,\"vwap\":%s,\"interval_begin\":\"%s\",\"interval\":1,\"timestamp\":\"%s\"}", plain(v[0]), plain(v[1]),
                plain(v[2]), plain(v[3]), plain(v[4]), plain(v[3]), Instant.ofEpochMilli(open).toString().replace("Z", ".000000000Z"),
                Instant.ofEpochMilli(open + 60_000));
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).toPlainString();
    }

    private void ohlc(HttpExchange e) throws IOException {
        restCalls.incrementAndGet();
        if (tooManyRequests > 0) {
            tooManyRequests--;
            e.getResponseHeaders().add("Retry-After", "0");
            MockHttp.reply(e, 429, "<html>Too Many Requests</html>");
            return;
        }
        Map<String, String> q = MockHttp.query(e);
        if (!"XBTUSD".equals(q.get("pair")) && !"XXBTZUSD".equals(q.get("pair"))) {
            MockHttp.reply(e, 200, "{\"error\":[\"EQuery:Unknown asset pair\"]}");
            return;
        }
        long since = Long.parseLong(q.getOrDefault("since", "0")) * 1000;
        StringBuilder b = new StringBuilder("{\"error\":[],\"result\":{\"XXBTZUSD\":[");
        long last = 0;
        synchronized (this) {
            var rows = new java.util.ArrayList<>(candles.entrySet());
            int from = Math.max(0, rows.size() - 720); // Kraken: at most the 720 most recent rows
            int n = 0;
            for (int i = from; i < rows.size(); i++) {
                var r = rows.get(i);
                if (r.getKey() < since) continue;
                double[] v = r.getValue();
                b.append(n++ == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%d,\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",7]",
                        r.getKey() / 1000, plain(v[0]), plain(v[1]), plain(v[2]), plain(v[3]), plain(v[3]), plain(v[4])));
                last = r.getKey() / 1000;
            }
        }
        MockHttp.reply(e, 200, b.append("],\"last\":").append(last).append("}}").toString());
    }


    /** Trades from {@code since} (ns, inclusive), at most {@code count} (≤ 1000); {@code last} is the last row's time in ns. */
    private void trades(HttpExchange e) throws IOException {
        tradeCalls.incrementAndGet();
        Map<String, String> q = MockHttp.query(e);
        if (!"XBTUSD".equals(q.get("pair"))) {
            MockHttp.reply(e, 200, "{\"error\":[\"EQuery:Unknown asset pair\"]}");
            return;
        }
        long since = Long.parseLong(q.getOrDefault("since", "0"));
        int count = Math.min(1000, Integer.parseInt(q.getOrDefault("count", "1000")));
        StringBuilder b = new StringBuilder("{\"error\":[],\"result\":{\"XXBTZUSD\":[");
        long last = since;
        int n = 0;
        for (double[] t : trades) {
            long ns = (long) t[1] * 1_000_000L;
            if (ns < since || n == count) continue;
            b.append(n++ == 0 ? "" : ",").append(String.format(Locale.ROOT, "[\"%s\",\"%s\",%s,\"b\",\"m\",\"\",%d]",
                    plain(t[2]), plain(t[3]), java.math.BigDecimal.valueOf((long) t[1]).movePointLeft(3).toPlainString(), (long) t[0]));
            last = ns;
        }
        MockHttp.reply(e, 200, b.append("],\"last\":\"").append(last).append("\"}}").toString());
    }

    private void beat() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(heartbeatMillis);
            } catch (InterruptedException e) {
                return;
            }
            if (!silent) broadcast(ohlcClients, "{\"channel\":\"heartbeat\"}");
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
            conn.send("{\"channel\":\"status\",\"data\":[{\"api_version\":\"v2\",\"connection_id\":12893477326051742915,"
                    + "\"system\":\"online\",\"version\":\"2.0.4\"}],\"type\":\"update\"}");
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode m = JSON.readTree(message);
                String method = m.path("method").asText();
                long req = m.path("req_id").asLong();
                if (method.equals("ping")) {
                    pings.incrementAndGet();
                    if (dead) return;
                    conn.send("{\"method\":\"pong\",\"req_id\":" + req + ",\"time_in\":\"" + Instant.now() + "\",\"time_out\":\"" + Instant.now() + "\"}");
                    return;
                }
                if (!method.equals("subscribe")) return;
                JsonNode p = m.path("params");
                String channel = p.path("channel").asText();
                for (JsonNode s : p.path("symbol")) {
                    String symbol = s.asText();
                    if (!listed.contains(symbol)) {
                        conn.send("{\"error\":\"Currency pair not supported " + symbol + "\",\"method\":\"subscribe\",\"req_id\":" + req
                                + ",\"success\":false,\"symbol\":\"" + symbol + "\",\"time_in\":\"" + Instant.now() + "\",\"time_out\":\"" + Instant.now() + "\"}");
                        continue;
                    }
                    conn.send("{\"method\":\"subscribe\",\"req_id\":" + req + ",\"result\":{\"channel\":\"" + channel + "\",\"symbol\":\""
                            + symbol + "\",\"warnings\":[\"timestamp is deprecated, use interval_begin\"]},\"success\":true,\"time_in\":\""
                            + Instant.now() + "\",\"time_out\":\"" + Instant.now() + "\"}");
                    if (channel.equals("ohlc")) {
                        if (p.path("snapshot").asBoolean(true)) conn.send(snapshot());
                        ohlcClients.add(conn);
                    } else if (channel.equals("trade")) {
                        tradeClients.add(conn);
                    }
                }
                subscribes.incrementAndGet(); // counted once its frames reach the client: a test may push right after

            } catch (IOException e) {
                conn.send("{\"error\":\"EGeneral:Invalid arguments\",\"method\":\"?\",\"success\":false}");
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            ohlcClients.remove(conn);
            tradeClients.remove(conn);
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
