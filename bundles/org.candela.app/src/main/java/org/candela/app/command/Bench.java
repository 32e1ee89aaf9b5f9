package org.candela.app.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.candela.app.Launch;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.render.gl.OffscreenCanvas;
import org.osgi.framework.BundleContext;

/** {@code --bench chart|indicators|ingest|store|soak [--bars N] [--minutes M] [--json FILE]}: runs a benchmark, prints its lines, writes JSON. */
final class Bench {

    private Bench() {
    }

    static void run(BundleContext ctx, Launch launch) throws Exception {
        if (launch.bench().equals("indicators")) {
            runIndicators(ctx, launch);
            return;
        }
        if (launch.bench().equals("alerts")) {
            System.out.printf(java.util.Locale.ROOT, "alerts benchmark: %,d conditions evaluated on each of %,d ticks (%d a bar), one thread%n",
                    AlertBench.ALERTS, AlertBench.TICKS, AlertBench.TICKS_PER_BAR);
            var r = AlertBench.run(Services.indicators(ctx));
            System.out.printf(java.util.Locale.ROOT, "%,d alerts: %.2f µs a tick (%.1f ns an alert); %,d firings, %,d bytes allocated in %,d ticks"
                    + " (%.0f bytes a firing: nothing but the firings)%n", AlertBench.ALERTS, r.microsPerTick(), r.nanosPerAlert(), r.firings(),
                    r.bytesAllocated(), AlertBench.TICKS, r.firings() == 0 ? 0.0 : (double) r.bytesAllocated() / r.firings());
            writeJson(launch, r.json());
            return;
        }
        if (!OffscreenCanvas.available()) {
            throw new IllegalStateException("no X display with OpenGL 3.3: set DISPLAY or run under xvfb-run");
        }
        if (launch.bench().equals("ingest")) {
            System.out.printf(java.util.Locale.ROOT, "ingest benchmark: %,d one-trade frames per exchange format, one thread; "
                    + "tick-to-pixel over %d frames into a 10,000-bar chart at 1920x1080%n", IngestBench.FRAMES, IngestBench.LATENCY_FRAMES);
            writeJson(launch, IngestBench.json(IngestBench.run(Services.all(ctx, org.candela.marketdata.support.FrameDecoder.class))));
            return;
        }
        if (launch.bench().equals("store")) {
            int[] sizes = launch.bars() > 0 ? new int[] {launch.bars()} : StoreBench.SIZES;
            System.out.println("store benchmark: bar files of 52-byte checked records; open, read and first 1920x1080 frame; "
                    + StoreBench.APPENDS + " live writes");
            List<StoreBench.Result> results = StoreBench.run(sizes);
            for (StoreBench.Result r : results) System.out.println(r.line());
            writeJson(launch, StoreBench.json(results));
            return;
        }
        if (launch.bench().equals("workbench")) {
            System.out.printf(java.util.Locale.ROOT, "workbench benchmark: 2x2 tiles of %dx%d, %,d bars each with %s, %d trades/s each, "
                    + "%d s; %d cores%n", WorkbenchBench.W, WorkbenchBench.H, WorkbenchBench.BARS, WorkbenchBench.INDICATORS,
                    WorkbenchBench.TRADES_PER_SECOND, WorkbenchBench.SECONDS, Runtime.getRuntime().availableProcessors());
            double[] busy = new double[1];
            var results = WorkbenchBench.run(Services.indicators(ctx), busy);
            for (var r : results) {
                System.out.printf(java.util.Locale.ROOT, "%s  %,5d frames  median %6.2f ms  p99 %6.2f ms%n", r.symbol(), r.frames(), r.medianMs(), r.p99Ms());
            }
            System.out.printf(java.util.Locale.ROOT, "drawing thread busy %.1f%% of the time%n", busy[0] * 100);
            writeJson(launch, WorkbenchBench.json(results, busy[0]));
            return;
        }
        if (launch.bench().equals("drawings")) {
            System.out.printf(java.util.Locale.ROOT, "drawings benchmark: %dx%d, %,d bars, %,d full frames panning a bar each, "
                    + "without drawings and with %,d; %d cores%n", DrawingBench.W, DrawingBench.H, DrawingBench.BARS, DrawingBench.FRAMES,
                    DrawingBench.DRAWINGS, Runtime.getRuntime().availableProcessors());
            var r = DrawingBench.run(Services.all(ctx, org.candela.drawing.api.DrawingTool.class));
            DrawingBench.lines(r).forEach(System.out::println);
            writeJson(launch, r.json());
            return;
        }
        if (launch.bench().equals("soak")) {
            runSoak(ctx, launch);
            return;
        }
        if (!launch.bench().equals("chart")) {
            throw new IllegalArgumentException("unknown benchmark '" + launch.bench() + "'; available: chart, indicators, ingest, store, soak, workbench, drawings, alerts");
        }
        int[] sizes = launch.bars() > 0 ? new int[] {launch.bars()} : ChartBench.SIZES;
        System.out.println("chart benchmark: " + ChartBench.W + "x" + ChartBench.H + ", 4 panes, 5 indicator series, "
                + "fit/zoom/pan/zoom-out/crosshair/live-tick script; " + Runtime.getRuntime().availableProcessors() + " cores");
        List<ChartBench.Result> results = new java.util.ArrayList<>();
        for (int n : sizes) {
            ChartBench.Result r = ChartBench.run(new int[] {n}).get(0);
            System.out.println(r.line());
            results.add(r);
        }
        writeJson(launch, ChartBench.json(results));
    }

    private static void runIndicators(BundleContext ctx, Launch launch) throws Exception {
        String dir = launch.pluginsDir();
        Plugins.awaitPlugins(ctx, dir.isEmpty() ? null : Path.of(dir), 5_000);
        int bars = launch.bars() > 0 ? launch.bars() : IndicatorBench.BARS;
        System.out.printf(java.util.Locale.ROOT, "indicator benchmark: %,d bars batch, %,d ticks streaming, one thread%n",
                bars, IndicatorBench.TICKS);
        writeJson(launch, IndicatorBench.json(IndicatorBench.run(Services.indicators(ctx), bars)));
    }

    private static void runSoak(BundleContext ctx, Launch launch) throws Exception {
        MarketDataConnector replay = Services.connector(ctx, "replay", 10_000);
        Services.configure(ctx, "org.candela.connector.replay", java.util.Map.of("tickMillis", 1, "speed", 1.0));
        System.out.printf(java.util.Locale.ROOT, "soak benchmark: %d minutes, %s 1m with %s, %dx%d, 1,000 replay trades a second; "
                + "%d cores, max heap %d MB%n", launch.minutes(), launch.symbol(), "sma(20), volume, " + SoakBench.INDICATORS, SoakBench.W,
                SoakBench.H, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        writeJson(launch, SoakBench.json(SoakBench.run(replay, Services.indicators(ctx), launch.symbol(), launch.minutes())));
    }

    private static void writeJson(Launch launch, String json) throws IOException {
        if (launch.jsonFile().isEmpty()) return;
        Path file = Path.of(launch.jsonFile()).toAbsolutePath();
        Path part = file.resolveSibling("." + file.getFileName() + ".part");
        Files.writeString(part, json + "\n");
        Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("wrote " + file);
    }
}
