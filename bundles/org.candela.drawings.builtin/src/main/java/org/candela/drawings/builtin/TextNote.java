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

/** A note on the chart: {@code text(2026-11-30T12:00Z 20550, text="breakout?")}. */
@Component(service = DrawingTool.class)
public final class TextNote implements DrawingTool {

    static final ToolDescriptor DESCRIPTOR = ToolDescriptor.builder("text", "Text").group("Annotations").anchors(1)
            .property(PropertySpec.text("text", "Text", "Note"))
            .property(PropertySpec.color("color", "Colour", 0xFFD1D4DC)).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        out.text(anchors.get(0).time(), anchors.get(0).price(), p.getText("text"), p.getColor("color"), ShapeSink.Align.RIGHT);
    }
}
