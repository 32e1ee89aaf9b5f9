package org.candela.app.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.candela.chart.draw.DrawList;
import org.candela.chart.live.LiveBuffer;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.LineSeries;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Theme;
import org.candela.chart.view.ChartView;
import org.candela.render.gl.FrameStats;
import org.candela.render.gl.GlyphAtlas;
import org.candela.render.gl.OffscreenCanvas;

/**
 * {@code --bench chart}: a scripted session (fit content, zoom in, pan, zoom out, crosshair sweep, live
 * ticks) on a 1920×1080 offscreen chart with 4 panes and 5 indicator series, at 10k, 1M and 10M bars.
 * Reports frame times, draw calls, instances, bytes uploaded per frame, heap bytes per bar, load-to-first-
 * frame time and tick-to-pixel latency.
 */
final class ChartBench {

    static final int W = 1920, H = 1080;
    static final int[] SIZES = {10_000, 1_000_000, 10_000_000};

    /** One size's results. */
    record Result(int bars, double medianMs, double p99Ms, double drawCalls, double instances, double bytesUploaded,
            double bytesPerBar, double bytesPerBarWithIndicators, double loadMs, double tickP99Ms, double tickMedianMs,
            double tickBytes) {

        String json() {
            return String.format(Locale.ROOT, "{\"bars\":%d,\"median_ms\":%.3f,\"p99_ms\":%.3f,\"draw_calls\":%.1f,"
                    + "\"instances\":%.1f,\"bytes_uploaded\":%.0f,\"bytes_per_bar\":%.1f,"
                    + "\"bytes_per_bar_with_indicators\":%.1f,\"load_first_frame_ms\":%.1f,"
                    + "\"tick_median_ms\":%.3f,\"tick_p99_ms\":%.3f,\"tick_bytes_uploaded\":%.0f}", bars, medianMs, p99Ms,
                    drawCalls, instances, bytesUploaded, bytesPerBar, bytesPerBarWithIndicators, loadMs, tickMedianMs,
                    tickP99Ms, tickBytes);
        }

        String line() {
            return String.format(Locale.ROOT, "%,11d bars  frame median %6.2f ms  p99 %6.2f ms  %4.1f draws  %,8.0f instances  "
                    + "%,10.0f B uploaded  %5.1f B/bar  load+first frame %7.1f ms  tick-to-pixel p99 %6.2f ms, %,.0f B uploaded",
                    bars, medianMs, p99Ms, drawCalls, instances, bytesUploaded, bytesPerBar, loadMs, tickP99Ms, tickBytes);
        }
    }

    private ChartBench() {
    }

    static List<Result> run(int[] sizes) {
        GlyphAtlas atlas = new GlyphAtlas(12);
        List<Result> results = new ArrayList<>();
        try (OffscreenCanvas canvas = new OffscreenCanvas(W, H, atlas)) {
            for (int bars : sizes) results.add(runSize(bars, canvas, atlas));
        }
        return results;
    }

    private static Result runSize(int n, OffscreenCanvas canvas, GlyphAtlas atlas) {
        long minute = 60_000, start = (System.currentTimeMillis() / minute - n - 1_000L) * minute; // ending before now: live trades are taken
        BarStore src = SyntheticBars.generate(n, start);
        long t0 = System.nanoTime();
        BarStore bars = new BarStore(n + 1024);
        for (int i = 0; i < n; i++) bars.append(src.time(i), src.open(i), src.high(i), src.low(i), src.close(i), src.volume(i));
        ChartModel model = new ChartModel("BENCH · 1m", bars, 60_000, Theme.DARK);
        ChartView view = new ChartView(model, atlas);
        DrawList list = new DrawList();
        model.barsReset();
        view.build(W, H, list);
        double bytesPerBar = model.heapBytes() / (double) n;
        Pane price = model.pricePane();
        price.series().add(new LineSeries("SMA 20", sma(bars, 20), 0xFF2962FF));
        price.series().add(new LineSeries("SMA 50", sma(bars, 50), 0xFFFF6D00));
        Pane osc = model.addPane(1);
        osc.setFixedRange(0, 100);
        osc.setLevels(30, 70);
        osc.series().add(new LineSeries("OSC", oscillator(bars), 0xFF7E57C2));
        Pane macd = model.addPane(1);
        DoubleColumn fast = sma(bars, 12), slow = sma(bars, 26);
        macd.series().add(new LineSeries("FAST-SLOW", difference(fast, slow, n), 0xFF2962FF));
        macd.series().add(new LineSeries("SIGNAL", difference(sma(bars, 9), sma(bars, 18), n), 0xFFFF6D00));
        model.barsReset();
        model.timeScale().fitContent(n);
        view.build(W, H, list);
        canvas.draw(list);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        double withIndicators = model.heapBytes() / (double) n;

        Frames frames = new Frames();
        var ts = model.timeScale();
        for (int i = 0; i < 20; i++) frames.measure(() -> ts.zoomAt(W * 0.7, 1.3), view, list, canvas);
        for (int i = 0; i < 30; i++) frames.measure(() -> ts.scrollBy(40), view, list, canvas);
        for (int i = 0; i < 20; i++) frames.measure(() -> ts.zoomAt(W * 0.7, 1 / 1.3), view, list, canvas);
        for (int i = 0; i < 60; i++) {
            double x = 20 + i * 29;
            frames.measureCursor(() -> model.moveCrosshair(x, 300 + (x % 400)), view, list, canvas);
        }
        model.hideCrosshair();
        int before = frames.rows.size();
        double[] ticks = liveTicks(model, view, list, canvas, frames);
        if (Boolean.getBoolean("candela.bench.ticks")) System.out.println("    ticks (ms, in order): " + Arrays.toString(Arrays.stream(ticks).map(t -> Math.round(t * 10) / 10.0).toArray()));
        Arrays.sort(ticks);
        double[] tickBytes = frames.rows.subList(before, frames.rows.size()).stream().mapToDouble(r -> r[2]).sorted().toArray();
        System.out.printf(Locale.ROOT, "    (%d bars: view build mean %.2f ms of %.2f ms per frame)%n", n, frames.mean(4), frames.mean(3));
        return new Result(n, frames.percentile(50), frames.percentile(99), frames.mean(0), frames.mean(1),
                frames.mean(2), bytesPerBar, withIndicators, loadMs, ticks[(int) (ticks.length * 0.99)],
                ticks[ticks.length / 2], tickBytes[tickBytes.length / 2]);
    }

    /**
     * 500 trades through the live buffer, each drawn; returns push-to-frame-finished latencies (ms). 500, so
     * the p99 is the fifth-slowest tick rather than the slowest of 100. The frame statistics count the first
     * 100 ticks only, so the mix of frames stays that of the script.
     */
    private static double[] liveTicks(ChartModel model, ChartView view, DrawList list, OffscreenCanvas canvas, Frames frames) {
        BarStore bars = model.bars();
        LiveBuffer live = new LiveBuffer(60_000, () -> { });
        double[] latency = new double[500];
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long t = bars.lastTime();
        double p = bars.close(bars.size() - 1);
        for (int k = 0; k < latency.length; k++) {
            long start = System.nanoTime();
            long time = t + k * 1200L;
            live.onTrade(time, p + Math.sin(k) * 20, 0.01);
            frames.measure(() -> {
                int changed = live.drainInto(bars);
                if (changed < 0) throw new IllegalStateException("the live buffer refused the benchmark's trade at " + time);
                model.barsChanged(changed);
            }, view, list, canvas);
            latency[k] = (System.nanoTime() - start) / 1e6;
            if (k == 99) frames.scripted = frames.rows.size();
        }
        if (Boolean.getBoolean("candela.bench.ticks")) {
            long perTick = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocated) / latency.length;
            System.out.println("    bytes allocated per tick frame on the drawing thread: " + perTick);
        }
        return latency;
    }

    /** Frame timings and counters. */
    private static final class Frames {
        final List<double[]> rows = new ArrayList<>();
        /** Rows that count in the frame statistics. */
        int scripted = Integer.MAX_VALUE;

        void measure(Runnable change, ChartView view, DrawList list, OffscreenCanvas canvas) {
            measure(change, view, list, canvas, false);
        }

        /** A frame in which only the crosshair moved: the view re-makes only its top layers. */
        void measureCursor(Runnable change, ChartView view, DrawList list, OffscreenCanvas canvas) {
            measure(change, view, list, canvas, true);
        }

        private void measure(Runnable change, ChartView view, DrawList list, OffscreenCanvas canvas, boolean cursor) {
            long start = System.nanoTime();
            change.run();
            if (cursor) view.buildCursor(list);
            else view.build(W, H, list);
            long built = System.nanoTime();
            canvas.draw(list);
            FrameStats s = canvas.renderer().stats();
            long end = System.nanoTime();
            rows.add(new double[] {s.drawCalls, s.instances, s.bytesUploaded, (end - start) / 1e6, (built - start) / 1e6});
        }

        double percentile(int p) {
            double[] ms = counted().stream().mapToDouble(r -> r[3]).sorted().toArray();
            return ms[Math.min(ms.length - 1, (int) Math.floor(ms.length * p / 100.0))];
        }

        double mean(int column) {
            return counted().stream().mapToDouble(r -> r[column]).average().orElse(0);
        }

        private List<double[]> counted() {
            return rows.subList(0, Math.min(rows.size(), scripted));
        }
    }

    private static DoubleColumn sma(BarStore bars, int length) {
        int n = bars.size();
        DoubleColumn c = new DoubleColumn(n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += bars.close(i);
            if (i >= length) sum -= bars.close(i - length);
            c.set(i, i >= length - 1 ? sum / length : Double.NaN);
        }
        return c;
    }

    private static DoubleColumn oscillator(BarStore bars) {
        int n = bars.size();
        DoubleColumn c = new DoubleColumn(n);
        double up = 0, down = 0;
        for (int i = 1; i < n; i++) {
            double d = bars.close(i) - bars.close(i - 1);
            up = (up * 13 + Math.max(0, d)) / 14;
            down = (down * 13 + Math.max(0, -d)) / 14;
            c.set(i, up + down == 0 ? 50 : 100 * up / (up + down));
        }
        return c;
    }

    private static DoubleColumn difference(DoubleColumn a, DoubleColumn b, int n) {
        DoubleColumn c = new DoubleColumn(n);
        for (int i = 0; i < n; i++) c.set(i, a.get(i) - b.get(i));
        return c;
    }

    /** The results as the JSON the issue specifies. */
    static String json(List<Result> results) {
        StringBuilder b = new StringBuilder("{\"sizes\":[");
        for (int i = 0; i < results.size(); i++) b.append(i == 0 ? "" : ",").append(results.get(i).json());
        return b.append("]}").toString();
    }
}
