package org.candela.drawings.builtin;

import java.util.List;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.ChartData;
import org.candela.drawing.api.DrawingTool;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ShapeSink;
import org.candela.drawing.api.ToolDescriptor;
import org.osgi.service.component.annotations.Component;

/**
 * The distance between two points: the change in price and in percent, the bars and the time between them,
 * on a box tinted green for a rise and red for a fall.
 */
@Component(service = DrawingTool.class)
public final class Measure implements DrawingTool {

    static final ToolDescriptor DESCRIPTOR = ToolDescriptor.builder("measure", "Measure").group("Measure").anchors(2).build();

    @Override
    public ToolDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
        Anchor a = anchors.get(0), b = anchors.get(1);
        double change = b.price() - a.price();
        int color = change >= 0 ? 0xFF089981 : 0xFFF23645;
        double top = Math.max(a.price(), b.price()), bottom = Math.min(a.price(), b.price());
        out.band(a.time(), top, bottom, b.time(), top, bottom, (color & 0x00FFFFFF) | 0x33000000);
        out.line(a.time(), a.price(), b.time(), b.price(), color, 1, LineStyle.DASHED, false, false);
        out.text((a.time() + b.time()) / 2, top, label(a, b, chart), 0xFFFFFFFF, ShapeSink.Align.ABOVE_CENTER);
    }

    /** {@code +120.50 (+0.59%) · 24 bars · 2h}. */
    static String label(Anchor a, Anchor b, ChartData chart) {
        double change = b.price() - a.price();
        String sign = change >= 0 ? "+" : "\u2212";
        String pct = a.price() == 0 ? "" : String.format(java.util.Locale.ROOT, " (%s%.2f%%)", sign, Math.abs(change / a.price() * 100));
        long bars = Math.round((double) (b.time() - a.time()) / chart.barMillis());
        return sign + Lines.price(Math.abs(change), chart) + pct + " \u00B7 " + bars + " bars \u00B7 " + duration(Math.abs(b.time() - a.time()));
    }

    /** {@code 2d 4h}, {@code 3h 15m}, {@code 45m}. */
    static String duration(long millis) {
        long minutes = millis / 60_000, days = minutes / 1440, hours = minutes % 1440 / 60, m = minutes % 60;
        if (days > 0) return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        if (hours > 0) return hours + "h" + (m > 0 ? " " + m + "m" : "");
        return m + "m";
    }
}
