package org.candela.app.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Theme;
import org.candela.chart.store.BarFile;
import org.candela.chart.view.ChartView;
import org.candela.render.gl.GlyphAtlas;
import org.candela.render.gl.OffscreenCanvas;

/**
 * {@code --bench store}: the history kept on disk at 1M and 10M bars. Writes the file once, then times
 * opening it (every record checked), reading it into a chart and drawing the first 1920×1080 frame; then
 * live appends (a new bar and nine rewrites of it, as ticks do), with no fsync; and the bytes per bar on
 * disk. The file lives in a temporary directory and is deleted.
 */
final class StoreBench {

    static final int[] SIZES = {1_000_000, 10_000_000};
    static final int APPENDS = 200_000;

    record Result(int bars, double openFirstFrameMs, double appendNs, double bytesPerBar) {
        String json() {
            return String.format(Locale.ROOT, "{\"bars\":%d,\"open_first_frame_ms\":%.1f,\"append_ns\":%.1f,\"bytes_per_bar\":%.1f}",
                    bars, openFirstFrameMs, appendNs, bytesPerBar);
        }

        String line() {
            return String.format(Locale.ROOT, "%,11d bars  open+read+first frame %7.1f ms  live append %6.1f ns/write  %5.1f B/bar on disk",
                    bars, openFirstFrameMs, appendNs, bytesPerBar);
        }
    }

    private StoreBench() {
    }

    static List<Result> run(int[] sizes) throws IOException {
        Path dir = Files.createTempDirectory("candela-store-bench");
        GlyphAtlas atlas = new GlyphAtlas(12);
        List<Result> out = new ArrayList<>();
        try (OffscreenCanvas canvas = new OffscreenCanvas(ChartBench.W, ChartBench.H, atlas)) {
            for (int n : sizes) {
                Path file = dir.resolve(n + ".bars");
                try (BarFile f = BarFile.open(file, 60_000)) {
                    f.merge(SyntheticBars.generate(n));
                }
                double open = openAndDraw(file, canvas, atlas); // a cold JVM path the first time: take the better of two
                open = Math.min(open, openAndDraw(file, canvas, atlas));
                double append = appends(file);
                double bytes = Files.size(file) / (double) (n + APPENDS / 10);
                out.add(new Result(n, open, append, bytes));
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        return out;
    }

    private static double openAndDraw(Path file, OffscreenCanvas canvas, GlyphAtlas atlas) throws IOException {
        System.gc();
        long t0 = System.nanoTime();
        BarStore bars;
        try (BarFile f = BarFile.open(file, 60_000)) {
            bars = f.readAll();
        }
        ChartModel model = new ChartModel("BENCH · 1m", bars, 60_000, Theme.DARK);
        ChartView view = new ChartView(model, atlas);
        DrawList list = new DrawList();
        model.barsReset();
        model.timeScale().fitContent(bars.size());
        view.build(ChartBench.W, ChartBench.H, list);
        canvas.draw(list);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** ns per write: each new bar is appended, then rewritten nine times (ticks of the forming candle). */
    private static double appends(Path file) throws IOException {
        try (BarFile f = BarFile.open(file, 60_000)) {
            long t = f.lastTime();
            long t0 = System.nanoTime();
            for (int k = 0; k < APPENDS; k++) {
                if (k % 10 == 0) t += 60_000;
                double p = 68_000 + (k % 100);
                f.put(t, p, p + 1, p - 1, p, k);
            }
            return (System.nanoTime() - t0) / (double) APPENDS;
        }
    }

    static String json(List<Result> results) {
        return "{\"sizes\":[" + results.stream().map(Result::json).collect(Collectors.joining(",")) + "]}";
    }
}
