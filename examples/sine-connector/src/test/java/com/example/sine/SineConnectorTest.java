package com.example.sine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.junit.jupiter.api.Test;

/** What every connector should test: history pages that fit together, live data, and no thread left behind. */
class SineConnectorTest {

    static SineConnector connector() {
        SineConnector c = new SineConnector();
        c.activate(new SineConfig() {
            public int periodMinutes() {
                return 240;
            }

            public int tickMillis() {
                return 20;
            }

            public Class<? extends Annotation> annotationType() {
                return SineConfig.class;
            }
        });
        return c;
    }

    @Test
    void historyPagesAreConsistentAndFitTogether() {
        SineConnector c = connector();
        List<long[]> times = new ArrayList<>();
        long end = 1_717_416_000_000L;
        for (int page = 0; page < 3; page++) {
            long[] first = {Long.MAX_VALUE};
            c.loadHistory(new HistoryRequest("SINE/USD", Timeframe.M1, end, 100), (t, o, h, l, cl, v) -> {
                assertTrue(h >= Math.max(o, cl) && l <= Math.min(o, cl) && v > 0, "a consistent bar at " + t);
                times.add(new long[] {t});
                first[0] = Math.min(first[0], t);
            });
            end = first[0];
        }
        assertEquals(300, times.size());
        for (int i = 1; i < 100; i++) assertEquals(60_000, times.get(i)[0] - times.get(i - 1)[0], "oldest first, a minute apart");
        assertEquals(1_717_416_000_000L - 60_000, times.get(99)[0], "the last bar opens before the end");
        assertThrows(IllegalArgumentException.class, () -> c.loadHistory(new HistoryRequest("BTC/USD", Timeframe.M1, 0, 1), (t, o, h, l, cl, v) -> { }));
    }

    @Test
    void liveTradesFlowAndDeactivateStopsTheThread() throws Exception {
        SineConnector c = connector();
        List<Double> prices = new CopyOnWriteArrayList<>();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        Subscription s = c.subscribe("SINE/USD", Timeframe.M1, new LiveListener() {
            public void onBar(long t, double o, double h, double l, double cl, double v) {
            }

            public void onTrade(long t, double price, double size) {
                prices.add(price);
            }

            public void onState(ConnectionState state, String detail) {
                states.add(state);
            }
        });
        long deadline = System.currentTimeMillis() + 5_000;
        while (prices.size() < 5 && System.currentTimeMillis() < deadline) Thread.sleep(10);
        assertTrue(prices.size() >= 5, "trades arrive");
        assertTrue(prices.stream().allMatch(p -> p > 89 && p < 111), prices.toString());
        c.deactivate();
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("sine-feed") && t.isAlive()),
                "no feed thread after deactivate");
        assertEquals(List.of(ConnectionState.LIVE, ConnectionState.CLOSED), states);
        s.close();
    }
}
