package org.candela.render.gl;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.model.ChartModel;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawings.builtin.ExtendedLine;
import org.candela.drawings.builtin.FibRetracement;
import org.candela.drawings.builtin.HorizontalLine;
import org.candela.drawings.builtin.HorizontalRay;
import org.candela.drawings.builtin.Measure;
import org.candela.drawings.builtin.ParallelChannel;
import org.candela.drawings.builtin.Ray;
import org.candela.drawings.builtin.Rectangle;
import org.candela.drawings.builtin.RegressionChannel;
import org.candela.drawings.builtin.TextNote;
import org.candela.drawings.builtin.TrendLine;
import org.candela.drawings.builtin.VerticalLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in drawing tool on the golden chart (GoldenImageTest's fixed random walk), drawn offscreen from
 * its text form and compared with a reviewed picture ({@code golden/drawing-<tool>.png}); same tolerance and
 * update switch as GoldenImageTest.
 */
class DrawingGoldenTest extends OffscreenTest {

    private static final List<DrawingTool> TOOLS = List.of(new TrendLine(), new Ray(), new ExtendedLine(), new HorizontalLine(),
            new HorizontalRay(), new VerticalLine(), new Rectangle(), new ParallelChannel(), new FibRetracement(), new TextNote(),
            new Measure(), new RegressionChannel());

    /** Bar {@code i}'s time and close, as an anchor: {@code 2024-03-01T03:30Z 101.25}. */
    private static String at(ChartModel m, int i, double offset) {
        String time = java.time.Instant.ofEpochMilli(m.bars().time(i)).toString().replace(":00Z", "Z");
        return time + " " + String.format(Locale.ROOT, "%.2f", m.bars().close(i) + offset);
    }

    private static int lowest(ChartModel m) {
        int low = 240;
        for (int i = 240; i < 300; i++) if (m.bars().close(i) < m.bars().close(low)) low = i;
        return low;
    }

    private static String spec(String tool, ChartModel m) {
        return switch (tool) {
            case "trend" -> "trend(" + at(m, 215, 0) + ", " + at(m, 280, 0) + ", width=2)";
            case "ray" -> "ray(" + at(m, 230, -1) + ", " + at(m, 260, -1) + ", color=#FFFF9800)";
            case "extended" -> "extended(" + at(m, 240, 0.5) + ", " + at(m, 250, 0.5) + ", style=dashed)";
            case "hline" -> "hline(" + String.format(Locale.ROOT, "%.2f", m.bars().close(260)) + ")";
            case "hray" -> "hray(" + at(m, 235, 0) + ", style=dotted, width=2)";
            case "vline" -> "vline(" + at(m, 250, 0).split(" ")[0] + ", color=#FFF23645)";
            case "rect" -> "rect(" + at(m, 225, 1.5) + ", " + at(m, 250, -1.5) + ")"; // a box over the bars 225..250
            case "channel" -> "channel(" + at(m, 215, 0) + ", " + at(m, 265, 0) + ", " + at(m, 215, 1.5) + ")";
            case "fib" -> "fib(" + at(m, lowest(m), 0) + ", " + at(m, 299, 0) + ")"; // from the low of the view to the last close
            case "text" -> "text(" + at(m, 240, 1) + ", text=\"a note, in quotes\", color=#FFFFFFFF)";
            case "measure" -> "measure(" + at(m, 230, 0) + ", " + at(m, 275, 0) + ")";
            case "regression" -> "regression(" + at(m, 210, 0) + ", " + at(m, 290, 0) + ", deviations=1.5)";
            default -> throw new IllegalArgumentException(tool);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"trend", "ray", "extended", "hline", "hray", "vline", "rect", "channel", "fib", "text", "measure", "regression"})
    void tool(String id) throws Exception {
        ChartModel m = GoldenImageTest.model(300);
        ChartDrawings drawings = new ChartDrawings("golden", () -> { });
        m.setDrawings(drawings);
        DrawingSpec spec = DrawingSpec.parse(spec(id, m), t -> TOOLS.stream().filter(x -> x.descriptor().id().equals(t))
                .map(DrawingTool::descriptor).findFirst().orElse(null));
        DrawingTool tool = TOOLS.stream().filter(x -> x.descriptor().id().equals(id)).findFirst().orElseThrow();
        ChartDrawings.Drawing d = drawings.add(spec, tool, m.bars(), m.barMillis());
        drawings.await();
        if (d.error() != null) throw new AssertionError(spec.text() + ": " + d.error());
        try {
            GoldenImageTest.compare("drawing-" + id, m, false);
        } finally {
            drawings.close();
        }
    }
}
