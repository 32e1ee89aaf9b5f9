package org.candela.chart.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.drawing.Shapes;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.PriceScaleMode;
import org.candela.drawing.api.Anchor;
import org.candela.drawings.builtin.ExtendedLine;
import org.candela.drawings.builtin.TrendLine;
import org.junit.jupiter.api.Test;

/** Drawings are anchored in (time, price): their pixels follow the scales in every mode, and a click near them hits them. */
class DrawingViewTest {

    private static final long M = 60_000;
    private static final TextMeasure TEXT = TextMeasure.monospace(7, 14);
    private static final int BLUE = 0xFF2962FF;

    private static ChartModel model() {
        BarStore s = new BarStore();
        for (int i = 0; i < 500; i++) {
            double c = 100 * Math.exp(i / 250.0);
            s.append(i * M, c, c * 1.01, c * 0.99, c, 1);
        }
        ChartModel m = new ChartModel("X", s, M, Theme.DARK);
        m.barsReset();
        return m;
    }

    /**
     * The lines drawn in the drawings' colour, as {x0, y0, x1, y1} in frame pixels: anti-aliased segments, and the
     * thin quads inside the plot that draw level and upright lines (as their centre lines).
     */
    private static List<float[]> segments(DrawList list, ChartView view) {
        List<float[]> out = new ArrayList<>();
        float left = view.layout().plotLeft(), right = view.layout().plotRight();
        for (int i = 0; i < list.layerCount(); i++) {
            var layer = list.layer(i);
            float dx = layer.translateX();
            var seg = layer.segments;
            for (int k = 0; k < seg.count(); k++) {
                if (seg.colors()[k] != BLUE) continue;
                float[] d = seg.data();
                out.add(new float[] {d[5 * k] + dx, d[5 * k + 1], d[5 * k + 2] + dx, d[5 * k + 3]});
            }
            var quads = layer.quads;
            for (int k = 0; k < quads.count(); k++) {
                float[] r = quads.rects();
                float x0 = r[4 * k] + dx, y0 = r[4 * k + 1], x1 = r[4 * k + 2] + dx, y1 = r[4 * k + 3];
                float w = x1 - x0, h = y1 - y0;
                if (quads.colors()[k] != BLUE || x0 < left - 0.01 || x1 > right + 0.01 || Math.min(w, h) > 10 || Math.max(w, h) < 2 * Math.min(w, h)) continue;
                out.add(w > h ? new float[] {x0, (y0 + y1) / 2, x1, (y0 + y1) / 2} : new float[] {(x0 + x1) / 2, y0, (x0 + x1) / 2, y1});
            }
        }
        return out;
    }

    @Test
    void aTrendLinesEndsAreItsAnchorsInEveryScaleModeAndAClickNearItHitsIt() throws Exception {
        for (PriceScaleMode mode : new PriceScaleMode[] {PriceScaleMode.NORMAL, PriceScaleMode.LOG, PriceScaleMode.PERCENT}) {
            ChartModel m = model();
            m.pricePane().scale().setMode(mode);
            ChartDrawings drawings = new ChartDrawings("test", () -> { });
            m.setDrawings(drawings);
            TrendLine tool = new TrendLine();
            Anchor a = new Anchor(420 * M, 100 * Math.exp(420 / 250.0)), b = new Anchor(480 * M, 100 * Math.exp(470 / 250.0));
            ChartDrawings.Drawing d = drawings.add(DrawingSpec.of(tool.descriptor(), a, b), tool, m.bars(), M);
            drawings.await();
            ChartView view = new ChartView(m, TEXT);
            DrawList list = new DrawList();
            view.build(1000, 600, list);
            List<float[]> segs = segments(list, view);
            assertEquals(1, segs.size(), mode + ": one solid segment");
            float[] s = segs.get(0);
            var ts = m.timeScale();
            var ps = m.pricePane().scale();
            int top = view.layout().paneTop(0);
            assertEquals(ts.indexToX(420) + view.layout().plotLeft(), s[0], 0.01, mode + " x of the first anchor");
            assertEquals(ts.indexToX(480) + view.layout().plotLeft(), s[2], 0.01, mode + " x of the second");
            assertEquals(top + ps.priceToY(a.price()), s[1], 0.01, mode + " y of the first anchor");
            assertEquals(top + ps.priceToY(b.price()), s[3], 0.01, mode + " y of the second");
            // a click on the middle of the line hits it; 20 pixels off does not
            float mx = (float) ((ts.indexToX(420) + ts.indexToX(480)) / 2), my = (s[1] + s[3]) / 2;
            assertSame(d, view.drawingAt(mx, my), mode + ": on the line");
            assertNull(view.drawingAt(mx, my - 20), mode + ": 20 px above");
            drawings.close();
        }
    }

    @Test
    void zoomAndPanMoveThePixelsNotTheAnchors() throws Exception {
        ChartModel m = model();
        ChartDrawings drawings = new ChartDrawings("test", () -> { });
        m.setDrawings(drawings);
        TrendLine tool = new TrendLine();
        ChartDrawings.Drawing d = drawings.add(DrawingSpec.of(tool.descriptor(), new Anchor(485 * M, 690), new Anchor(495 * M, 710)), tool, m.bars(), M);
        drawings.await();
        var shapes = d.shapes();
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1000, 600, list);
        float before = segments(list, view).get(0)[0];
        m.timeScale().setBarSpacing(m.timeScale().barSpacing() * 2);
        m.timeScale().setRightOffset(m.timeScale().rightOffset() + 10);
        view.build(1000, 600, list);
        float after = segments(list, view).get(0)[0];
        assertTrue(Math.abs(after - before) > 5, "the line moved on screen: " + before + " → " + after);
        assertEquals(m.timeScale().indexToX(485) + view.layout().plotLeft(), after, 0.01, "still at its bar");
        assertSame(shapes, d.shapes(), "nothing was computed again");
        drawings.close();
    }

    @Test
    void anExtendedLineIsClippedToThePaneWhateverItsSlope() throws Exception {
        ChartModel m = model();
        ChartDrawings drawings = new ChartDrawings("test", () -> { });
        m.setDrawings(drawings);
        ExtendedLine tool = new ExtendedLine();
        drawings.add(DrawingSpec.of(tool.descriptor(), new Anchor(400 * M, 400), new Anchor(401 * M, 900)), tool, m.bars(), M); // very steep
        drawings.await();
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1000, 600, list);
        float[] s = segments(list, view).get(0);
        int top = view.layout().paneTop(0), bottom = top + view.layout().paneHeight(0);
        for (int k = 0; k < 4; k += 2) {
            assertTrue(s[k] >= view.layout().plotLeft() - 0.01 && s[k] <= view.layout().plotLeft() + view.layout().plotWidth() + 0.01, "x inside: " + s[k]);
            assertTrue(s[k + 1] >= top - 0.01 && s[k + 1] <= bottom + 0.01, "y inside: " + s[k + 1]);
        }
        assertEquals(bottom - top, Math.abs(s[3] - s[1]), 0.5, "a steep line crosses the whole pane's height");
        drawings.close();
    }

    /**
     * What drawings cost a frame is bounded by what the pane shows: drawings far from the view add no primitive,
     * and a sloped fill wider than the view is one trapezoid between the lines that bound it.
     */
    @Test
    void drawingsOutOfViewCostNothingAndASlopedFillIsOneTrapezoid() throws Exception {
        ChartModel m = model();
        ChartDrawings drawings = new ChartDrawings("test", () -> { });
        m.setDrawings(drawings);
        TrendLine trend = new TrendLine();
        for (int i = 0; i < 200; i++) { // early in the history, at its prices: nowhere near the latest bars
            drawings.add(DrawingSpec.of(trend.descriptor(), new Anchor(i * M, 100), new Anchor((i + 5) * M, 101)), trend, m.bars(), M);
        }
        var channel = new org.candela.drawings.builtin.ParallelChannel();
        DrawingSpec wide = DrawingSpec.of(channel.descriptor(), new Anchor(100 * M, 140), new Anchor(499 * M, 700), new Anchor(100 * M, 120));
        drawings.add(wide.withProperties(wide.properties().with("middle", false)), channel, m.bars(), M); // from long before the view, rising through it
        drawings.await();
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1000, 600, list);
        List<float[]> lines = segments(list, view);
        assertEquals(2, lines.size(), "only the channel's two lines, none of the 200 trend lines far away");
        var layer = list.layer(list.layerCount() - 1);
        for (int i = 0; i < list.layerCount(); i++) if (list.layer(i).segments.count() > 0) layer = list.layer(i);
        assertEquals(1, layer.quads.count(), "the channel's fill is one primitive");
        assertEquals(0, layer.columns.count());
        float left = view.layout().plotLeft();
        float[] r = layer.quads.rects(), right = layer.quads.rightEdges();
        assertEquals(0, r[0], 0.01, "the fill starts at the plot's left edge");
        assertEquals(Math.max(lines.get(0)[2], lines.get(1)[2]) - left, r[2], 0.01, "and ends where the channel's lines do");
        // its four corners lie on the channel's lines (as drawn, extended through their clipped ends)
        float[][] corners = {{r[0], r[1]}, {r[0], r[3]}, {r[2], right[0]}, {r[2], right[1]}};
        for (float[] c : corners) {
            double nearest = Double.MAX_VALUE;
            for (float[] l : lines) {
                double atX = l[1] + (l[3] - l[1]) * (c[0] + left - l[0]) / (l[2] - l[0]);
                nearest = Math.min(nearest, Math.abs(atX - c[1]));
            }
            assertTrue(nearest < 0.05, "corner (" + c[0] + ", " + c[1] + ") is " + nearest + " px from the channel's lines");
        }
        drawings.close();
    }

    /** A band whose edges cross is cut where they do into two triangles, so no bow-tie is left to the rasteriser. */
    @Test
    void aBandWhoseEdgesCrossIsTwoTriangles() {
        var layer = new DrawList();
        layer.begin(100, 100, 0);
        var l = layer.nextLayer();
        // top runs 0 -> 100 and bottom 100 -> 0 over x 0..100: they cross at (50, 50); drawn from x 20 to 100
        DrawingView.slopedBand(l, 20, 100, 0, 100, 0, 100, 100, 0, 0xFF00FF00);
        assertEquals(2, l.quads.count());
        float[] r = l.quads.rects(), right = l.quads.rightEdges();
        assertEquals(20, r[0], 1e-4);
        assertEquals(20, r[1], 1e-4); // top at x 20
        assertEquals(80, r[3], 1e-4); // bottom at x 20
        assertEquals(50, r[2], 1e-4);
        assertEquals(50, right[0], 1e-4);
        assertEquals(50, right[1], 1e-4);
        assertEquals(50, r[4], 1e-4);
        assertEquals(50, r[5], 1e-4);
        assertEquals(50, r[7], 1e-4);
        assertEquals(100, r[6], 1e-4);
        assertEquals(100, right[2], 1e-4);
        assertEquals(0, right[3], 1e-4);
    }

    @Test
    void aLevelWithoutATimeSpansThePane() throws Exception {
        ChartModel m = model();
        ChartDrawings drawings = new ChartDrawings("test", () -> { });
        m.setDrawings(drawings);
        var tool = new org.candela.drawings.builtin.HorizontalLine();
        drawings.add(DrawingSpec.parse("hline(700)", id -> tool.descriptor()), tool, m.bars(), M);
        drawings.await();
        ChartView view = new ChartView(m, TEXT);
        DrawList list = new DrawList();
        view.build(1000, 600, list);
        float[] s = segments(list, view).get(0);
        float y = view.layout().paneTop(0) + (float) m.pricePane().scale().priceToY(700);
        assertEquals(view.layout().plotLeft(), Math.min(s[0], s[2]), 0.01, "from the left edge");
        assertEquals(view.layout().plotLeft() + view.layout().plotWidth(), Math.max(s[0], s[2]), 0.01, "to the right edge");
        assertEquals(y, s[1], 0.5, "on its row, whole pixels");
        assertEquals(y, s[3], 0.5);
        boolean tagged = false; // its price on the axis, on a tag of its colour at its row
        for (int i = 0; i < list.layerCount(); i++) {
            var texts = list.layer(i).texts;
            var quads = list.layer(i).quads;
            for (int k = 0; k < texts.count(); k++) {
                if (!texts.text(k).equals("700.00")) continue;
                for (int q = 0; q < quads.count(); q++) {
                    float[] r = quads.rects();
                    tagged |= quads.colors()[q] == BLUE && r[4 * q] >= view.layout().plotRight() - 0.5f && r[4 * q + 1] <= y && r[4 * q + 3] >= y;
                }
            }
        }
        assertTrue(tagged, "a blue tag with 700.00 on the price axis at the level's row");
        drawings.close();
    }

    /**
     * An alert's line is shown where it fires: one straight in log price is a single segment on a log scale and,
     * on a linear one, pieces whose every corner lies on the curve p1·(p2/p1)^f; one straight in price is the
     * mirror (pieces on a log scale, on p1 + (p2 − p1)·f).
     */
    @Test
    void anAlertsLineIsDrawnWhereItFiresInEveryScale() {
        double p1 = 300, p2 = 600; // at bars 400 and 480, extended both ways across the view
        for (boolean log : new boolean[] {true, false}) {
            for (PriceScaleMode mode : new PriceScaleMode[] {PriceScaleMode.LOG, PriceScaleMode.NORMAL}) {
                ChartModel m = model();
                m.pricePane().scale().setMode(mode);
                Shapes overlay = new Shapes();
                overlay.priceLine(400 * M, p1, 480 * M, p2, BLUE, 1, org.candela.drawing.api.LineStyle.SOLID, log);
                m.setOverlay(overlay);
                ChartView view = new ChartView(m, TEXT);
                DrawList list = new DrawList();
                view.build(1000, 600, list);
                List<float[]> pieces = segments(list, view);
                boolean straight = log == (mode == PriceScaleMode.LOG);
                String what = (log ? "log line" : "line") + " on a " + mode + " scale";
                if (straight) {
                    assertEquals(1, pieces.size(), what + ": one segment");
                    continue;
                }
                assertTrue(pieces.size() > 8, what + ": bent, " + pieces.size() + " pieces");
                float left = view.layout().plotLeft(), top = view.layout().paneTop(0);
                for (float[] piece : pieces) {
                    for (int k = 0; k < 4; k += 2) {
                        double f = (m.timeScale().xToIndex(piece[k] - left) - 400) / 80;
                        double price = log ? p1 * Math.pow(p2 / p1, f) : p1 + (p2 - p1) * f;
                        assertEquals(top + m.pricePane().scale().priceToY(price), piece[k + 1], 0.05, what + " at f " + f);
                    }
                }
            }
        }
    }
}
