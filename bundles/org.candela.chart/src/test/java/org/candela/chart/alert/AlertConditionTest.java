package org.candela.chart.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.candela.indicator.api.Indicator;
import org.candela.indicators.builtin.MacdIndicator;
import org.candela.indicators.builtin.RsiIndicator;
import org.candela.indicators.builtin.SmaIndicator;
import org.junit.jupiter.api.Test;

class AlertConditionTest {

    static final List<Indicator> INSTALLED = List.of(new SmaIndicator(), new RsiIndicator(), new MacdIndicator());

    @Test
    void theTextFormReadsOperandsAndOperators() {
        AlertCondition a = AlertCondition.parse(" close crosses above sma(50) ", INSTALLED);
        assertEquals("close crosses above sma(50)", a.text());
        assertEquals("close", a.left().field());
        assertEquals(AlertCondition.Op.CROSSES_ABOVE, a.op());
        assertEquals("sma(50)", a.right().text());
        AlertCondition r = AlertCondition.parse("rsi(14) > 70", INSTALLED);
        assertEquals(AlertCondition.Op.GT, r.op());
        assertEquals(70, r.right().number());
        assertNull(r.right().indicator());
        AlertCondition m = AlertCondition.parse("macd(12,26,9).hist crosses below 0", INSTALLED);
        assertEquals("macd(12,26,9).histogram", m.left().text(), "a prefix of the output's key");
        assertEquals(2, m.left().output());
        assertEquals(AlertCondition.Op.GE, AlertCondition.parse("close >= 100.5", INSTALLED).op());
        assertEquals(AlertCondition.Op.LE, AlertCondition.parse("sma(5) <= sma(20)", INSTALLED).op());
        assertEquals(2, AlertCondition.parseList("close crosses above sma(20); rsi(14) > 70;", INSTALLED).size());
    }

    @Test
    void aConditionThatCannotBeEvaluatedIsAnErrorWhenWritten() {
        String[][] cases = {
            {"close crosses above frob(3)", "unknown indicator 'frob'"},
            {"rsi(14) over 70", "is not an alert condition"},
            {"price > 70", "'price' is not a price (open, high, low, close, volume), a number or an indicator"},
            {"macd(12,26,9).foo > 0", "has no output 'foo'; it has macd, signal, histogram"},
            {"rsi(0) > 70", "rsi.length must be between 1 and 1000, was 0"},
            {"> 70", "is not an alert condition"},
        };
        for (String[] c : cases) {
            var e = assertThrows(IllegalArgumentException.class, () -> AlertCondition.parse(c[0], INSTALLED), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " → " + e.getMessage());
        }
    }

    /** Crosses and comparisons against values computed here, independently: a moving average written out by hand. */
    @Test
    void crossesAndComparisonsHoldWhereTheDefinitionSays() {
        int n = 400;
        double[] close = new double[n], sma = new double[n];
        SplittableRandom r = new SplittableRandom(3);
        double p = 100;
        for (int i = 0; i < n; i++) {
            p += r.nextDouble(-1, 1);
            close[i] = p;
        }
        for (int i = 0; i < n; i++) {
            if (i < 4) {
                sma[i] = Double.NaN;
                continue;
            }
            double sum = 0;
            for (int k = i - 4; k <= i; k++) sum += close[k];
            sma[i] = sum / 5;
        }
        AlertCondition above = AlertCondition.parse("close crosses above sma(5)", INSTALLED);
        AlertCondition below = AlertCondition.parse("close crosses below sma(5)", INSTALLED);
        AlertCondition gt = AlertCondition.parse("close > sma(5)", INSTALLED);
        List<Integer> ups = new ArrayList<>(), downs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean defined = i >= 5;
            boolean up = defined && close[i] > sma[i] && close[i - 1] <= sma[i - 1];
            boolean down = defined && close[i] < sma[i] && close[i - 1] >= sma[i - 1];
            assertEquals(up, above.holds(close, sma, i), "crosses above at " + i);
            assertEquals(down, below.holds(close, sma, i), "crosses below at " + i);
            assertEquals(i >= 4 && close[i] > sma[i], gt.holds(close, sma, i), "> at " + i);
            if (up) ups.add(i);
            if (down) downs.add(i);
        }
        assertTrue(ups.size() > 10 && downs.size() > 10, "a random walk crosses its average often: " + ups.size() + " / " + downs.size());
        for (int k = 1; k < ups.size(); k++) {
            int a = ups.get(k - 1), b = ups.get(k);
            assertTrue(downs.stream().anyMatch(d -> d > a && d <= b), "between two crosses above, one below: " + a + ".." + b);
        }
    }

    /**
     * Evaluating a condition live allocates nothing per tick: 100,000 ticks stay under 16 KB (one object a tick
     * would be 1.6 MB; what remains is the JVM's own, a cold JIT's, as ChartSessionTest allows for the lanes).
     */
    @Test
    void aTickAllocatesNothing() {
        AlertState live = new AlertState(AlertCondition.parse("close crosses above sma(5)", INSTALLED));
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int t = 0; t < 10_000; t++) live.update(t / 10, t % 7, 3); // warm up
        long before = threads.getThreadAllocatedBytes(id);
        int fired = 0;
        for (int t = 0; t < 100_000; t++) if (live.update(1_000 + t / 10, t % 7, 3)) fired++;
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 16_384, allocated + " bytes for 100,000 ticks");
        assertTrue(fired > 0);
    }

    /** Tick by tick, the live state gives on each bar's last tick what the history gives for that bar. */
    @Test
    void theLiveStateAgreesWithTheHistoryBarByBar() {
        AlertCondition above = AlertCondition.parse("close crosses above sma(5)", INSTALLED);
        AlertState live = new AlertState(above);
        SplittableRandom r = new SplittableRandom(9);
        int n = 300;
        double[] a = new double[n], b = new double[n];
        for (int i = 0; i < n; i++) {
            double level = 100 + Math.sin(i / 6.0) * 3;
            for (int tick = 0; tick < 5; tick++) { // the forming bar moves; its last tick is its close
                a[i] = level + r.nextDouble(-2, 2);
                b[i] = 100 + Math.sin((i - 2) / 6.0) * 3;
                boolean now = live.update(i * 60_000L, a[i], b[i]);
                if (tick == 4) assertEquals(above.holds(a, b, i), now, "bar " + i);
            }
        }
    }
}
