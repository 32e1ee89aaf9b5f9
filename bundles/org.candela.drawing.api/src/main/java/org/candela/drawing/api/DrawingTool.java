package org.candela.drawing.api;

import java.util.List;

/**
 * A drawing tool, provided as an OSGi service. Stateless: one instance serves every drawing of its kind.
 * See the package documentation for an example.
 */
public interface DrawingTool {

    /** What the tool is; asked once, when the tool is installed. */
    ToolDescriptor descriptor();

    /**
     * The shapes of one drawing. {@code anchors} has {@link ToolDescriptor#anchors()} points; {@code properties}
     * are checked against the descriptor. Called off the UI thread whenever the drawing, its properties or the
     * chart's bars change (not on zoom or pan: the shapes are in chart coordinates); it should take
     * microseconds, and is failed (the drawing shows its error) when it throws or runs over the host's budget.
     */
    void shapes(List<Anchor> anchors, PropertyValues properties, ChartData chart, ShapeSink out);
}
