package org.candela.connector.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.candela.marketdata.api.Timeframe;
import org.candela.marketdata.testkit.LiveRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edge cases that once ended in a wrong candle series, scripted on the mock Binance, each ending in an
 * exact, bar-for-bar expected series: a rollover without the final push, a skipped interval, trades out of
 * order, fields of the wrong JSON type and events of unknown types.
 */
class BinanceEdgeCaseTest {

    static final long T0 = BinanceSessionTest.T0, M = BinanceSessionTest.M;

    final BinanceSessionTest session = new BinanceSessionTest();
    MockBinance binance;
    LiveRecorder host;

    @BeforeEach
    void start() throws Exception {
        session.start();
        binance = session.binance;
        host = session.host;
        session.subscribe("BTC/USDT");
        host.await(() -> binance.subscribes.get() >= 1, "the subscription");
        binance.pushKline(T0 + M, 68521.7, 68540.5, 68510.0, 68533.9, 9.97305521, true);
        host.await(() -> host.bars().size() == 1, "the first kline");
    }

    @AfterEach
    void stop() throws Exception {
        session.stop();
    }

    /** The exchange's candles from {@code from} on, as the host should have them. */
    List<String> exchangeFrom(long from) {
        return LiveRecorder.candles(new TreeMap<>(binance.candles).tailMap(from));
    }

    @Test
    void aCandleWithoutItsFinalPushIsTakenFromRestAtTheRollover() throws Exception {
        binance.pushKline(T0 + 2 * M, 68533.9, 68541.2, 68530.5, 68540.1, 1.5, false);
        binance.candle(T0 + 2 * M, 68533.9, 68549.0, 68528.0, 68547.3, 2.75); // its final state: never pushed
        binance.pushKline(T0 + 3 * M, 68547.3, 68547.3, 68547.3, 68547.3, 0.01, false);
        host.await(() -> host.candles().equals(exchangeFrom(T0 + M)), () -> "the final candle from REST: " + host.candles());
    }

    @Test
    void aSkippedIntervalIsFetchedFromRest() throws Exception {
        binance.candle(T0 + 2 * M, 68533.9, 68549.0, 68528.0, 68547.3, 2.75); // every push of it lost
        binance.pushKline(T0 + 3 * M, 68547.3, 68547.3, 68547.3, 68547.3, 0.01, false);
        host.await(() -> host.candles().equals(exchangeFrom(T0 + M)), () -> "the skipped candle from REST: " + host.candles());
    }

    @Test
    void theCloseIsTheNewestTradeWhateverOrderTradesArriveIn() throws Exception {
        long t = T0 + 2 * M;
        double[][] trades = {{503, t + 3000, 68540.0, 0.25}, {502, t + 2000, 68520.0, 0.125}, {501, t + 1000, 68530.0, 0.5},
            {500, t + 500, 68510.0, 0.0625}, {502, t + 2000, 68520.0, 0.125}, {504, t + 3000, 68545.0, 0.015625}};
        for (double[] x : trades) binance.pushTrade((long) x[0], (long) x[1], x[2], x[3]);
        Map<Long, double[]> expected = new TreeMap<>(new TreeMap<>(binance.candles).tailMap(T0 + M));
        expected.putAll(LiveRecorder.candlesOfTrades(List.of(trades), M));
        host.await(() -> host.candles().equals(LiveRecorder.candles(expected)), () -> "the trades' candle: " + host.candles());
    }

    @Test
    void klinesWithFieldsOfTheWrongTypeOrUnknownEventTypesAreDroppedWhole() throws Exception {
        String kline = "{\"stream\":\"btcusdt@kline_1m\",\"data\":{\"e\":\"%s\",\"E\":1,\"s\":\"BTCUSDT\",\"k\":{\"t\":%s,\"T\":1,"
                + "\"s\":\"BTCUSDT\",\"i\":\"1m\",\"o\":%s,\"c\":\"2\",\"h\":\"3\",\"l\":\"1\",\"v\":\"5\",\"n\":2,\"x\":%s}}}";
        long t = T0 + 2 * M;
        List<String> bad = new ArrayList<>(List.of(
                String.format(Locale.ROOT, kline, "kline", t, "\"2\"", "\"yes\""),
                String.format(Locale.ROOT, kline, "kline", t, "\"2\"", "\"false\""),
                String.format(Locale.ROOT, kline, "kline", "\"" + t + "x\"", "\"2\"", "false"),
                String.format(Locale.ROOT, kline, "kline", "\"" + t + "\"", "\"2\"", "false"),
                String.format(Locale.ROOT, kline, "kline", t, "2", "false"),
                String.format(Locale.ROOT, kline, "kline", t + ".0", "\"2\"", "false"),
                String.format(Locale.ROOT, kline, "continuous_kline", t, "\"2\"", "false")));
        for (String f : bad) binance.pushRaw(f);
        binance.pushKline(T0 + 2 * M, 68533.9, 68541.2, 68530.5, 68540.1, 1.5, true); // a marker after them
        host.await(() -> host.bars().size() == 2, "the marker");
        assertEquals(exchangeFrom(T0 + M), host.candles());
        BinanceMessages m = new BinanceMessages();
        for (String f : bad) m.read(f, new BinanceDecoderProbe());
        assertEquals(6, m.bad(), "six malformed");
        assertEquals(1, m.ignoredCount(), "one of an unknown type");
    }

    @Test
    void aSymbolTheExchangeListsIsNotRefusedBeforeItsListArrives() throws Exception {
        session.stop();
        session.binance = binance = new MockBinance();
        binance.extraSymbols = "{\"symbol\":\"PEPEUSDT\",\"status\":\"TRADING\",\"baseAsset\":\"PEPE\",\"quoteAsset\":\"USDT\"},";
        binance.infoDelayMillis = 700;
        session.connector = new BinanceConnector();
        session.activate();
        session.subscribe("PEPE/USDT"); // the list is still on its way
        session.host.await(() -> binance.subscribes.get() >= 1, "the PEPE/USDT subscription");
        assertEquals(true, session.connector.symbols().contains("PEPE/USDT"));
    }

    @Test
    void weeklyAndMonthlyKlinesAreOnTheirGrid() {
        assertEquals("1w", BinanceConnector.interval(Timeframe.parse("1w")));
        assertEquals("1M", BinanceConnector.interval(Timeframe.parse("1M")));
        assertEquals("1h", BinanceConnector.interval(Timeframe.parse("60m")));
        long monday = 1_717_372_800_000L; // 2024-06-03 00:00 UTC, a Monday: Binance's weekly open
        assertEquals(monday, Timeframe.W1.openTime(monday + 3 * 86_400_000L));
        assertEquals(1_717_200_000_000L, Timeframe.MONTH.openTime(monday)); // 2024-06-01
    }

    /** Events that only count. */
    static final class BinanceDecoderProbe implements BinanceMessages.Events {
        public void bar(String s, long t, double o, double h, double l, double c, double v, boolean closed) {
            throw new AssertionError("no bar expected");
        }

        public void trade(String s, long id, long t, double p, double q) {
        }

        public void shutdown() {
        }

        public void error(int code, String message) {
        }
    }
}
