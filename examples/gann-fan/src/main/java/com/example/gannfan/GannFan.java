package com.example.gannfan;

import java.util.List;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.PropertySpec;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;
import org.osgi.service.component.annotations.Component;

/**
 * A Gann fan: nine rays from a pivot (the first anchor) at 1×8, 1×4, 1×3, 1×2, 1×1, 2×1, 3×1, 4×1 and 8×1, where
 * the second anchor sets the 1×1 line (one unit of price per unit of time). Text form:
 * {@code gann(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)}.
 */
@Component(service = DrawingTool.class)
public final class GannFan implements DrawingTool {

    /** Price units per time unit of each ray, 1×8 to 8×1. */
    static final double[] RATIOS = {1 / 8.0, 1 / 4.0, 1 / 3.0, 1 / 2.0, 1, 2, 3, 4, 8};
    static final String[] NAMES = {"1x8", "1x4", "1x3", "1x2", "1x1", "2x1", "3x1", "4x1", "8x1"};

    static final ToolDescriptor DESCRIPTOR = ToolDescriptor.builder("gann", "Gann Fan").group("Gann").anchors(2).version("1.0.0")
            .property(PropertySpec.color("color", "Colour", 0xFF9C27B0))
            .property(PropertySpec.width("width", "Width", 1))
            .property(PropertySpec.bool("labels", "Labels", true)).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        Anchor pivot = anchors.get(0), unit = anchors.get(1);
        long dt = unit.time() - pivot.time();
        if (dt == 0) return; // no time unit: no fan
        double dp = unit.price() - pivot.price();
        int color = p.getColor("color");
        for (int i = 0; i < RATIOS.length; i++) {
            double price = pivot.price() + dp * RATIOS[i];
            out.line(pivot.time(), pivot.price(), unit.time(), price, RATIOS[i] == 1 ? color : (color & 0x00FFFFFF) | 0xAA000000,
                    p.getInt("width"), RATIOS[i] == 1 ? LineStyle.SOLID : LineStyle.DASHED, false, true);
            if (p.getBoolean("labels")) out.text(unit.time(), price, NAMES[i], color, ShapeSink.Align.RIGHT);
        }
    }
}
