package org.candela.chart.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static TimeScale scale() {
        TimeScale ts = new TimeScale();
        ts.setWidth(1000);
        ts.setBaseIndex(999);
        ts.setBarSpacing(10);
        ts.setRightOffset(0);
        return ts;
    }

    @Test
    void lastBarSitsHalfABarFromTheRightEdge() {
        TimeScale ts = scale();
        assertEquals(995, ts.indexToX(999), 1e-9);
        assertEquals(985, ts.indexToX(998), 1e-9);
        ts.setRightOffset(3);
        assertEquals(965, ts.indexToX(999), 1e-9);
    }

    @Test
    void xToIndexInvertsIndexToX() {
        TimeScale ts = scale();
        ts.setRightOffset(2.5);
        for (double i : new double[] {0, 500.25, 999, 1003}) assertEquals(i, ts.xToIndex(ts.indexToX(i)), 1e-9);
        assertEquals(900, ts.xToNearestIndex(ts.indexToX(900) + 4));
    }

    @Test
    void visibleRangeIsWidthOverBarSpacing() {
        TimeScale ts = scale();
        assertEquals(100, ts.visibleTo() - ts.visibleFrom(), 1e-9);
        assertEquals(999.5, ts.visibleTo(), 1e-9);
    }

    @Test
    void zoomKeepsBarUnderCursorFixed() {
        TimeScale ts = scale();
        double x = 300;
        double under = ts.xToIndex(x);
        ts.zoomAt(x, 1.7);
        assertEquals(17, ts.barSpacing(), 1e-9);
        assertEquals(under, ts.xToIndex(x), 1e-9);
        ts.zoomAt(x, 1 / 3.0);
        assertEquals(under, ts.xToIndex(x), 1e-9);
    }

    @Test
    void barSpacingIsClamped() {
        TimeScale ts = scale();
        ts.zoomAt(500, 1e6);
        assertEquals(TimeScale.MAX_BAR_SPACING, ts.barSpacing());
        ts.zoomAt(500, 1e-9);
        assertEquals(TimeScale.MIN_BAR_SPACING, ts.barSpacing());
    }

    @Test
    void draggingRightShowsOlderBars() {
        TimeScale ts = scale();
        double before = ts.visibleTo();
        ts.scrollBy(50);
        assertEquals(before - 5, ts.visibleTo(), 1e-9);
    }

    @Test
    void newBarScrollsTheViewOnlyWhenTheLastBarWasVisible() {
        TimeScale ts = scale();
        ts.onBarAppended(1000);
        assertEquals(1000.5, ts.visibleTo(), 1e-9, "following the latest bar");

        ts.scrollBy(2000); // 200 bars back
        double from = ts.visibleFrom(), to = ts.visibleTo();
        ts.onBarAppended(1001);
        assertEquals(from, ts.visibleFrom(), 1e-9, "a user looking at history is not moved");
        assertEquals(to, ts.visibleTo(), 1e-9);
    }

    @Test
    void visibleLogicalRangeRoundTrips() {
        TimeScale ts = scale();
        ts.setVisibleLogicalRange(250.5, 750.5);
        assertEquals(250.5, ts.visibleLogicalRange()[0], 1e-9);
        assertEquals(750.5, ts.visibleLogicalRange()[1], 1e-9);
        assertEquals(2, ts.barSpacing(), 1e-12);
    }

    @Test
    void fixedEdgesStopScrollingPastTheData() {
        TimeScale ts = scale();
        ts.setFixRightEdge(true);
        ts.scrollBy(-500);
        assertEquals(0, ts.rightOffset(), 1e-9, "no space after the last bar");
        ts.setFixLeftEdge(true);
        ts.scrollBy(100_000);
        assertEquals(-0.5, ts.visibleFrom(), 1e-9, "the first bar stays at the left edge");
    }
}
