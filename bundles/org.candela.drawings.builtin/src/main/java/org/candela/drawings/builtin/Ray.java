package org.candela.drawings.builtin;

import org.candela.drawing.api.DrawingTool;
import org.osgi.service.component.annotations.Component;

/** From the first point through the second and on to the pane's edge. */
@Component(service = DrawingTool.class)
public final class Ray extends Lines.TwoPoint {
    public Ray() {
        super("ray", "Ray", false, true);
    }
}
