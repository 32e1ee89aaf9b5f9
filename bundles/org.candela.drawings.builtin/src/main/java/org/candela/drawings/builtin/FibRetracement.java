package org.candela.drawings.builtin;

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
 * Fibonacci retracement from the first anchor (level 1) to the second (level 0): a line and a label at each
 * level, the zones between them tinted. The levels are editable: {@code fib(…, levels=0 0.5 0.618 1)}.
 */
@Component(service = DrawingTool.class)
public final class FibRetracement implements DrawingTool {

    /** TradingView's colours for the default levels, then round again. */
    private static final int[] COLORS = {0xFF787B86, 0xFFF23645, 0xFFFF9800, 0xFF4CAF50, 0xFF089981, 0xFF00BCD4, 0xFF787B86, 0xFF2962FF,
        0xFF9C27B0, 0xFFE91E63};

    static final ToolDescriptor DESCRIPTOR = ToolDescriptor.builder("fib", "Fibonacci Retracement").group("Fibonacci").anchors(2)
            .property(PropertySpec.levels("levels", "Levels", 0, 0.236, 0.382, 0.5, 0.618, 0.786, 1))
            .property(PropertySpec.bool("extend", "Extend right", false))
            .property(PropertySpec.bool("fill", "Tint the zones", true))
            .property(PropertySpec.width("width", "Width", 1)).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        Anchor from = anchors.get(0), to = anchors.get(1);
        long left = Math.min(from.time(), to.time()), right = Math.max(from.time(), to.time());
        double[] levels = p.getLevels("levels");
        boolean extend = p.getBoolean("extend");
        double previous = Double.NaN;
        for (int i = 0; i < levels.length; i++) {
            double price = to.price() + (from.price() - to.price()) * levels[i];
            int color = COLORS[i % COLORS.length];
            out.line(left, price, right, price, color, p.getInt("width"), LineStyle.SOLID, false, extend);
            out.text(left, price, level(levels[i]) + " (" + Lines.price(price, chart) + ")", color, ShapeSink.Align.ABOVE_LEFT);
            if (p.getBoolean("fill") && !Double.isNaN(previous)) {
                out.band(left, Math.max(previous, price), Math.min(previous, price), right, Math.max(previous, price), Math.min(previous, price),
                        (color & 0x00FFFFFF) | 0x1A000000);
            }
            previous = price;
        }
        out.line(from.time(), from.price(), to.time(), to.price(), 0xFF787B86, 1, LineStyle.DASHED, false, false);
    }

    private static String level(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
