package org.candela.connector.replay;

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

class ReplayConnectorTest {

    static ReplayConnector connector(double speed, int historyBars) {
        return connector(speed, historyBars, "");
    }

    static ReplayConnector connector(double speed, int historyBars, String csvDir) {
        ReplayConnector c = new ReplayConnector();
        c.configure(config(speed, historyBars, csvDir), java.util.Map.of());
        return c;
    }

    static ReplayConfig config(double speed, int historyBars, String csvDir) {
        return new ReplayConfig() {
            public Class<? extends Annotation> annotationType() {
                return ReplayConfig.class;
            }

            public double speed() {
                return speed;
            }

            public int historyBars() {
                return historyBars;
            }

            public int tickMillis() {
                return 20;
            }

            public String csvDir() {
                return csvDir;
            }

            public int csvHistoryPercent() {
                return 50;
            }
        };
    }

    record Bar(long t, double o, double h, double l, double c, double v) {
    }

    static List<Bar> load(ReplayConnector c, String symbol, Timeframe tf, long end, int max) {
        List<Bar> out = new ArrayList<>();
        c.loadHistory(new HistoryRequest(symbol, tf, end, max), (t, o, h, l, cl, v) -> out.add(new Bar(t, o, h, l, cl, v)));
        return out;
    }

    @Test
    void historyIsAHundredThousandPlausibleMinutes() {
        ReplayConnector c = connector(1, 100_000);
        List<Bar> bars = load(c, "BTC/USD", Timeframe.M1, Long.MAX_VALUE, 200_000);
        assertEquals(100_000, bars.size());
        double maxMove = 0, totalVolume = 0, highest = 0, lowest = Double.MAX_VALUE, maxVolume = 0;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            assertTrue(b.h >= Math.max(b.o, b.c) && b.l <= Math.min(b.o, b.c) && b.v > 0, "valid bar " + i);
            if (i > 0) {
                assertEquals(bars.get(i - 1).t + 60_000, b.t, "one bar per minute");
                maxMove = Math.max(maxMove, Math.abs(Math.log(b.c / bars.get(i - 1).c)));
            }
            totalVolume += b.v;
            highest = Math.max(highest, b.h);
            lowest = Math.min(lowest, b.l);
            maxVolume = Math.max(maxVolume, b.v);
        }
        assertTrue(highest / lowest < 1.8, "70 days of BTC within a plausible range: " + lowest + ".." + highest);
        assertTrue(maxMove > 0.002 && maxMove < 0.08, "largest one-minute move is plausible: " + maxMove);
        double mean = totalVolume / bars.size();
        assertTrue(mean > 3 && mean < 20, "BTC volume per minute: " + mean);
        assertTrue(maxVolume < mean * 60, "the busiest minute is busy, not absurd: " + maxVolume + " vs mean " + mean);
        assertEquals(bars.get(500), load(c, "BTC/USD", Timeframe.M1, Long.MAX_VALUE, 200_000).get(500), "deterministic");
    }

    @Test
    void aFixedEndGivesTheSameHistoryOnEveryRun() {
        ReplayConnector a = connector(1, 2_000), b = connector(1, 2_000);
        a.endAt("2026-11-30T16:00Z");
        b.endAt("2026-11-30T16:00:30Z"); // within the same minute
        List<Bar> first = load(a, "SOL/USD", Timeframe.M1, Long.MAX_VALUE, 5_000), second = load(b, "SOL/USD", Timeframe.M1, Long.MAX_VALUE, 5_000);
        assertEquals(2_000, first.size());
        assertEquals(java.time.Instant.parse("2026-11-30T15:59:00Z").toEpochMilli(), first.get(1_999).t, "the last bar opens a minute before the end");
        assertEquals(first, second, "the same bars from two connectors");
        b.endAt(""); // back to now: a history ending at this minute
        long now = Math.floorDiv(System.currentTimeMillis(), 60_000L) * 60_000L;
        long last = load(b, "SOL/USD", Timeframe.M1, Long.MAX_VALUE, 5_000).get(1_999).t;
        assertTrue(last >= now - 120_000 && last <= now, "ends now: " + last + " vs " + now);
        assertThrows(java.time.format.DateTimeParseException.class, () -> a.endAt("yesterday"));
    }

    @Test
    void pagesAndTimeframesAgreeWithTheMinutes() {
        ReplayConnector c = connector(1, 3_000);
        List<Bar> minutes = load(c, "ETH/USD", Timeframe.M1, Long.MAX_VALUE, 5_000);
        long end = minutes.get(2_000).t;
        List<Bar> page = load(c, "ETH/USD", Timeframe.M1, end, 100);
        assertEquals(100, page.size());
        assertEquals(minutes.get(1_999), page.get(99), "the page ends just before the end time");

        List<Bar> fives = load(c, "ETH/USD", Timeframe.M5, Timeframe.M5.openTime(end), 10);
        Bar last = fives.get(fives.size() - 1);
        int first = (int) ((last.t - minutes.get(0).t) / 60_000);
        double volume = 0, high = Double.NEGATIVE_INFINITY;
        for (int i = first; i < first + 5; i++) {
            volume += minutes.get(i).v;
            high = Math.max(high, minutes.get(i).h);
        }
        assertEquals(minutes.get(first).o, last.o);
        assertEquals(minutes.get(first + 4).c, last.c);
        assertEquals(high, last.h);
        assertEquals(volume, last.v, 1e-9);
    }

    @Test
    void unknownSymbolsAndSecondTimeframesAreClearErrors() {
        ReplayConnector c = connector(1, 1_000);
        var e = assertThrows(IllegalArgumentException.class, () -> load(c, "NOPE", Timeframe.M1, Long.MAX_VALUE, 10));
        assertTrue(e.getMessage().contains("BTC/USD"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> load(c, "BTC/USD", Timeframe.S1, Long.MAX_VALUE, 10));
    }

    @Test
    void liveReplayPlaysTradesIntoCandlesAndStopsItsThreadOnClose() throws Exception {
        ReplayConnector c = connector(600, 1_000); // a replayed minute every 100 ms
        List<Bar> history = load(c, "BTC/USD", Timeframe.M1, Long.MAX_VALUE, 1_000);
        List<double[]> trades = new CopyOnWriteArrayList<>();
        List<Bar> bars = new CopyOnWriteArrayList<>();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        Subscription s = c.subscribe("BTC/USD", Timeframe.M1, new LiveListener() {
            public void onBar(long t, double o, double h, double l, double cl, double v) {
                bars.add(new Bar(t, o, h, l, cl, v));
            }

            public void onTrade(long t, double p, double size) {
                trades.add(new double[] {t, p, size});
            }

            public void onState(ConnectionState st, String detail) {
                states.add(st);
            }
        });
        long deadline = System.currentTimeMillis() + 10_000;
        while (bars.size() < 3 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        s.close();
        assertEquals(0, c.activeFeeds(), "no replay thread left");
        assertTrue(bars.size() >= 3, "three replayed minutes: " + bars.size());
        assertEquals(history.get(history.size() - 1).t + 60_000, bars.get(0).t, "live continues after history");
        Bar first = bars.get(0);
        double high = Double.NEGATIVE_INFINITY, volume = 0;
        for (double[] t : trades) {
            if ((long) t[0] / 60_000 * 60_000 == first.t) {
                high = Math.max(high, t[1]);
                volume += t[2];
            }
        }
        assertEquals(first.h, high, "the OHLC update agrees with its trades");
        assertEquals(first.v, volume, 1e-9);
        assertEquals(ConnectionState.LIVE, states.get(0));
        assertEquals(ConnectionState.CLOSED, states.get(states.size() - 1));
    }

    @Test
    void deactivateClosesEveryFeed() throws Exception {
        ReplayConnector c = connector(1, 200);
        LiveListener quiet = new LiveListener() {
            public void onBar(long t, double o, double h, double l, double cl, double v) {
            }

            public void onTrade(long t, double p, double s) {
            }

            public void onState(ConnectionState s, String d) {
            }
        };
        c.subscribe("BTC/USD", Timeframe.M1, quiet);
        c.subscribe("SOL/USD", Timeframe.M5, quiet);
        assertEquals(2, c.activeFeeds());
        c.deactivate();
        assertEquals(0, c.activeFeeds());
    }

    @Test
    void aBadValueInTheCfgLeavesTheReplayFailedWithTheReason() {
        ReplayConnector c = connector(1, 1000);
        c.configure(config(1, 1000, ""), java.util.Map.of("speed", "NaN", "historyBars", "1000"));
        assertEquals(org.candela.marketdata.api.ConnectionState.FAILED, c.state());
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> load(c, "BTC/USD", Timeframe.M1, System.currentTimeMillis(), 10));
        assertEquals("replay cannot be used: etc/org.candela.connector.replay.cfg: speed = NaN is not a number from 0.01 to 10000.0", e.getMessage());
        c.configure(config(1, 1000, ""), java.util.Map.of("speed", "60"));
        assertEquals(org.candela.marketdata.api.ConnectionState.LIVE, c.state(), "a fixed file makes it usable again");
        assertEquals(10, load(c, "BTC/USD", Timeframe.M1, System.currentTimeMillis(), 10).size());
    }
}
