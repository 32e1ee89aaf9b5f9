package org.candela.ui;

import java.util.List;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;

/**
 * A drawing tool service as the window knows it: its descriptor asked once, when the service arrived (on SCR's
 * thread), so that menus, the tool bar, the properties dialog and the parser never call the plugin on the UI
 * thread. {@link #shapes} is called by the chart's drawing lane only.
 */
record DescribedTool(DrawingTool service, ToolDescriptor descriptor) implements DrawingTool {

    /** Asks {@code service} for its descriptor; throws with the reason when the plugin cannot give one. */
    static DescribedTool of(DrawingTool service) {
        ToolDescriptor d;
        try {
            d = service.descriptor();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("its descriptor() threw " + e, e);
        }
        if (d == null) throw new IllegalStateException("its descriptor() returned null");
        return new DescribedTool(service, d);
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues properties, ChartData chart, ShapeSink out) {
        service.shapes(anchors, properties, chart, out);
    }
}
