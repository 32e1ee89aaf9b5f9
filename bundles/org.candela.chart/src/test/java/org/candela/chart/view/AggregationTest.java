package org.candela.chart.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.DrawList;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.LineSeries;
import org.candela.chart.model.Theme;
import org.junit.jupiter.api.Test;

/** Per-frame work is bounded by pixels, not bars: above one bar per pixel series draw per-column envelopes. */
class AggregationTest {

    private static final TextMeasure TEXT = TextMeasure.monospace(7, 14);

    private static ChartModel randomWalk(int n) {
        SplittableRandom r = new SplittableRandom(11);
        BarStore s = new BarStore(n);
        DoubleColumn line = new DoubleColumn(n);
        double p = 30_000;
        for (int i = 0; i < n; i++) {
            double o = p;
            p += r.nextDouble(-10, 10);
            s.append(i * 60_000L, o, Math.max(o, p) + r.nextDouble(0, 5), Math.min(o, p) - r.nextDouble(0, 5), p, r.nextDouble(1, 9));
            line.set(i, p + 3);
        }
        ChartModel m = new ChartModel("T", s, 60_000, Theme.DARK);
        m.pricePane().series().add(new LineSeries("L", line, 0xFF2962FF));
        m.barsReset();
        return m;
    }

    @Test
    void tenMillionBarsDrawAtMostTwoInstancesPerPixelColumn() {
        ChartModel m = randomWalk(10_000_000);
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1920, 1080, list);
        m.timeScale().fitContent(m.bars().size());
        for (double zoom : new double[] {1, 7, 50, 400}) { // cumulative: from every bar to about 70 bars
            m.timeScale().zoomAt(900, zoom);
            view.build(1920, 1080, list);
            int width = view.layout().plotWidth();
            DrawLayer price = list.layer(1), line = list.layer(2), volume = list.layer(3);
            int candleQuads = price.quads.count() + price.columns.count();
            assertTrue(candleQuads <= 2 * width, "candles: " + candleQuads + " primitives for " + width + " px at zoom " + zoom);
            int linePrimitives = line.segments.count() + line.columns.count();
            assertTrue(linePrimitives <= 2 * width, "line: " + linePrimitives + " primitives");
            int volumePrimitives = volume.quads.count() + volume.columns.count();
            assertTrue(volumePrimitives <= 2 * width, "volume: " + volumePrimitives);
            int visible = view.visibleTo() - view.visibleFrom() + 1;
            assertTrue(candleQuads >= Math.min(width, visible) * 0.9, "the plot is filled: " + candleQuads + " quads, " + visible + " bars");
        }
        assertTrue(list.primitiveCount() < 12 * 1920, "whole frame: " + list.primitiveCount());
    }

    @Test
    void aBarCostsAtMost64BytesWithItsIndexes() {
        ChartModel m = randomWalk(1_000_000);
        ChartView view = new ChartView(m, TEXT);
        view.build(1200, 800, new DrawList());
        m.timeScale().fitContent(m.bars().size());
        view.build(1200, 800, new DrawList());
        long lineColumn = 1_000_000 * 8L;
        double perBar = (m.heapBytes() - m.pricePane().series().get(1).bytes()) / 1_000_000.0;
        assertTrue(perBar <= 64, "bytes per bar with candle and volume indexes: " + perBar);
        assertTrue(m.pricePane().series().get(1).bytes() < lineColumn * 1.2, "a line adds about 8 bytes per bar");
    }

    @Test
    void aPixelColumnShowsTheExactEnvelopeOfItsBars() {
        ChartModel m = randomWalk(20_000);
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1000, 600, list);
        m.timeScale().fitContent(m.bars().size());
        view.build(1000, 600, list);
        var ts = m.timeScale();
        var scale = m.pricePane().scale();
        DrawLayer price = list.layer(1);
        int checked = 0;
        for (int q = 0; q < price.columns.count(); q++) {
            float x0 = price.columns.data()[q * 3], y0 = price.columns.data()[q * 3 + 1];
            int px = (int) x0;
            int i0 = (int) Math.ceil(ts.xToIndex(px)), i1 = Math.min(m.bars().size() - 1, (int) Math.ceil(ts.xToIndex(px + 1)) - 1);
            double high = Double.NEGATIVE_INFINITY;
            for (int i = i0; i <= i1; i++) high = Math.max(high, m.bars().high(i));
            assertEquals(Math.round(view.layout().paneTop(0) + scale.priceToY(high)), y0, 0.0, "column " + px);
            checked++;
        }
        assertTrue(checked > 900, "columns checked: " + checked);
    }

    @Test
    void autoscaleCoversTheVisibleBarsExactly() {
        ChartModel m = randomWalk(1_000_000);
        ChartView view = new ChartView(m, TEXT);
        view.build(1200, 800, new DrawList());
        m.timeScale().fitContent(m.bars().size());
        m.timeScale().zoomAt(600, 20);
        view.build(1200, 800, new DrawList());
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = view.visibleFrom(); i <= view.visibleTo(); i++) {
            lo = Math.min(lo, m.bars().low(i));
            hi = Math.max(hi, Math.max(m.bars().high(i), m.bars().close(i) + 3));
        }
        assertEquals(lo, m.pricePane().scale().min(), 1e-9);
        assertEquals(hi, m.pricePane().scale().max(), 1e-9);
    }
}
