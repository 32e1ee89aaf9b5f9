package org.candela.app.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Theme;
import org.candela.chart.view.ChartView;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.DrawingTool;
import org.candela.render.gl.GlyphAtlas;
import org.candela.render.gl.OffscreenCanvas;

/**
 * {@code --bench drawings}: what drawings cost a frame. A 1920×1080 chart of 100,000 bars is panned a bar per
 * frame (every frame a full one: layout, series, drawings, GL draw and finish) without drawings and with 1,000
 * drawings of every installed tool spread over the whole history, as a trader's drawings accumulate (the same
 * scene every run), the two charts' frames in turn so that the machine's own load falls on both alike (target:
 * median ≤ 1.2 × without); then with all 1,000 inside the view at once, the worst case, which on software GL is
 * bound by the pixels the fills cover. Also how long the tools took to make the shapes.
 */
final class DrawingBench {

    static final int W = 1920, H = 1080, BARS = 100_000, DRAWINGS = 1_000, FRAMES = 600, DENSE_FRAMES = 200, WARM_UP = 40;

    /** The runs' frame times (ms) and the shapes' computing time. */
    record Result(double medianWithout, double p99Without, double medianWith, double p99With, double medianDense, double p99Dense,
            int drawings, double computeMs) {
        String json() {
            return String.format(Locale.ROOT, "{\"bars\":%d,\"drawings\":%d,\"median_ms_without\":%.3f,\"p99_ms_without\":%.3f,"
                    + "\"median_ms_with\":%.3f,\"p99_ms_with\":%.3f,\"ratio\":%.3f,\"median_ms_all_in_view\":%.3f,"
                    + "\"p99_ms_all_in_view\":%.3f,\"shapes_ms\":%.1f}", BARS, drawings, medianWithout, p99Without, medianWith, p99With,
                    medianWith / medianWithout, medianDense, p99Dense, computeMs);
        }
    }

    private DrawingBench() {
    }

    static Result run(List<DrawingTool> installed) throws InterruptedException {
        if (installed.isEmpty()) throw new IllegalStateException("no drawing tool is installed");
        // in the order of their ids, not of the services' start: every run draws the same scene
        List<DrawingTool> tools = installed.stream().sorted(Comparator.comparing(t -> t.descriptor().id())).toList();
        GlyphAtlas atlas = new GlyphAtlas(12);
        // a canvas (GL context) per chart, as two windows have: each uploads what changed since its own last frame
        try (OffscreenCanvas first = new OffscreenCanvas(W, H, atlas); OffscreenCanvas second = new OffscreenCanvas(W, H, atlas)) {
            double[] computeMs = new double[1];
            ChartModel plain = model(), spread = withDrawings(tools, 0, computeMs); // spread over the history
            double[][] ms = frames(new ChartModel[] {plain, spread}, new OffscreenCanvas[] {first, second}, atlas, FRAMES);
            spread.drawings().close();
            ChartModel dense = withDrawings(tools, BARS - VISIBLE, new double[1]); // all in view
            double[] all = frames(new ChartModel[] {dense}, new OffscreenCanvas[] {first}, atlas, DENSE_FRAMES)[0];
            dense.drawings().close();
            return new Result(pct(ms[0], 50), pct(ms[0], 99), pct(ms[1], 50), pct(ms[1], 99), pct(all, 50), pct(all, 99), DRAWINGS,
                    computeMs[0]);
        }
    }

    /** Bars a 1920-pixel chart shows at its first zoom, about. */
    private static final int VISIBLE = 240;

    /** A chart with 1,000 drawings around bars from {@code from} on, their shapes made (the time it took in {@code computeMs}). */
    private static ChartModel withDrawings(List<DrawingTool> tools, int from, double[] computeMs) throws InterruptedException {
        ChartModel m = model();
        ChartDrawings drawings = new ChartDrawings("bench", () -> { });
        m.setDrawings(drawings);
        long start = System.nanoTime();
        add(m, drawings, tools, from);
        drawings.await();
        computeMs[0] = (System.nanoTime() - start) / 1e6;
        var failed = drawings.all().stream().filter(d -> d.error() != null).toList();
        if (failed.isEmpty()) return m;
        drawings.close();
        throw new IllegalStateException(failed.size() + " drawings failed: " + failed.get(0).error());
    }

    private static ChartModel model() {
        BarStore bars = SyntheticBars.generate(BARS);
        ChartModel m = new ChartModel("BENCH · 1m", bars, 60_000, Theme.DARK);
        m.barsReset();
        return m;
    }

    /**
     * 1,000 drawings, the tools in turn, each around a random bar from {@code from} on (anchors within 60 bars of
     * it, at prices within those bars' ranges).
     */
    private static void add(ChartModel m, ChartDrawings drawings, List<DrawingTool> tools, int from) {
        SplittableRandom r = new SplittableRandom(11);
        BarStore bars = m.bars();
        for (int k = 0; k < DRAWINGS; k++) {
            DrawingTool tool = tools.get(k % tools.size());
            var d = tool.descriptor();
            Anchor[] anchors = new Anchor[d.anchors()];
            int centre = from + r.nextInt(BARS - from);
            for (int a = 0; a < anchors.length; a++) {
                int i = Math.max(from, Math.min(BARS - 1, centre + r.nextInt(-60, 61)));
                double price = bars.low(i) + r.nextDouble() * (bars.high(i) - bars.low(i));
                anchors[a] = new Anchor(d.anchorKind() == org.candela.drawing.api.ToolDescriptor.AnchorKind.PRICE ? 0 : bars.time(i),
                        d.anchorKind() == org.candela.drawing.api.ToolDescriptor.AnchorKind.TIME ? 0 : price);
            }
            drawings.add(DrawingSpec.of(d, anchors), tool, bars, m.barMillis());
        }
    }

    /**
     * {@code n} full frames of each chart, panning a bar each, the charts in turn frame by frame (each on its
     * own canvas): what the machine does meanwhile (llvmpipe's threads, the JIT, the collector) falls on all
     * alike. Their times in ms, per chart.
     */
    private static double[][] frames(ChartModel[] models, OffscreenCanvas[] canvases, GlyphAtlas atlas, int n) {
        ChartView[] views = new ChartView[models.length];
        DrawList[] lists = new DrawList[models.length];
        for (int v = 0; v < models.length; v++) {
            views[v] = new ChartView(models[v], atlas);
            lists[v] = new DrawList();
        }
        double[][] ms = new double[models.length][n];
        for (int k = -WARM_UP; k < n; k++) {
            for (int v = 0; v < models.length; v++) {
                var ts = models[v].timeScale();
                long start = System.nanoTime();
                ts.setRightOffset(ts.rightOffset() + (Math.floorMod(k, 40) < 20 ? -1 : 1)); // back and forth over the drawings
                views[v].build(W, H, lists[v]);
                canvases[v].draw(lists[v]);
                if (k >= 0) ms[v][k] = (System.nanoTime() - start) / 1e6;
            }
        }
        return ms;
    }

    private static double pct(double[] ms, int p) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(s.length * p / 100.0))];
    }

    static List<String> lines(Result r) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "without drawings                     median %7.2f ms  p99 %7.2f ms", r.medianWithout(), r.p99Without()));
        out.add(String.format(Locale.ROOT, "with %,d drawings over the history  median %7.2f ms  p99 %7.2f ms  (%.2f× the median without)",
                r.drawings(), r.medianWith(), r.p99With(), r.medianWith() / r.medianWithout()));
        out.add(String.format(Locale.ROOT, "with all %,d in view (worst case)   median %7.2f ms  p99 %7.2f ms", r.drawings(), r.medianDense(),
                r.p99Dense()));
        out.add(String.format(Locale.ROOT, "the tools made the %,d drawings' shapes in %.1f ms (on the drawing lane)", r.drawings(), r.computeMs()));
        return out;
    }
}
