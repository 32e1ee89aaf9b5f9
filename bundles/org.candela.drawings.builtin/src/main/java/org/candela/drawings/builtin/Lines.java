package org.candela.drawings.builtin;

import java.util.List;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.PropertySpec;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;

/** What the line tools share: colour, width and style properties, and a line drawn with them. */
final class Lines {

    static final int BLUE = 0xFF2962FF;

    private Lines() {
    }

    /** A descriptor of a line tool with the usual colour, width and style. */
    static ToolDescriptor.Builder tool(String id, String name, int anchors) {
        return ToolDescriptor.builder(id, name).group("Lines").anchors(anchors)
                .property(PropertySpec.color("color", "Colour", BLUE))
                .property(PropertySpec.width("width", "Width", 1))
                .property(PropertySpec.style("style", "Style", LineStyle.SOLID));
    }

    static void line(ShapeSink out, PropertyValues p, Anchor a, Anchor b, boolean left, boolean right) {
        out.line(a.time(), a.price(), b.time(), b.price(), p.getColor("color"), p.getInt("width"), p.getStyle("style"), left, right);
    }

    /** A straight line tool of two anchors: trend line, ray, extended line. */
    abstract static class TwoPoint implements DrawingTool {
        private final ToolDescriptor descriptor;
        private final boolean left, right;

        TwoPoint(String id, String name, boolean left, boolean right) {
            descriptor = tool(id, name, 2).build();
            this.left = left;
            this.right = right;
        }

        @Override
        public ToolDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
            line(out, p, anchors.get(0), anchors.get(1), left, right);
        }
    }

    /** A price as the chart writes it. */
    static String price(double v, ChartData chart) {
        return chart.format(v);
    }
}
