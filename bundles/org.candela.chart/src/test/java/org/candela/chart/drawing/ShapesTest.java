package org.candela.chart.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.candela.chart.data.BarStore;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.ShapeSink;
import org.junit.jupiter.api.Test;

/**
 * What the view may skip: a drawing whose shapes lie wholly outside the times and prices it shows; and where
 * the shapes' times stand among the bars, kept while the bars' times hold.
 */
class ShapesTest {

    static final long FROM = 1_000, TO = 2_000;
    static final double LOW = 100, HIGH = 200;

    @Test
    void aLevelOutsideThePricesShownIsSkippedWhereverItIs() {
        Shapes below = new Shapes();
        below.line(0, 50, 0, 50, 0xFFFFFFFF, 1, LineStyle.SOLID, true, true); // hline(50), across all time
        assertFalse(below.mayShow(FROM, TO, LOW, HIGH));
        Shapes inside = new Shapes();
        inside.line(0, 150, 0, 150, 0xFFFFFFFF, 1, LineStyle.SOLID, true, true);
        assertTrue(inside.mayShow(FROM, TO, LOW, HIGH), "across all time, at a price shown");
    }

    @Test
    void extendedLinesReachTheTimesTheyRunTowards() {
        Shapes rayBefore = new Shapes();
        rayBefore.line(100, 120, 200, 130, 0xFFFFFFFF, 1, LineStyle.SOLID, false, true); // sloped, runs on to the right
        assertTrue(rayBefore.mayShow(FROM, TO, LOW, HIGH), "a ray started before the view runs into it");
        Shapes rayAfter = new Shapes();
        rayAfter.line(3_000, 120, 3_100, 130, 0xFFFFFFFF, 1, LineStyle.SOLID, false, true);
        assertFalse(rayAfter.mayShow(FROM, TO, LOW, HIGH), "one that starts after the view never comes back to it");
        Shapes segment = new Shapes();
        segment.line(100, 120, 200, 130, 0xFFFFFFFF, 1, LineStyle.SOLID, false, false);
        assertFalse(segment.mayShow(FROM, TO, LOW, HIGH), "a trend line that ends before the view");
    }

    @Test
    void aVerticalLineShowsAtItsTimeAtAnyPrice() {
        Shapes in = new Shapes();
        in.vertical(1_500, 0xFFFFFFFF, 1, LineStyle.SOLID);
        assertTrue(in.mayShow(FROM, TO, 1e6, 2e6));
        Shapes out = new Shapes();
        out.vertical(5_000, 0xFFFFFFFF, 1, LineStyle.SOLID);
        assertFalse(out.mayShow(FROM, TO, LOW, HIGH));
        assertFalse(new Shapes().mayShow(FROM, TO, LOW, HIGH), "no shape");
    }

    /**
     * Positions are the bars' own ({@link BarStore#position}, searched independently here), worked out again when
     * a bar comes, and not when a tick only moves a price: a time after the last bar is reckoned from the last bar,
     * so a bar that opens after a gap moves it.
     */
    @Test
    void positionsFollowTheBarsTimesNotTheirPrices() {
        long m = 60_000;
        BarStore bars = new BarStore();
        for (int i = 0; i < 10; i++) bars.append(i * m, 1, 1, 1, 1, 1);
        Shapes out = new Shapes();
        out.line(2 * m + m / 2, 1, 12 * m, 1, 0xFFFFFFFF, 1, LineStyle.SOLID, false, false); // mid-bar 2, and 3 bars after the last
        out.band(-m, 1, 0, 4 * m, 1, 0, 0x40FFFFFF);
        out.vertical(9 * m, 0xFFFFFFFF, 1, LineStyle.SOLID);
        out.text(5 * m, 1, "x", 0xFFFFFFFF, ShapeSink.Align.CENTER);
        out.place(bars, m);
        assertEquals(2.5, out.linePosition(0, 0), 1e-12);
        assertEquals(12, out.linePosition(0, 1), 1e-12);
        assertEquals(-1, out.bandPosition(0, 0), 1e-12);
        assertEquals(4, out.bandPosition(0, 1), 1e-12);
        assertEquals(9, out.verticalPosition(0), 1e-12);
        assertEquals(5, out.textPosition(0), 1e-12);

        long before = bars.timesChanged();
        bars.set(9, 9 * m, 1, 2, 0.5, 1.5, 3); // a tick
        assertEquals(before, bars.timesChanged(), "a tick changes no time");
        bars.append(11 * m, 1, 1, 1, 1, 1); // after a gap of one bar: 12m is now one bar after it, at index 11
        out.place(bars, m);
        assertEquals(11, out.linePosition(0, 1), 1e-12);
        assertEquals(2.5, out.linePosition(0, 0), 1e-12);
        bars.clear();
        for (int i = 0; i < 10; i++) bars.append(i * m + m / 2, 1, 1, 1, 1, 1); // the same count, other times
        out.place(bars, m);
        assertEquals(2, out.linePosition(0, 0), 1e-12, "bar 2 now opens at 2.5 minutes");
    }
}
