package org.candela.connector.coinbase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.candela.marketdata.api.Timeframe;
import org.candela.marketdata.testkit.LiveRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edge cases that once ended in a wrong candle series, scripted on the mock Coinbase, each ending in an
 * exact, bar-for-bar expected series: trades out of order, candle events of unknown types and candle fields
 * of the wrong JSON type, and a 5-minute bucket whose every update was lost.
 */
class CoinbaseEdgeCaseTest {

    static final long M5 = 300_000;

    final CoinbaseSessionTest session = new CoinbaseSessionTest();
    MockCoinbase coinbase;

    @BeforeEach
    void start() throws Exception {
        session.start();
        coinbase = session.coinbase;
    }

    @AfterEach
    void stop() throws Exception {
        session.stop();
    }

    @Test
    void theCloseIsTheNewestTradeWhateverOrderTradesArriveIn() throws Exception {
        session.subscribe("BTC/USD");
        session.await(() -> coinbase.subscribes.get() == 2, "the subscriptions");
        long t = session.now;
        double[] a = {903, t + 3000, 107.0, 0.25}, b = {902, t + 2000, 105.0, 0.125}, c = {901, t + 1000, 106.0, 0.5};
        double[] older = {900, t + 500, 104.0, 0.0625}, sameTime = {904, t + 3000, 107.5, 0.015625};
        coinbase.pushTrades(a, b, c);
        coinbase.pushTrades(older, b);
        coinbase.pushTrades(sameTime);
        Map<Long, double[]> expected = LiveRecorder.candlesOfTrades(List.of(a, b, c, older, b, sameTime), CoinbaseSessionTest.M);
        session.host.await(() -> session.host.candles().equals(LiveRecorder.candles(expected)), () -> "the trades' candle: " + session.host.candles());
    }

    @Test
    void candleEventsOfUnknownTypesAreIgnoredAndALostBucketIsFetchedFromRest() throws Exception {
        LiveRecorder host = new LiveRecorder(M5);
        long t0 = session.now / M5 * M5 - 10 * M5;
        coinbase.candles.clear();
        session.subscription = session.connector.subscribe("BTC/USD", Timeframe.M5, host);
        host.await(() -> coinbase.subscribes.get() == 3, "heartbeats, market_trades and candles");
        coinbase.pushCandle("snapshot", t0, new double[] {100, 102, 99, 101, 5}, true);
        coinbase.pushCandle("delta", t0 + M5, new double[] {1, 1, 1, 1, 1}, false);     // never a type of Coinbase's
        coinbase.pushCandle("correction", t0, new double[] {1, 1, 1, 1, 1}, false);
        coinbase.pushCandle("update", t0 + M5, new double[] {101, 103, 100, 102, 6}, true);
        coinbase.candle(t0 + 2 * M5, 102, 104, 101, 103.5, 7);                             // every update of it lost
        coinbase.pushCandle("update", t0 + 3 * M5, new double[] {103.5, 104, 103, 103.25, 1}, true);
        coinbase.pushRaw("candles", "[{\"type\":\"update\",\"candles\":[{\"start\":" + (t0 + 4 * M5) / 1000 + ",\"high\":\"1\",\"low\":\"1\","
                + "\"open\":\"1\",\"close\":\"1\",\"volume\":\"1\",\"product_id\":\"BTC-USD\"}]}]");      // start as a number: wrong type
        coinbase.pushCandle("update", t0 + 3 * M5, new double[] {103.5, 104.5, 103, 104.25, 2}, true); // a marker after them
        Map<Long, double[]> expected = new TreeMap<>(coinbase.candles);
        host.await(() -> host.candles().equals(LiveRecorder.candles(expected)), () -> "the exchange's buckets: " + host.candles());
        assertEquals(4, host.bars().size());
    }
}
