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
     * A line's price at a bar is where the chart draws it: straight from bar to bar. Bars at minutes 0, 1, 2, then
     * (a quiet market) 10, 11, 12: a line from minute 1 at 100 to minute 10 at 104 spans two bar steps, so it
     * rises 2 a bar — 106 at minute 11, 108 at minute 12 — where a line straight in time would give 104.44 and
     * 104.89; past the last bar it goes on by whole bars of the timeframe.
     */
    @Test
    void aLineIsStraightFromBarToBarAsTheChartDrawsIt() {
        long m = 60_000;
        org.candela.chart.data.BarStore bars = new org.candela.chart.data.BarStore();
        for (long minute : new long[] {0, 1, 2, 10, 11, 12}) bars.append(minute * m, 1, 1, 1, 1, 1);
        AlertCondition.Line line = new AlertCondition.Line(m, 100, 10 * m, 104);
        assertEquals(100, line.at(bars, 1, m), 1e-9);
        assertEquals(102, line.at(bars, 2, m), 1e-9, "half-way in bars: minute 2 is one step of two");
        assertEquals(104, line.at(bars, 3, m), 1e-9);
        assertEquals(106, line.at(bars, 4, m), 1e-9);
        assertEquals(108, line.at(bars, 5, m), 1e-9);
        assertEquals(104 + 4.0 / 9 * 2, line.at(12 * m), 1e-9, "straight in time it would be lower");
        AlertCondition.Line future = new AlertCondition.Line(11 * m, 50, 14 * m, 56); // its second point two bars past the last
        assertEquals(52, future.at(bars, 5, m), 1e-9, "minute 14 is index 7: 6 over 3 bars, 2 a bar");
        AlertCondition c = AlertCondition.parse("close crosses line(1970-01-01T00:01Z 100, 1970-01-01T00:10Z 104)", INSTALLED);
        assertEquals(106, c.right().value(bars, 4, null, m), 1e-9, "the operand reads the line the same way");
    }

    /** A line through two points, extended both ways; crosses in either direction; a level dragged rewrites the text. */
    @Test
    void linesLevelsAndCrossesEitherWay() {
        AlertCondition c = AlertCondition.parse("close crosses line(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)", INSTALLED);
        AlertCondition.Line line = c.right().line();
        long ten = java.time.Instant.parse("2026-11-30T10:00:00Z").toEpochMilli();
        assertEquals(20400, line.at(ten), 1e-9);
        assertEquals(20450, line.at(ten + 3_600_000), 1e-9, "a quarter of the way: 200 over 4 hours");
        assertEquals(20700, line.at(ten + 6 * 3_600_000), 1e-9, "extended past its second point");
        assertEquals("close crosses line(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)", c.left().text() + " crosses " + c.right().text());
        assertEquals(AlertCondition.Op.CROSSES, c.op());
        assertTrue(c.holds(1, 2, 3, 2), "up through it");
        assertTrue(c.holds(3, 2, 1, 2), "down through it");
        assertTrue(!c.holds(3, 2, 3, 2) && !c.holds(Double.NaN, 2, 3, 2), "no cross, or no bar before");
        AlertCondition level = AlertCondition.parse("close crosses above 21450", INSTALLED);
        AlertCondition moved = level.withLevel(new AlertCondition.Operand(null, 21500.5, null, null, 0));
        assertEquals("close crosses above 21500.5", moved.text());
        assertEquals(21500.5, moved.level().number());
        assertNull(AlertCondition.parse("close crosses above sma(5)", INSTALLED).level(), "no level to drag");
        var e = assertThrows(IllegalArgumentException.class, () -> AlertCondition.parse("close crosses line(2026-11-30T10:00Z 1)", INSTALLED));
        assertTrue(e.getMessage().contains("write a line as line(TIME PRICE, TIME PRICE)"), e.getMessage());
    }

    /**
     * A line made on a log scale is straight in log price: half-way from 100 to 400 it is at 200 (their geometric
     * mean), not 250; a quarter of the way, 100·√2; past its second point 800 a whole step on. A drag multiplies both
     * points by as much as the pointer's price, so its slope on a log scale stays; a straight one moves by the
     * difference. Its text says log, and reads back the same.
     */
    @Test
    void aLineMadeOnALogScaleIsStraightInLogPrice() {
        long m = 60_000;
        org.candela.chart.data.BarStore bars = new org.candela.chart.data.BarStore();
        for (int minute = 0; minute < 30; minute++) bars.append(minute * m, 1, 1, 1, 1, 1);
        AlertCondition c = AlertCondition.parse("close crosses line(1970-01-01T00:02Z 100, 1970-01-01T00:12Z 400, log)", INSTALLED);
        AlertCondition.Line line = c.right().line();
        assertTrue(line.log());
        assertEquals(200, line.at(bars, 7, m), 1e-9);
        assertEquals(100 * Math.sqrt(2), line.at(bars, 4.5, m), 1e-9);
        assertEquals(800, line.at(bars, 17, m), 1e-9);
        assertEquals(200, c.right().value(bars, 7, null, m), 1e-9, "the operand reads it the same way");
        assertEquals(250, new AlertCondition.Line(2 * m, 100, 12 * m, 400).at(bars, 7, m), 1e-9, "straight in price");
        assertEquals("line(1970-01-01T00:02Z 100, 1970-01-01T00:12Z 400, log)", line.text());
        assertEquals(line, AlertCondition.parse("close > " + line.text(), INSTALLED).right().line());

        AlertCondition.Line dragged = line.moved(200, 300);
        assertEquals(150, dragged.p1(), 1e-9);
        assertEquals(600, dragged.p2(), 1e-9);
        assertEquals(300, dragged.at(bars, 7, m), 1e-9, "the point under the pointer went where it was dropped");
        AlertCondition.Line straight = new AlertCondition.Line(2 * m, 100, 12 * m, 400).moved(250, 300);
        assertEquals(150, straight.p1(), 1e-9);
        assertEquals(450, straight.p2(), 1e-9);

        var e = assertThrows(IllegalArgumentException.class,
                () -> AlertCondition.parse("close > line(1970-01-01T00:02Z -5, 1970-01-01T00:12Z 400, log)", INSTALLED));
        assertTrue(e.getMessage().contains("above 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AlertCondition.parse("close > line(1970-01-01T00:02Z 5, 1970-01-01T00:12Z 400, ln)", INSTALLED));
        assertTrue(e.getMessage().contains("line(…, …, log)"), e.getMessage());
    }
}
