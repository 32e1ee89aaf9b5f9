package org.candela.chart.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.junit.jupiter.api.Test;

/**
 * Alerts evaluated tick by tick on a forming bar, as a chart's drain evaluates them, against answers worked out
 * here: the close and a 5-bar average written out by hand, at every tick.
 */
class LiveAlertTest {

    static final int BARS = 300, TICKS = 6;
    static final long MINUTE = 60_000;

    /** A random walk, tick by tick: what each tick sets the forming bar's close to. */
    static double[][] walk(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] ticks = new double[BARS][TICKS];
        double p = 100;
        for (int i = 0; i < BARS; i++) {
            for (int t = 0; t < TICKS; t++) {
                p += r.nextDouble(-0.6, 0.6);
                ticks[i][t] = p;
            }
        }
        return ticks;
    }

    /** The average of the last five closes, the forming bar's being {@code now}; NaN before there are five. */
    static double sma5(double[][] ticks, int i, double now) {
        if (i < 4) return Double.NaN;
        double sum = now;
        for (int k = i - 4; k < i; k++) sum += ticks[k][TICKS - 1];
        return sum / 5;
    }

    /** Feeds every tick to {@code alert}; returns the bars it fired on, by index. */
    static List<Integer> feed(double[][] ticks, Alert alert, boolean[] heldAtSomeTick) {
        BarStore bars = new BarStore();
        DoubleColumn sma = new DoubleColumn(16);
        LiveAlert live = new LiveAlert(alert, AlertCondition.parse(alert.condition(), AlertConditionTest.INSTALLED), null, sma, () -> true, MINUTE);
        List<Integer> fired = new ArrayList<>();
        for (int i = 0; i < BARS; i++) {
            for (int t = 0; t < TICKS; t++) {
                double c = ticks[i][t];
                if (t == 0) bars.append(i * MINUTE, c, c, c, c, 1);
                else bars.set(i, i * MINUTE, bars.open(i), Math.max(bars.high(i), c), Math.min(bars.low(i), c), c, 1);
                sma.set(i, sma5(ticks, i, c));
                if (heldAtSomeTick != null && i >= 5) {
                    double prevClose = ticks[i - 1][TICKS - 1], prevSma = sma5(ticks, i - 1, prevClose);
                    heldAtSomeTick[i] |= c > sma5(ticks, i, c) && prevClose <= prevSma;
                }
                Firing f = live.evaluate(bars, 0);
                if (f != null) {
                    assertEquals(alert, f.alert());
                    fired.add((int) (f.bar() / MINUTE));
                }
            }
        }
        return fired;
    }

    static Alert alert(Alert.Mode mode, long expires) {
        return new Alert("a1", "replay", "BTC/USD", "1m", "close crosses above sma(5)", mode, expires, true, "");
    }

    @Test
    void oncePerBarFiresOnEachBarWhereTheCrossHeldAtSomeTickAndOnlyOnce() {
        double[][] ticks = walk(5);
        boolean[] held = new boolean[BARS];
        List<Integer> fired = feed(ticks, alert(Alert.Mode.ONCE_PER_BAR, 0), held);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < BARS; i++) if (held[i]) expected.add(i);
        assertTrue(expected.size() > 10, "the walk crosses its average: " + expected.size());
        assertEquals(expected, fired);
    }

    @Test
    void onBarCloseFiresExactlyWhereTheHistorySaysTheClosedBarHeld() {
        double[][] ticks = walk(8);
        List<Integer> fired = feed(ticks, alert(Alert.Mode.ON_BAR_CLOSE, 0), null);
        double[] close = new double[BARS], sma = new double[BARS];
        for (int i = 0; i < BARS; i++) {
            close[i] = ticks[i][TICKS - 1];
            sma[i] = sma5(ticks, i, close[i]);
        }
        AlertCondition c = AlertCondition.parse("close crosses above sma(5)", AlertConditionTest.INSTALLED);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < BARS - 1; i++) if (c.holds(close, sma, i)) expected.add(i); // the last bar never closed
        assertTrue(expected.size() > 10);
        assertEquals(expected, fired);
    }

    @Test
    void onceFiresOnceAndIsDone() {
        double[][] ticks = walk(5);
        boolean[] held = new boolean[BARS];
        List<Integer> fired = feed(ticks, alert(Alert.Mode.ONCE, 0), held);
        int first = 0;
        while (!held[first]) first++;
        assertEquals(List.of(first), fired);
    }

    @Test
    void anExpiredAlertFiresNoMore() {
        Alert a = alert(Alert.Mode.ONCE_PER_BAR, 1_000);
        LiveAlert live = new LiveAlert(a, AlertCondition.parse("close > 1", AlertConditionTest.INSTALLED), null, null, () -> true, MINUTE);
        BarStore bars = new BarStore();
        bars.append(0, 5, 5, 5, 5, 1);
        assertEquals(5, live.evaluate(bars, 999).close(), "before it expires, it fires");
        bars.append(MINUTE, 6, 6, 6, 6, 1);
        assertNull(live.evaluate(bars, 1_000));
        assertTrue(live.expired() && live.done());
    }

    @Test
    void nothingIsEvaluatedUntilTheIndicatorsCaughtUp() {
        boolean[] settled = {false};
        Alert a = alert(Alert.Mode.ONCE_PER_BAR, 0);
        DoubleColumn sma = new DoubleColumn(4);
        LiveAlert live = new LiveAlert(a, AlertCondition.parse("close > sma(5)", AlertConditionTest.INSTALLED), null, sma, () -> settled[0], MINUTE);
        BarStore bars = new BarStore();
        bars.append(0, 5, 5, 5, 5, 1);
        sma.set(0, 4);
        assertNull(live.evaluate(bars, 0), "the indicator is still computing");
        settled[0] = true;
        Firing f = live.evaluate(bars, 0);
        assertEquals(5, f.left());
        assertEquals(4, f.right());
        assertFalse(live.done());
    }

    /**
     * Evaluating allocates nothing until an alert fires: 100,000 ticks stay under 16 KB (one object a tick would
     * be 1.6 MB; what remains is the JVM's own, a cold JIT's, as ChartSessionTest allows for the lanes).
     */
    @Test
    void aTickAllocatesNothing() {
        LiveAlert live = new LiveAlert(alert(Alert.Mode.ONCE_PER_BAR, 0), AlertCondition.parse("close crosses below 0",
                AlertConditionTest.INSTALLED), null, null, () -> true, MINUTE);
        BarStore bars = new BarStore(200_000);
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int t = 0; t < 10_000; t++) tick(bars, live, t); // warm up
        long before = threads.getThreadAllocatedBytes(id);
        for (int t = 10_000; t < 110_000; t++) tick(bars, live, t);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 16_384, allocated + " bytes for 100,000 ticks");
    }

    private static void tick(BarStore bars, LiveAlert live, int t) {
        int bar = t / 10;
        double c = 100 + t % 7;
        if (t % 10 == 0) bars.append(bar * MINUTE, c, c, c, c, 1);
        else bars.set(bar, bar * MINUTE, c, c, c, c, 1);
        assertNull(live.evaluate(bars, 0));
    }

    @Test
    void aFiringIsOneLineOfJson() {
        Firing f = new Firing(new Alert("x", "replay", "BTC/USD", "1m", "close crosses \"21450\"", Alert.Mode.ONCE, 0, true, ""),
                0, 60_000, 21451.5, 21451.5, 21450);
        assertEquals("{\"alert\":\"close crosses \\\"21450\\\"\",\"id\":\"x\",\"connector\":\"replay\",\"symbol\":\"BTC/USD\","
                + "\"timeframe\":\"1m\",\"mode\":\"once\",\"bar\":\"1970-01-01T00:00:00Z\",\"at\":\"1970-01-01T00:01:00Z\","
                + "\"close\":21451.5,\"left\":21451.5,\"right\":21450}", f.json());
    }
}
