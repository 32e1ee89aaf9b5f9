package org.candela.chart.drawing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.candela.drawing.api.LineStyle;
import org.junit.jupiter.api.Test;

/** What the view may skip: a drawing whose shapes lie wholly outside the times and prices it shows. */
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
}
