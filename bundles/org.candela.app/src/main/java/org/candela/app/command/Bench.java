package org.candela.app.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.candela.app.Launch;
import org.candela.render.gl.OffscreenCanvas;

/** {@code --bench KIND [--bars N] [--json FILE]}: runs a benchmark, prints a line per size, writes JSON. */
final class Bench {

    private Bench() {
    }

    static void run(Launch launch) throws IOException {
        if (!launch.bench().equals("chart")) {
            throw new IllegalArgumentException("unknown benchmark '" + launch.bench() + "'; available: chart");
        }
        if (!OffscreenCanvas.available()) {
            throw new IllegalStateException("no X display with OpenGL 3.3: set DISPLAY or run under xvfb-run");
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
        if (!launch.jsonFile().isEmpty()) {
            Path file = Path.of(launch.jsonFile()).toAbsolutePath();
            Files.writeString(file, ChartBench.json(results) + "\n");
            System.out.println("wrote " + file);
        }
    }
}
