package org.candela.drawings.builtin;

import java.util.List;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;
import org.osgi.service.component.annotations.Component;

/** A moment across the whole pane: {@code vline(2026-11-30T14:30Z)}. */
@Component(service = DrawingTool.class)
public final class VerticalLine implements DrawingTool {

    static final ToolDescriptor DESCRIPTOR = Lines.tool("vline", "Vertical Line", 1).anchorKind(ToolDescriptor.AnchorKind.TIME).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        out.vertical(anchors.get(0).time(), p.getColor("color"), p.getInt("width"), p.getStyle("style"));
    }
}
