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
import org.osgi.service.component.annotations.Component;

/**
 * Two parallel lines: the first two anchors make the base line, the third says how far above or below the
 * parallel runs; the middle line dashed, the channel filled.
 */
@Component(service = DrawingTool.class)
public final class ParallelChannel implements DrawingTool {

    static final ToolDescriptor DESCRIPTOR = Lines.tool("channel", "Parallel Channel", 3).group("Channels")
            .property(PropertySpec.color("fill", "Fill", 0x222962FF))
            .property(PropertySpec.bool("middle", "Middle line", true))
            .property(PropertySpec.bool("extend", "Extend right", false)).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        Anchor a = anchors.get(0), b = anchors.get(1), c = anchors.get(2);
        double slope = b.time() == a.time() ? 0 : (b.price() - a.price()) / (b.time() - a.time());
        double offset = c.price() - (a.price() + slope * (c.time() - a.time())); // the third point's distance from the base line
        boolean extend = p.getBoolean("extend");
        out.band(a.time(), Math.max(a.price(), a.price() + offset), Math.min(a.price(), a.price() + offset),
                b.time(), Math.max(b.price(), b.price() + offset), Math.min(b.price(), b.price() + offset), p.getColor("fill"));
        Lines.line(out, p, a, b, false, extend);
        Lines.line(out, p, new Anchor(a.time(), a.price() + offset), new Anchor(b.time(), b.price() + offset), false, extend);
        if (p.getBoolean("middle")) {
            out.line(a.time(), a.price() + offset / 2, b.time(), b.price() + offset / 2, p.getColor("color"), 1, LineStyle.DASHED, false, extend);
        }
    }
}
