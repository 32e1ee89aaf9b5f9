package org.candela.connector.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.candela.marketdata.testkit.LiveRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edge cases that once ended in a wrong candle series, each scripted on the mock Kraken and ending in an
 * exact, bar-for-bar expected series: a minute whose every frame was lost, trades out of order within and
 * across frames, frames of unknown types, and history older than the 720 candles OHLC keeps.
 */
class KrakenEdgeCaseTest {

    static final long T0 = KrakenSessionTest.T0, M = KrakenSessionTest.M;

    MockKraken kraken;
    KrakenConnector connector;
    LiveRecorder host = new LiveRecorder(M);
    Subscription subscription;

    @BeforeEach
    void start() throws Exception {
        kraken = KrakenSessionTest.exchange();
        connector = KrakenSessionTest.connector(kraken, 10, false);
    }

    @AfterEach
    void stop() throws Exception {
        if (subscription != null) subscription.close();
        connector.deactivate();
        kraken.close();
    }

    void subscribe() throws InterruptedException {
        subscription = connector.subscribe("BTC/USD", Timeframe.M1, host);
        host.await(() -> kraken.subscribes.get() == 2 && host.bars().size() == 2, "the subscriptions and the snapshot");
    }

    void assertSameAsExchange() {
        assertEquals(LiveRecorder.candles(kraken.candles), host.candles());
    }

    @Test
    void aMinuteWhoseFramesWereAllLostIsFetchedFromRestWhenTheTradeIdsJump() throws Exception {
        subscribe();
        kraken.pushTrades(new double[] {100, T0 + 2 * M + 1000, 68533.9, 0.5});
        kraken.pushCandle(T0 + 2 * M, 68533.9, 68533.9, 68533.9, 68533.9, 0.5);
        // 12:01: trades 101..103 and their ohlc updates never arrive; the exchange has the candle
        kraken.candle(T0 + 3 * M, 68540.0, 68560.0, 68530.0, 68555.5, 1.25);
        // 12:02: the next trade's id jumps
        kraken.pushTrades(new double[] {104, T0 + 4 * M + 2000, 68556.0, 0.1});
        host.await(() -> host.bars().size() == 5, "the lost candle");
        kraken.pushCandle(T0 + 4 * M, 68556.0, 68556.0, 68556.0, 68556.0, 0.1);
        host.await(() -> host.candles().equals(LiveRecorder.candles(kraken.candles)), "the exchange's series");
        assertSameAsExchange();
    }

    @Test
    void anOhlcUpdateThatSkipsAMinuteFetchesTheSkippedCandle() throws Exception {
        subscribe();
        kraken.pushCandle(T0 + 2 * M, 68533.9, 68541.2, 68530.5, 68540.1, 0.0215);
        kraken.candle(T0 + 3 * M, 68540.1, 68550.0, 68540.0, 68545.0, 0.75); // lost
        kraken.pushCandle(T0 + 4 * M, 68545.0, 68546.0, 68544.0, 68545.5, 0.05);
        host.await(() -> host.candles().equals(LiveRecorder.candles(kraken.candles)), "the exchange's series");
        // a quiet minute (no trades, no candle at the exchange) stays empty: nothing is invented
        int calls = kraken.restCalls.get(); // before the push: the look-up it causes may come at once
        kraken.pushCandle(T0 + 6 * M, 68545.5, 68545.5, 68545.5, 68545.5, 0.01);
        host.await(() -> host.bars().size() == 6 && kraken.restCalls.get() > calls, "the quiet minute's look-up");
        assertSameAsExchange();
        assertTrue(host.bars().indexOf(T0 + 5 * M) < 0, "no candle for the quiet minute");
    }

    @Test
    void theCloseIsTheNewestTradeWhateverOrderTradesArriveIn() throws Exception {
        subscribe();
        List<double[]> trades = new ArrayList<>();
        long t = T0 + 2 * M;
        // sizes exact in binary, so that the sum does not depend on the order of addition
        double[] a = {203, t + 3000, 68540.0, 0.25}, b = {202, t + 2000, 68520.0, 0.125}, c = {201, t + 1000, 68530.0, 0.5};
        double[] older = {200, t + 500, 68510.0, 0.0625}, sameTime = {204, t + 3000, 68545.0, 0.015625};
        kraken.pushTrades(a, b, c);                 // descending ids in one frame
        kraken.pushTrades(older);                   // an older trade in a later frame
        kraken.pushTrades(b);                       // a repeated id counts once
        kraken.pushTrades(sameTime, a);             // same time, higher id: the newest
        trades.addAll(List.of(a, b, c, older, b, sameTime, a));
        Map<Long, double[]> expected = new TreeMap<>(kraken.candles);
        expected.putAll(LiveRecorder.candlesOfTrades(trades, M));
        host.await(() -> host.candles().equals(LiveRecorder.candles(expected)), () -> "the candle the trades make: "
                + LiveRecorder.candles(expected) + ", got " + host.candles());
        assertEquals(68545.0, host.bars().close(2), "the close is trade 204, the newest by (time, id)");
        assertEquals(68510.0, host.bars().open(2), "the open is trade 200, the oldest");
    }

    @Test
    void framesOfUnknownTypesChangeNoCandle() throws Exception {
        subscribe();
        kraken.pushRaw("{\"channel\":\"ohlc\",\"type\":\"delta\",\"data\":[{\"symbol\":\"BTC/USD\",\"open\":1,\"high\":1,\"low\":1,"
                + "\"close\":1,\"trades\":1,\"volume\":1,\"vwap\":1,\"interval_begin\":\"2024-06-03T11:59:00.000000000Z\",\"interval\":1}]}");
        kraken.pushRaw("{\"channel\":\"trade\",\"type\":\"amend\",\"data\":[{\"symbol\":\"BTC/USD\",\"side\":\"buy\",\"price\":1,"
                + "\"qty\":1,\"ord_type\":\"market\",\"trade_id\":999,\"timestamp\":\"2024-06-03T11:59:30.000000Z\"}]}");
        kraken.pushCandle(T0 + 2 * M, 68533.9, 68541.2, 68530.5, 68540.1, 0.0215); // a marker after them
        host.await(() -> host.bars().size() == 3, "the marker candle");
        assertSameAsExchange();
    }

    @Test
    void aPairTheExchangeListsIsNotRefusedBeforeItsListArrives() throws Exception {
        connector.deactivate();
        kraken.extraPairs = "\"SHIBUSD\":{\"altname\":\"SHIBUSD\",\"wsname\":\"SHIB/USD\",\"base\":\"SHIB\",\"quote\":\"ZUSD\",\"status\":\"online\"},";
        kraken.assetPairsDelayMillis = 700;
        kraken.listed.add("SHIB/USD");
        connector = KrakenSessionTest.connector(kraken, 10, true);
        subscription = connector.subscribe("SHIB/USD", Timeframe.M1, host); // the list is still on its way
        host.await(() -> kraken.subscribes.get() == 2 && host.saw("LIVE"), "the SHIB/USD subscriptions");
        assertTrue(connector.symbols().contains("SHIB/USD"));
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> connector.subscribe("NOPE/USD", Timeframe.M1, host));
        assertTrue(refused.getMessage().startsWith("Kraken has no pair 'NOPE/USD'; it offers SHIB/USD, BTC/USD, ETH/USD"), refused.getMessage());
    }

    @Test
    void historyOlderThanTheOhlcWindowIsBuiltFromTrades() throws Exception {
        // 800 minutes of candles: OHLC keeps the last 720; the 80 before come from the Trades endpoint
        kraken.candles.clear();
        long start = T0 - 800 * M;
        List<double[]> trades = new ArrayList<>();
        java.util.Random r = new java.util.Random(7);
        long id = 1;
        for (int i = 0; i < 800; i++) {
            long open = start + i * M;
            if (i % 13 == 5) continue; // a quiet minute: no trades, no candle
            for (int k = 0; k < 1 + r.nextInt(4); k++) {
                double price = 68000 + Math.round(r.nextGaussian() * 1000) / 10.0;
                trades.add(new double[] {id++, open + 1000 + k * 7000 + r.nextInt(5000), price, Math.round(r.nextDouble() * 1e6) / 1e6});
            }
        }
        java.util.SortedMap<Long, double[]> all = LiveRecorder.candlesOfTrades(trades, M);
        kraken.trades.addAll(trades);
        kraken.candles.putAll(all);
        long oldestOhlc = ((TreeMap<Long, double[]>) kraken.candles).keySet().stream().skip(kraken.candles.size() - 720).findFirst().orElseThrow();
        var got = new TreeMap<Long, double[]>();
        List<Long> progress = new ArrayList<>();
        int n = connector.loadHistory(new HistoryRequest("BTC/USD", Timeframe.M1, oldestOhlc, 1000), new org.candela.marketdata.api.BarSink() {
            public void bar(long t, double o, double h, double l, double c, double v) {
                got.put(t, new double[] {o, h, l, c, v});
            }

            public void progress(long reached, long end) {
                assertEquals(oldestOhlc, end);
                progress.add(reached);
            }
        });
        Map<Long, double[]> expected = new TreeMap<>(all.headMap(oldestOhlc));
        assertEquals(expected.size(), n);
        assertEquals(LiveRecorder.candles(expected), LiveRecorder.candles(got));
        assertTrue(kraken.tradeCalls.get() >= 1);
        assertEquals(kraken.tradeCalls.get(), progress.size(), "progress after every page of trades");
        assertEquals(progress.stream().sorted().toList(), progress, "progress only moves forward");

        // a host that wants only what is quick (a chart opening) gets no trade-built page
        int calls = kraken.tradeCalls.get();
        int quick = connector.loadHistory(new HistoryRequest("BTC/USD", Timeframe.M1, oldestOhlc, 1000), new org.candela.marketdata.api.BarSink() {
            public void bar(long t, double o, double h, double l, double c, double v) {
                throw new AssertionError("no bar expected");
            }

            public boolean stopped() {
                return true;
            }
        });
        assertEquals(0, quick);
        assertEquals(calls, kraken.tradeCalls.get(), "not one Trades request");

        // an interrupted thread (the user cancelled) stops before its next request
        Thread.currentThread().interrupt();
        try {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> connector.loadHistory(
                    new HistoryRequest("BTC/USD", Timeframe.M1, oldestOhlc, 1000), (t, o, h, l, c, v) -> { }));
            assertTrue(e.getMessage().contains("interrupted") || e.getMessage().contains("cancelled"), e.getMessage());
        } finally {
            Thread.interrupted();
        }
        assertEquals(calls, kraken.tradeCalls.get(), "no request after the cancel");
    }
}
