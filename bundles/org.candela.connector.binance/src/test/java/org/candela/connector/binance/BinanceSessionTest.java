package org.candela.connector.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.candela.marketdata.support.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Binance connector against a local mock Binance, through the host's live buffer: history, klines and
 * trades merged, a server shutdown followed by a reconnect that backfills the closed candles it missed, a
 * stream Binance accepts silently, REST errors; and the sample frames read exactly.
 */
class BinanceSessionTest {

    static final long T0 = 1_717_415_880_000L, M = 60_000;

    MockBinance binance;
    BinanceConnector connector;
    LiveRecorder host = new LiveRecorder(M);
    BarStore bars = host.bars();
    List<String> states = host.states();
    LiveBuffer live = host.live();
    Subscription subscription;

    @BeforeEach
    void start() throws Exception {
        binance = new MockBinance();
        binance.candle(T0, 68512.3, 68530.0, 68499.1, 68521.7, 12.40213);
        binance.candle(T0 + M, 68521.7, 68540.5, 68510.0, 68533.9, 9.97305521);
        connector = new BinanceConnector();
        activate();
    }

    void activate() {
        connector.activate(new BinanceConfig() {
            public String wsUrl() {
                return binance.wsUri().toString();
            }

            public String restUrl() {
                return binance.restUrl();
            }

            public int staleSeconds() {
                return 2;
            }

            public boolean loadSymbols() {
                return true;
            }

            public String id() {
                return "binance";
            }

            public String name() {
                return "Binance";
            }

            public boolean allowInsecure() {
                return false;
            }

            public Class<? extends Annotation> annotationType() {
                return BinanceConfig.class;
            }
        }, java.util.Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (subscription != null) subscription.close();
        connector.deactivate();
        binance.close();
    }

    void subscribe(String symbol) {
        subscription = connector.subscribe(symbol, Timeframe.M1, host);
    }

    void await(BooleanSupplier done, String what) throws InterruptedException {
        host.await(done, what);
    }

    /** The connector replaced its built-in list with the mock's exchangeInfo. */
    void awaitExchangeInfo() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (!connector.symbols().equals(List.of("BTC/USDT", "ETH/BTC")) && System.currentTimeMillis() < deadline) Thread.sleep(20);
    }

    void assertSameAsExchange() {
        assertEquals(LiveRecorder.candles(binance.candles), host.candles());
    }

    @Test
    void symbolsMapBothWaysFromExchangeInfo() throws Exception {
        awaitExchangeInfo();
        assertEquals(List.of("BTC/USDT", "ETH/BTC"), connector.symbols(), "TRADING symbols only");
        BinanceSymbols s = BinanceSymbols.defaults();
        assertEquals("BTCUSDT", s.binance("BTC/USDT"));
        assertEquals("BTC/USDT", s.candela("BTCUSDT"));
        assertEquals("BTC/USDT", s.candela("btcusdt"));
        assertEquals("btcusdt", BinanceSymbols.stream("BTCUSDT"));
        assertEquals(null, s.candela("XBTUSD"));
    }

    @Test
    void historyKlinesAndTradesMergeIntoTheExchangesCandles() throws Exception {
        connector.loadHistory(new HistoryRequest("BTC/USDT", Timeframe.M1, T0 + 100 * M, 500), (t, o, h, l, c, v) -> bars.upsert(t, o, h, l, c, v));
        assertEquals(2, bars.size());
        subscribe("BTC/USDT");
        await(() -> binance.subscribes.get() == 1 && states.stream().anyMatch(s -> s.startsWith("LIVE")), "the subscription");
        Thread.sleep(200);
        binance.pushTrade(101, T0 + 2 * M + 500, 68533.9, 0.5);
        binance.pushTrade(102, T0 + 2 * M + 900, 68539.0, 0.25);
        binance.pushTrade(101, T0 + 2 * M + 500, 68533.9, 0.5); // a repeat: counted once
        await(() -> bars.size() == 3 && bars.volume(2) == 0.75, "the trades");
        binance.pushKline(T0 + 2 * M, 68533.9, 68541.2, 68533.9, 68540.1, 2.15023, false);
        binance.pushKline(T0 + 2 * M, 68533.9, 68545.0, 68529.4, 68530.2, 18.40918822, true);
        await(() -> bars.size() == 3 && bars.close(2) == 68530.2, "the closed kline");
        assertSameAsExchange();
    }

    @Test
    void aShutdownNoticeReconnectsAndTheMissedCandlesAreBackfilled() throws Exception {
        subscribe("BTC/USDT");
        await(() -> binance.subscribes.get() == 1, "the subscription");
        Thread.sleep(200);
        binance.pushKline(T0 + 2 * M, 68533.9, 68541.2, 68533.9, 68540.1, 2.15023, false);
        await(() -> bars.size() == 1, "the first kline");
        binance.ping(); // answered by the socket: the link stays up
        binance.candle(T0 + 2 * M, 68533.9, 68545.0, 68529.4, 68530.2, 18.40918822);
        binance.candle(T0 + 3 * M, 68530.2, 68560.0, 68530.0, 68555.5, 7.5);
        binance.shutdown();
        await(() -> binance.subscribes.get() == 2 && bars.size() == 2, "the reconnect and the backfill");
        assertTrue(states.stream().anyMatch(s -> s.contains("Binance announced a server shutdown")), states.toString());
        // the history before the subscription was never loaded: the backfill starts at the first candle seen
        binance.candles.remove(T0);
        binance.candles.remove(T0 + M);
        assertSameAsExchange();
    }

    @Test
    void aStreamBinanceAcceptsSilentlyIsCaughtByTheWatchdog() throws Exception {
        awaitExchangeInfo();
        subscribe("ETH/BTC"); // acked, then nothing
        await(() -> states.stream().anyMatch(s -> s.startsWith("STALE no data for")), "a stale report");
        await(() -> states.stream().anyMatch(s -> s.startsWith("RECONNECTING no data for")), "a reconnect");
    }

    @Test
    void restErrorsAndUnknownSymbolsAreClear() throws Exception {
        awaitExchangeInfo();
        IOException e = assertThrows(IOException.class, () -> connector.loadHistory(new HistoryRequest("ETH/BTC", Timeframe.M1, T0, 10), (t, o, h, l, c, v) -> { }));
        assertEquals("Binance answered HTTP 400: {\"code\":-1121,\"msg\":\"Invalid symbol.\"}", e.getMessage());
        assertEquals("Binance has no symbol 'BTC/USD'; it offers BTC/USDT, ETH/BTC",
                assertThrows(IllegalArgumentException.class, () -> connector.subscribe("BTC/USD", Timeframe.M1, null)).getMessage());
    }

    @Test
    void sampleFramesReadExactly() throws Exception {
        List<String> events = new ArrayList<>();
        BinanceMessages.Events record = new BinanceMessages.Events() {
            public void bar(String s, long t, double o, double h, double l, double c, double v, boolean closed) {
                events.add("bar " + s + " " + t + " " + o + " " + h + " " + l + " " + c + " " + v);
            }

            public void trade(String s, long id, long t, double p, double q) {
                events.add("trade " + s + " #" + id + " " + t + " " + p + " " + q);
            }

            public void shutdown() {
                events.add("shutdown");
            }

            public void error(int code, String message) {
                events.add("error " + code + " " + message);
            }
        };
        BinanceMessages m = new BinanceMessages();
        for (String f : new String[] {"ws-kline-open", "ws-combined-kline", "ws-kline-closed", "ws-trade", "ws-trade-legacy-with-order-ids",
            "ws-server-shutdown", "ws-server-shutdown-combined", "ws-subscribe-response", "ws-aggtrade", "ws-error-invalid-json"}) {
            m.read(Files.readString(Path.of("src/test/resources/binance/" + f + ".json")), record);
        }
        assertEquals(0, m.bad());
        assertEquals(List.of("bar BTCUSDT 1717416000000 68533.9 68541.2 68533.9 68540.1 2.15023",
                "bar BTCUSDT 1717416000000 68533.9 68541.2 68533.9 68540.1 2.15023",
                "bar BTCUSDT 1717416000000 68533.9 68545.0 68529.4 68530.2 18.40918822",
                "trade BTCUSDT #3626412040 1717416002731 68540.1 0.0015",
                "trade BTCUSDT #3626412040 1717416002731 68540.1 0.0015", // the legacy b/a order ids change nothing
                "shutdown", "shutdown", "error 3 Invalid JSON: expected value at line 1 column 1"), events);
        assertEquals(68540.1, Json.decimal("68540.10000000"));
    }
}
