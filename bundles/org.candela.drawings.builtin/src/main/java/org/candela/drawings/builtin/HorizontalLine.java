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

/**
 * A price level across the whole pane: {@code hline(20500)}. The chart shows its price on the price axis; the
 * {@code label} property writes it on the line too.
 */
@Component(service = DrawingTool.class)
public final class HorizontalLine implements DrawingTool {

    static final ToolDescriptor DESCRIPTOR = Lines.tool("hline", "Horizontal Line", 1).anchorKind(ToolDescriptor.AnchorKind.PRICE)
            .property(PropertySpec.bool("label", "Price on the line", false)).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        Anchor a = anchors.get(0);
        Lines.line(out, p, a, new Anchor(a.time() + chart.barMillis(), a.price()), true, true);
        if (p.getBoolean("label") && chart.size() > 0) {
            out.text(chart.time(chart.size() - 1), a.price(), Lines.price(a.price(), chart), p.getColor("color"), ShapeSink.Align.ABOVE_RIGHT);
        }
    }
}
