package org.candela.drawings.builtin;

import org.candela.drawing.api.DrawingTool;
import org.osgi.service.component.annotations.Component;

/** Through two points, edge to edge. */
@Component(service = DrawingTool.class)
public final class ExtendedLine extends Lines.TwoPoint {
    public ExtendedLine() {
        super("extended", "Extended Line", true, true);
    }
}
