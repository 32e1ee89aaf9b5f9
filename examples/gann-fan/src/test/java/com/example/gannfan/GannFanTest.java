package com.example.gannfan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.junit.jupiter.api.Test;

/** A plugin tests its tool without the workstation: anchors in, shapes out. */
class GannFanTest {

    @Test
    void nineRaysFromThePivotTheOneByOneThroughTheSecondAnchor() {
        List<double[]> lines = new ArrayList<>();
        ShapeSink sink = new ShapeSink() {
            public void line(long t1, double p1, long t2, double p2, int argb, int width, LineStyle style, boolean left, boolean right) {
                assertTrue(right && !left, "rays run on to the right");
                lines.add(new double[] {t1, p1, t2, p2});
            }

            public void vertical(long time, int argb, int width, LineStyle style) {
            }

            public void band(long t1, double a, double b, long t2, double c, double d, int argb) {
            }

            public void text(long time, double price, String text, int argb, Align align) {
            }
        };
        ChartData none = new ChartData() {
            public int size() { return 0; }
            public long time(int i) { throw new IndexOutOfBoundsException(); }
            public double open(int i) { throw new IndexOutOfBoundsException(); }
            public double high(int i) { throw new IndexOutOfBoundsException(); }
            public double low(int i) { throw new IndexOutOfBoundsException(); }
            public double close(int i) { throw new IndexOutOfBoundsException(); }
            public long barMillis() { return 60_000; }
            public int priceDecimals() { return 2; }
            public int indexAt(long t) { return -1; }
        };
        new GannFan().shapes(List.of(new Anchor(0, 100), new Anchor(600_000, 110)), PropertyValues.defaults(GannFan.DESCRIPTOR), none, sink);
        assertEquals(9, lines.size());
        double[] oneByOne = lines.get(4);
        assertEquals(110, oneByOne[3], 1e-9, "1x1 through the second anchor");
        assertEquals(100 + 10 * 8, lines.get(8)[3], 1e-9, "8x1 climbs eight times as fast");
        assertEquals(100 + 10 / 8.0, lines.get(0)[3], 1e-9, "1x8 an eighth");
        for (double[] l : lines) assertEquals(100, l[1], 0, "every ray starts at the pivot");
    }
}
