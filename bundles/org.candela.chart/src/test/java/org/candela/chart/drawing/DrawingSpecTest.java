package org.candela.chart.drawing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.ToolDescriptor;
import org.candela.drawings.builtin.FibRetracement;
import org.candela.drawings.builtin.HorizontalLine;
import org.candela.drawings.builtin.TextNote;
import org.candela.drawings.builtin.TrendLine;
import org.candela.drawings.builtin.VerticalLine;
import org.junit.jupiter.api.Test;

class DrawingSpecTest {

    static final Map<String, DrawingTool> TOOLS = Map.of("trend", new TrendLine(), "hline", new HorizontalLine(), "fib",
            new FibRetracement(), "text", new TextNote(), "vline", new VerticalLine());
    static final Function<String, ToolDescriptor> DESCRIPTORS = id -> TOOLS.containsKey(id) ? TOOLS.get(id).descriptor() : null;

    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void theTextFormReadsAnchorsAndProperties() {
        DrawingSpec trend = DrawingSpec.parse("trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00:00Z 20600.5, color=#F23645, width=2, style=dashed)",
                DESCRIPTORS);
        assertEquals("trend", trend.tool());
        assertEquals(List.of(new Anchor(t("2026-11-30T10:00:00Z"), 20400), new Anchor(t("2026-11-30T14:00:00Z"), 20600.5)), trend.anchors());
        assertEquals(0xFFF23645, trend.properties().getColor("color"));
        assertEquals(2, trend.properties().getInt("width"));
        assertEquals(LineStyle.DASHED, trend.properties().getStyle("style"));

        DrawingSpec level = DrawingSpec.parse(" hline( 20500 ) ", DESCRIPTORS);
        assertEquals(List.of(new Anchor(0, 20500)), level.anchors(), "a price alone");
        DrawingSpec moment = DrawingSpec.parse("vline(2026-11-30T14:30Z)", DESCRIPTORS);
        assertEquals(List.of(new Anchor(t("2026-11-30T14:30:00Z"), 0)), moment.anchors(), "a time alone");

        DrawingSpec fib = DrawingSpec.parse("fib(2026-11-30T10:00Z 20000, 2026-11-30T16:00Z 21000, levels=0 0.5 0.618 1, extend=true)", DESCRIPTORS);
        assertArrayEquals(new double[] {0, 0.5, 0.618, 1}, fib.properties().getLevels("levels"));
        DrawingSpec note = DrawingSpec.parse("text(2026-11-30T12:00Z 20550, text=\"breakout, maybe (\"\"soon\"\")\")", DESCRIPTORS);
        assertEquals("breakout, maybe (\"soon\")", note.properties().getText("text"));
    }

    @Test
    void writtenAndReadBackIsTheSameDrawing() {
        for (String text : List.of("trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600.5, color=#FFF23645, width=2, style=dashed)",
                "hline(20500)", "hline(0.00012345)", "vline(2026-11-30T14:30Z)", "fib(2026-11-30T10:00Z 20000, 2026-11-30T16:00Z 21000, levels=0 0.5 1)",
                "text(2026-11-30T12:00:30.250Z 20550, text=\"a, b\")", "text(2026-11-30T12:00Z 1.0845, text=plain words)")) {
            DrawingSpec spec = DrawingSpec.parse(text, DESCRIPTORS);
            assertEquals(text, spec.text(), "written as read");
            assertEquals(spec, DrawingSpec.parse(spec.text(), DESCRIPTORS), "read as written");
        }
        DrawingSpec defaults = DrawingSpec.parse("trend(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2, width=1)", DESCRIPTORS);
        assertEquals("trend(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2)", defaults.text(), "defaults are left out");
    }

    @Test
    void malformedTextSaysWhatIsWrong() {
        String[][] cases = {
            {"trend", "is not a drawing: write TOOL(ANCHOR, …)"},
            {"trnd(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2)", "unknown drawing tool 'trnd'"},
            {"trend(2026-11-30T10:00Z 1)", "trend takes 2 anchors (TIME PRICE, e.g. 2026-11-30T10:00Z 20400), not 1"},
            {"trend(yesterday 1, 2026-11-30T11:00Z 2)", "trend: 'yesterday 1' is not an anchor"},
            {"trend(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2, colour=#FF0000)", "trend has no property 'colour'"},
            {"trend(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2, width=40)", "width must be from 1 to 10, was 40"},
            {"trend(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2, style=wavy)", "style must be solid, dashed or dotted, not 'wavy'"},
            {"trend(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2, color=red)", "color must be a colour (#RRGGBB or #AARRGGBB), not 'red'"},
            {"trend(2026-11-30T10:00Z 1, width=2, 2026-11-30T11:00Z 2)", "trend: anchors come before properties, at '2026-11-30T11:00Z 2'"},
            {"hline(NaN)", "hline: 'NaN' is not an anchor"},
            {"text(2026-11-30T12:00Z 1, text=\"open)", "a quote is not closed"},
            {"hline(1,,)", "an empty argument"},
            {"fib(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2, levels=0 half 1)", "levels must be numbers separated by spaces, not '0 half 1'"},
        };
        for (String[] c : cases) {
            var e = assertThrows(IllegalArgumentException.class, () -> DrawingSpec.parse(c[0], DESCRIPTORS), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " → " + e.getMessage());
        }
    }
}
