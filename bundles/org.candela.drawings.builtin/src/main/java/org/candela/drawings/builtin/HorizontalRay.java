package org.candela.drawings.builtin;

import java.util.List;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;
import org.osgi.service.component.annotations.Component;

/** A price level from a point in time to the pane's right edge (a level that held from then on). */
@Component(service = DrawingTool.class)
public final class HorizontalRay implements DrawingTool {

    static final ToolDescriptor DESCRIPTOR = Lines.tool("hray", "Horizontal Ray", 1).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        Anchor a = anchors.get(0);
        Lines.line(out, p, a, new Anchor(a.time() + chart.barMillis(), a.price()), false, true);
        out.text(a.time(), a.price(), Lines.price(a.price(), chart), p.getColor("color"), ShapeSink.Align.ABOVE_LEFT);
    }
}
