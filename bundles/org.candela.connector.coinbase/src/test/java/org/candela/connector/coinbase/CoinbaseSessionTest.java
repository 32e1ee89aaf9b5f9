package org.candela.connector.coinbase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.candela.chart.data.BarStore;
import org.candela.chart.live.LiveBuffer;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.testkit.LiveRecorder;
import org.candela.marketdata.api.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Coinbase connector against a local mock: REST history newest-first put in order, market trades
 * building candles (a repeated snapshot trade counted once), lost frames noticed by sequence number and
 * repaired by a reconnect and a backfill, the 5-second subscribe rule kept, an unknown product refused.
 */
class CoinbaseSessionTest {

    static final long M = 60_000;
    final long now = System.currentTimeMillis() / M * M;

    MockCoinbase coinbase;
    CoinbaseConnector connector = new CoinbaseConnector();
    LiveRecorder host = new LiveRecorder(M);
    BarStore bars = host.bars();
    List<String> states = host.states();
    LiveBuffer live = host.live();
    Subscription subscription;

    @BeforeEach
    void start() throws Exception {
        coinbase = new MockCoinbase();
        for (int i = 5; i >= 1; i--) coinbase.candle(now - i * M, 100 + i, 101 + i, 99 + i, 100.5 + i, i);
        connector.activate(new CoinbaseConfig() {
            public String wsUrl() {
                return coinbase.wsUri().toString();
            }

            public String restUrl() {
                return coinbase.restUrl();
            }

            public int staleSeconds() {
                return 3;
            }

            public String[] products() {
                return new String[] {"BTC-USD, ETH-USD"}; // as a .cfg file gives it: one comma-separated string
            }

            public String id() {
                return "coinbase";
            }

            public String name() {
                return "Coinbase";
            }

            public boolean allowInsecure() {
                return false;
            }

            public Class<? extends Annotation> annotationType() {
                return CoinbaseConfig.class;
            }
        }, java.util.Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (subscription != null) subscription.close();
        connector.deactivate();
        coinbase.close();
    }

    void subscribe(String symbol) {
        subscription = connector.subscribe(symbol, Timeframe.M1, host);
    }

    void await(BooleanSupplier done, String what) throws InterruptedException {
        host.await(done, what);
    }

    @Test
    void historyComesOldestFirstAndTradesBuildTheFormingCandle() throws Exception {
        assertEquals(5, connector.loadHistory(new HistoryRequest("BTC/USD", Timeframe.M1, now, 100), (t, o, h, l, c, v) -> bars.upsert(t, o, h, l, c, v)));
        assertEquals(now - 5 * M, bars.time(0), "oldest first although Coinbase answers newest first");
        subscribe("BTC/USD");
        await(() -> coinbase.subscribes.get() == 2, "heartbeats and market_trades");
        coinbase.pushTrades(new double[] {900, now + 1_000, 106.5, 0.25}, new double[] {901, now + 2_000, 107.0, 0.5});
        coinbase.pushTrades(new double[] {901, now + 2_000, 107.0, 0.5}); // repeated: counted once
        await(() -> bars.size() == 6 && bars.volume(5) == 0.75, "the trades");
        assertEquals(106.5, bars.open(5));
        assertEquals(107.0, bars.close(5));
        Thread.sleep(5_500);
        assertEquals(0, coinbase.closedForSilence.get(), "it subscribed within 5 s");
    }

    @Test
    void lostFramesAreNoticedByTheirSequenceAndRepaired() throws Exception {
        subscribe("BTC/USD");
        await(() -> coinbase.subscribes.get() == 2, "the subscriptions");
        coinbase.pushTrades(new double[] {900, now - 5 * M + 1_000, 106.5, 0.25});
        await(() -> bars.size() == 1, "the first trade");
        coinbase.loseFrames(3);
        await(() -> coinbase.subscribes.get() >= 4 && bars.size() == 5, "the reconnect and the backfill of the closed candles");
        assertTrue(states.stream().anyMatch(s -> s.contains("Coinbase frames were lost (sequence")), states.toString());
        for (int i = 0; i < 5; i++) {
            double[] v = coinbase.candles.get(now - (5 - i) * M);
            assertEquals(now - (5 - i) * M, bars.time(i));
            assertEquals(java.util.Arrays.toString(v), java.util.Arrays.toString(new double[] {bars.open(i), bars.high(i), bars.low(i),
                bars.close(i), bars.volume(i)}), "bar " + i + " as Coinbase has it, the trade-built one replaced");
        }
    }

    @Test
    void anUnknownProductIsRefusedWithCoinbasesReason() throws Exception {
        subscribe("ETH/USD");
        await(() -> states.stream().anyMatch(s -> s.startsWith("FAILED")), "the refusal");
        assertTrue(states.contains("FAILED Coinbase refused the subscription: failure to subscribe"), states.toString());
        assertEquals("Coinbase has no product 'DOGE/USD' (Coinbase answered HTTP 404: {\"error\":\"NOT_FOUND\",\"message\":\"product not found\"}); it offers BTC/USD, ETH/USD",
                assertThrows(IllegalArgumentException.class, () -> connector.subscribe("DOGE/USD", Timeframe.M1, null)).getMessage());
        assertEquals("Coinbase has no 4h candles", assertThrows(IllegalArgumentException.class,
                () -> connector.subscribe("BTC/USD", Timeframe.parse("4h"), null)).getMessage());
    }

    @Test
    void sampleFramesReadExactly() throws Exception {
        List<String> events = new ArrayList<>();
        CoinbaseMessages.Events record = new CoinbaseMessages.Events() {
            public void bar(String p, long t, double o, double h, double l, double c, double v, boolean snapshot) {
                events.add("bar " + p + " " + t + " " + o + " " + h + " " + l + " " + c + " " + v);
            }

            public void trade(String p, String id, long t, double price, double size) {
                events.add("trade " + p + " " + id + " " + t + " " + price + " " + size);
            }

            public void gap(long expected, long got) {
                events.add("gap " + expected + " " + got);
            }

            public void error(String message) {
                events.add("error " + message);
            }
        };
        CoinbaseMessages m = new CoinbaseMessages();
        for (String f : new String[] {"advtrade-ws-subscriptions-ack", "advtrade-ws-candles-snapshot", "advtrade-ws-heartbeats",
            "advtrade-ws-candles-update", "advtrade-ws-market-trades-update", "advtrade-ws-heartbeats-numeric-counter", "advtrade-ws-error"}) {
            m.read(Files.readString(Path.of("src/test/resources/coinbase/" + f + ".json")), record);
        }
        assertEquals(0, m.bad());
        assertEquals(List.of("bar BTC-USD 1717416000000 68533.9 68541.2 68533.9 68540.1 0.0215",
                "bar BTC-USD 1717416000000 68533.9 68541.2 68533.9 68539.99 0.0415",
                "trade BTC-USD 660913876 1717416005119 68539.99 1.2345E-4",
                "trade BTC-USD 660913875 1717416005119 68539.99 0.02",
                "error failure to subscribe"), events, "sequence 1, 2, 3, 4, 5, 6: no gap");
    }
}
