package org.candela.connector.kraken;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.candela.chart.data.BarStore;
import org.candela.chart.live.LiveBuffer;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.testkit.LiveRecorder;
import org.candela.marketdata.api.Timeframe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector against a local mock Kraken, through the host's real live buffer: scripted sessions with a
 * snapshot, trades (duplicated and out of order), authoritative OHLC pushes, a dropped connection with a
 * gap and an overlapping snapshot, refusals, rate limits and silence. The resulting candles must equal the
 * exchange's, bar for bar.
 */
class KrakenSessionTest {

    static final long T0 = 1_717_415_880_000L; // 2024-06-03 11:58 UTC
    static final long M = 60_000;

    MockKraken kraken;
    KrakenConnector connector;
    LiveRecorder host = new LiveRecorder(M);
    BarStore bars = host.bars();
    List<String> states = host.states();
    LiveBuffer live = host.live();
    Subscription subscription;

    static KrakenConfig config(MockKraken m, int staleSeconds, boolean loadSymbols) {
        return new KrakenConfig() {
            public String wsUrl() {
                return m.wsUri().toString();
            }

            public String restUrl() {
                return m.restUrl();
            }

            public int staleSeconds() {
                return staleSeconds;
            }

            public boolean loadSymbols() {
                return loadSymbols;
            }

            public String id() {
                return "kraken";
            }

            public String name() {
                return "Kraken";
            }

            public boolean allowInsecure() {
                return false;
            }

            public Class<? extends Annotation> annotationType() {
                return KrakenConfig.class;
            }
        };
    }

    /** A mock Kraken that has the candles of 11:58 and 11:59. */
    static MockKraken exchange() throws Exception {
        MockKraken k = new MockKraken();
        k.candle(T0, 68512.3, 68530.0, 68499.1, 68521.7, 1.83241176);
        k.candle(T0 + M, 68521.7, 68540.5, 68510.0, 68533.9, 0.97305521);
        return k;
    }

    /** A connector on {@code kraken}, as DS would activate it from a configuration without a .cfg file. */
    static KrakenConnector connector(MockKraken kraken, int staleSeconds, boolean loadSymbols) {
        KrakenConnector c = new KrakenConnector();
        c.activate(config(kraken, staleSeconds, loadSymbols), java.util.Map.of());
        return c;
    }

    @BeforeEach
    void start() throws Exception {
        kraken = exchange();
        connector = connector(kraken, 2, false);
    }

    @AfterEach
    void stop() throws Exception {
        if (subscription != null) subscription.close();
        connector.deactivate();
        kraken.close();
    }

    /** Subscribes with a listener that records states and passes data to the live buffer. */
    void subscribe(String symbol) {
        subscription = connector.subscribe(symbol, Timeframe.M1, host);
    }

    /** Drains the live buffer into the bars (as the UI thread does each frame) until {@code done}. */
    void await(BooleanSupplier done, String what) throws InterruptedException {
        host.await(done, what);
    }

    void loadHistory() throws IOException {
        connector.loadHistory(new HistoryRequest("BTC/USD", Timeframe.M1, T0 + 100 * M, 500),
                (t, o, h, l, c, v) -> bars.upsert(t, o, h, l, c, v));
    }

    /** The bars equal the exchange's candles, bar for bar. */
    void assertSameAsExchange() {
        assertEquals(LiveRecorder.candles(kraken.candles), host.candles());
    }

    @Test
    void historySnapshotTradesAndOhlcMergeIntoTheExchangesCandles() throws Exception {
        loadHistory();
        assertEquals(2, bars.size());
        subscribe("BTC/USD");
        await(() -> states.stream().anyMatch(s -> s.startsWith("LIVE")) && kraken.subscribes.get() == 2, "the subscriptions");
        // trades open the 12:00 candle; a batch is repeated and one trade comes late: each counts once
        kraken.pushTrades(new double[] {1, T0 + 2 * M + 1000, 68533.9, 0.01}, new double[] {2, T0 + 2 * M + 2000, 68536.0, 0.02});
        kraken.pushTrades(new double[] {2, T0 + 2 * M + 2000, 68536.0, 0.02}, new double[] {4, T0 + 2 * M + 4000, 68531.0, 0.04});
        kraken.pushTrades(new double[] {3, T0 + 2 * M + 3000, 68540.0, 0.03});
        host.await(() -> bars.size() == 3 && Math.abs(bars.volume(2) - 0.10) < 1e-12,
                () -> "the trades to build the forming candle: " + host.candles() + ", " + host.live().rejected() + " rejected, "
                        + host.live().lateTrades() + " late");
        assertEquals(68540.0, bars.high(2), "the late trade still counts for its candle");
        assertEquals(68531.0, bars.low(2));
        // the exchange's OHLC push is authoritative for its interval
        kraken.pushCandle(T0 + 2 * M, 68533.9, 68541.2, 68530.5, 68540.1, 0.0215);
        kraken.pushTrades(new double[] {5, T0 + 3 * M + 500, 68545.5, 0.5});
        kraken.pushCandle(T0 + 3 * M, 68545.5, 68545.5, 68545.5, 68545.5, 0.5);
        await(() -> bars.size() == 4 && bars.close(2) == 68540.1 && bars.volume(3) == 0.5, "the OHLC pushes");
        assertSameAsExchange();
    }

    @Test
    void aDroppedLinkReconnectsBackfillsTheGapAndTheOverlappingSnapshotReplacesNothingTwice() throws Exception {
        loadHistory();
        subscribe("BTC/USD");
        await(() -> kraken.subscribes.get() == 2, "the subscriptions");
        kraken.pushCandle(T0 + 2 * M, 68533.9, 68541.2, 68530.5, 68540.1, 0.0215);
        await(() -> bars.size() == 3, "the first push");
        kraken.dropClients();
        // while the link is down the market goes on: the forming candle closes different, two more open
        kraken.candle(T0 + 2 * M, 68533.9, 68560.0, 68530.5, 68555.0, 0.9);
        kraken.candle(T0 + 3 * M, 68555.0, 68570.0, 68550.0, 68566.6, 1.1);
        kraken.candle(T0 + 5 * M, 68566.6, 68580.0, 68560.0, 68575.5, 0.3); // 12:04 had no trades: no candle
        await(() -> kraken.subscribes.get() >= 4 && bars.size() == 5 && kraken.restCalls.get() >= 2, "the reconnect and the backfill");
        assertTrue(states.stream().anyMatch(s -> s.startsWith("RECONNECTING")), states.toString());
        assertSameAsExchange();
        for (int i = 1; i < bars.size(); i++) assertTrue(bars.time(i) > bars.time(i - 1), "strictly increasing times");
        assertTrue(bars.indexOf(T0 + 4 * M) < 0, "no candle invented for the minute without trades");
        assertEquals(2, kraken.restCalls.get(), "the history page and one backfill");
    }

    @Test
    void aPairKrakenDoesNotListFailsWithKrakensReason() throws Exception {
        kraken.listed.clear();
        kraken.listed.add("BTC/USD");
        subscribe("ETH/USD");
        await(() -> states.stream().anyMatch(s -> s.startsWith("FAILED")), "the refusal");
        assertTrue(states.contains("FAILED Kraken refused ETH/USD: Currency pair not supported ETH/USD"), states.toString());
        assertEquals(ConnectionState.FAILED, live.state());
    }

    @Test
    void restErrorsAreClearAndRateLimitsAreWaitedOut() throws Exception {
        IOException unknown = assertThrows(IOException.class,
                () -> connector.loadHistory(new HistoryRequest("ETH/USD", Timeframe.M1, T0 + 10 * M, 10), (t, o, h, l, c, v) -> { }));
        assertEquals("Kraken: EQuery:Unknown asset pair", unknown.getMessage());
        kraken.tooManyRequests = 2;
        loadHistory();
        assertEquals(2, bars.size(), "after two 429s the third try succeeds");
        kraken.tooManyRequests = 10;
        IOException limited = assertThrows(IOException.class, this::loadHistory);
        assertTrue(limited.getMessage().startsWith("Kraken answered rate limited (HTTP 429)"), limited.getMessage());
        assertEquals("Kraken has no pair 'DOGE/EUR'; it offers BTC/USD, ETH/USD, SOL/USD, XRP/USD, DOGE/USD, BTC/EUR, ETH/BTC",
                assertThrows(IllegalArgumentException.class, () -> connector.subscribe("DOGE/EUR", Timeframe.M1, null)).getMessage());
        assertEquals("Kraken has no 3m candles", assertThrows(IllegalArgumentException.class,
                () -> connector.subscribe("BTC/USD", Timeframe.parse("3m"), null)).getMessage());
    }

    @Test
    void aQuietLinkIsPingedAndKeptWhenKrakenAnswers() throws Exception {
        subscribe("BTC/USD");
        await(() -> kraken.subscribes.get() == 2, "the subscriptions");
        kraken.silent = true; // no heartbeats, but the server is there
        await(() -> kraken.pings.get() > 0, "a ping on the stale link");
        await(() -> states.stream().anyMatch(s -> s.startsWith("LIVE data again")), "the pong to count as data");
        assertEquals(2, kraken.subscribes.get(), "no reconnect was needed");
    }

    @Test
    void silenceIsReportedStaleThenTheLinkIsRebuilt() throws Exception {
        subscribe("BTC/USD");
        await(() -> kraken.subscribes.get() == 2, "the subscriptions");
        kraken.silent = true;
        kraken.dead = true;
        await(() -> states.stream().anyMatch(s -> s.startsWith("STALE no data for")), "a stale report");
        await(() -> states.stream().anyMatch(s -> s.startsWith("RECONNECTING no data for")), "the reconnect");
        kraken.silent = false;
        kraken.dead = false;
        await(() -> kraken.subscribes.get() >= 4, "the new subscriptions");
    }

    @Test
    void closingTheSubscriptionAndDeactivatingLeaveNoThreadBehind() throws Exception {
        List<String> before = threads();
        subscribe("BTC/USD");
        await(() -> kraken.subscribes.get() == 2, "the subscriptions");
        assertTrue(threads().size() > before.size(), "the link runs threads: " + threads());
        subscription.close();
        subscription = null;
        connector.deactivate();
        long deadline = System.currentTimeMillis() + 5_000;
        while (!threads().equals(before) && System.currentTimeMillis() < deadline) Thread.sleep(50);
        assertEquals(before, threads());
        assertArrayEquals(new Object[0], states.stream().filter(s -> s.startsWith("FAILED")).toArray());
    }

    /** The connector's threads: ours and Java-WebSocket's client threads. */
    static List<String> threads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("candela-") || n.startsWith("WebSocketConnectReadThread") || n.startsWith("WebSocketWriteThread"))
                .sorted().toList();
    }
}
