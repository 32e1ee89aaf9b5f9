package org.candela.drawings.builtin;

import org.candela.drawing.api.DrawingTool;
import org.osgi.service.component.annotations.Component;

/** A line through two points: {@code trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)}. */
@Component(service = DrawingTool.class)
public final class TrendLine extends Lines.TwoPoint {
    public TrendLine() {
        super("trend", "Trend Line", false, false);
    }
}
