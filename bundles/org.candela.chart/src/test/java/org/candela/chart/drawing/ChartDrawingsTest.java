package org.candela.chart.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.candela.chart.data.BarStore;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;
import org.candela.drawings.builtin.RegressionChannel;
import org.candela.drawings.builtin.TrendLine;
import org.junit.jupiter.api.Test;

/** Tools run on the chart's drawing lane, never on the caller's thread; a tool that throws, returns NaN or hangs fails only its drawing. */
class ChartDrawingsTest {

    private static final long M = 60_000;

    static BarStore bars(int n) {
        BarStore b = new BarStore();
        for (int i = 0; i < n; i++) {
            double c = 100 + i * 0.5 + Math.sin(i) * 2;
            b.append(i * M, c, c + 1, c - 1, c, 1);
        }
        return b;
    }

    /** A tool that does what it is told: record its thread, throw, give NaN or never return. */
    static final class Hostile implements DrawingTool {
        static final ToolDescriptor D = ToolDescriptor.builder("hostile", "Hostile").anchors(1).build();
        final String mode;
        final AtomicReference<Thread> ranOn = new AtomicReference<>();

        Hostile(String mode) {
            this.mode = mode;
        }

        public ToolDescriptor descriptor() {
            return D;
        }

        public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
            ranOn.set(Thread.currentThread());
            switch (mode) {
                case "throw" -> throw new IllegalStateException("exploded");
                case "nan" -> out.line(0, Double.NaN, M, 1, 0xFF000000, 1, null, false, false);
                case "hang" -> {
                    while (true) Thread.onSpinWait(); // ignores interrupts, as a broken plugin would
                }
                default -> out.line(0, anchors.get(0).price(), M, anchors.get(0).price(), 0xFF000000, 1, null, false, false);
            }
        }
    }

    private static DrawingSpec spec(double price) {
        return DrawingSpec.of(Hostile.D, new Anchor(0, price));
    }

    @Test
    void toolsRunOnTheLaneAndTheirShapesArriveAtAPoll() throws Exception {
        ChartDrawings drawings = new ChartDrawings("test", () -> { });
        Hostile ok = new Hostile("ok");
        ChartDrawings.Drawing d = drawings.add(spec(101), ok, bars(100), M);
        assertEquals(0, d.shapes().lines(), "nothing until a poll takes it");
        drawings.await();
        assertEquals(1, d.shapes().lines());
        assertEquals(101, d.shapes().linePrice(0, 0));
        assertTrue(ok.ranOn.get() != Thread.currentThread() && ok.ranOn.get().getName().startsWith("candela-drawings test"), ok.ranOn.get().getName());
        drawings.close();
    }

    @Test
    void aToolThatThrowsOrGivesNaNFailsOnlyItsDrawing() throws Exception {
        ChartDrawings drawings = new ChartDrawings("test", () -> { });
        BarStore b = bars(100);
        ChartDrawings.Drawing thrown = drawings.add(spec(1), new Hostile("throw"), b, M);
        ChartDrawings.Drawing nan = drawings.add(spec(1), new Hostile("nan"), b, M);
        ChartDrawings.Drawing fine = drawings.add(spec(105), new Hostile("ok"), b, M);
        drawings.await();
        assertTrue(thrown.error().contains("exploded"), thrown.error());
        assertTrue(nan.error().contains("must be a number, was NaN"), nan.error());
        assertEquals(0, thrown.shapes().lines() + nan.shapes().lines());
        assertNull(fine.error());
        assertEquals(1, fine.shapes().lines(), "the others draw");
        drawings.close();
    }

    @Test
    void aToolThatNeverReturnsFailsByTheBudgetAndTheRestStillDraw() throws Exception {
        ChartDrawings drawings = new ChartDrawings("test", () -> { });
        BarStore b = bars(100);
        ChartDrawings.Drawing hung = drawings.add(spec(1), new Hostile("hang"), b, M);
        ChartDrawings.Drawing after = drawings.add(spec(107), new Hostile("ok"), b, M);
        long start = System.nanoTime();
        drawings.await();
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertTrue(hung.error() != null && hung.error().contains("took longer than " + ChartDrawings.BUDGET_MILLIS + " ms"), hung.error());
        assertEquals(1, after.shapes().lines(), "a new lane drew the drawing queued behind it");
        assertTrue(waited < 10 * ChartDrawings.BUDGET_MILLIS, "await ends: " + waited + " ms");
        drawings.close();
    }

    @Test
    void aNewBarOrAnEditDrawsAgainAndStaleResultsAreDropped() throws Exception {
        ChartDrawings drawings = new ChartDrawings("test", () -> { });
        BarStore b = bars(50);
        var regression = new RegressionChannel();
        ChartDrawings.Drawing d = drawings.add(DrawingSpec.of(regression.descriptor(), new Anchor(0, 0), new Anchor(1_000 * M, 0)), regression, b, M);
        drawings.await();
        long lastTime = d.shapes().lineTime(0, 1);
        assertEquals(49 * M, lastTime, "the channel ends at the last bar it covers");
        b.append(50 * M, 130, 131, 129, 130, 1);
        drawings.barsChanged(b, M);
        drawings.await();
        assertEquals(50 * M, d.shapes().lineTime(0, 1), "a new bar inside its range: drawn again");

        var trend = new TrendLine();
        ChartDrawings.Drawing t = drawings.add(DrawingSpec.of(trend.descriptor(), new Anchor(0, 1), new Anchor(M, 2)), trend, b, M);
        drawings.update(t, t.spec().withAnchors(List.of(new Anchor(0, 5), new Anchor(M, 6))), b, M);
        drawings.await();
        assertEquals(5, t.shapes().linePrice(0, 0), "the last edit wins");
        assertTrue(drawings.remove(t));
        assertEquals(1, drawings.size());
        drawings.close();
    }
}
