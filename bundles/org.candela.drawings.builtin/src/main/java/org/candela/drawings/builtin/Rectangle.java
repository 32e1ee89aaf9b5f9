package org.candela.drawings.builtin;

import java.util.List;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.PropertySpec;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;
import org.osgi.service.component.annotations.Component;

/** A box between two corners: a range, a zone of supply or demand. */
@Component(service = DrawingTool.class)
public final class Rectangle implements DrawingTool {

    static final ToolDescriptor DESCRIPTOR = Lines.tool("rect", "Rectangle", 2).group("Shapes")
            .property(PropertySpec.color("fill", "Fill", 0x332962FF)).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        Anchor a = anchors.get(0), b = anchors.get(1);
        double top = Math.max(a.price(), b.price()), bottom = Math.min(a.price(), b.price());
        out.band(a.time(), top, bottom, b.time(), top, bottom, p.getColor("fill"));
        Anchor ab = new Anchor(b.time(), a.price()), ba = new Anchor(a.time(), b.price());
        Lines.line(out, p, a, ab, false, false);
        Lines.line(out, p, ab, b, false, false);
        Lines.line(out, p, b, ba, false, false);
        Lines.line(out, p, ba, a, false, false);
    }
}
