package org.candela.chart.view;

import java.util.List;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.QuadBuffer;
import org.candela.chart.draw.TextBuffer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.Marker;
import org.candela.chart.model.Series;
import org.candela.chart.model.SeriesContext;

/** Draws series markers (arrows, circles, squares with text) from quads, in the pane's layer. */
final class MarkerView {

    private static final int GAP = 3;
    private final TextMeasure text;
    private final double[] range = new double[2];

    MarkerView(TextMeasure text) {
        this.text = text;
    }

    void draw(Series series, BarStore bars, SeriesContext ctx, DrawLayer layer) {
        List<Marker> markers = series.markers();
        if (markers.isEmpty() || ctx.from() > ctx.to()) return;
        long first = bars.time(ctx.from()), last = bars.time(ctx.to());
        int size = (int) Math.max(7, Math.min(15, Math.floor(ctx.time().barSpacing() * 0.8)));
        size |= 1;
        for (Marker m : markers) {
            if (m.time() < first || m.time() > last) continue;
            int i = bars.indexOf(m.time());
            if (i < 0) continue;
            range[0] = Double.POSITIVE_INFINITY;
            range[1] = Double.NEGATIVE_INFINITY;
            series.extendRange(i, i, range);
            if (range[0] > range[1]) continue;
            float x = (float) Math.floor(ctx.x(i)) + 0.5f;
            float top = switch (m.position()) {
                case ABOVE_BAR -> ctx.y(range[1]) - GAP - size;
                case BELOW_BAR -> ctx.y(range[0]) + GAP;
                case IN_BAR -> ctx.y((range[0] + range[1]) / 2) - size / 2f;
                case AT_PRICE -> ctx.y(m.price()) - size / 2f;
            };
            top = Math.round(top);
            shape(layer.quads, m.shape(), x, top, size, m.argb());
            if (m.text().isEmpty()) continue;
            float ty = switch (m.position()) {
                case ABOVE_BAR -> top - text.lineHeight() - 1;
                case BELOW_BAR -> top + size + 1;
                default -> top + size / 2f - text.lineHeight() / 2f;
            };
            boolean beside = m.position() == Marker.Position.IN_BAR || m.position() == Marker.Position.AT_PRICE;
            layer.texts.add(m.text(), beside ? x + size / 2f + 4 : x, ty, beside ? TextBuffer.LEFT : TextBuffer.CENTER, m.argb());
        }
    }

    /** A shape of {@code size} pixels, centred on x, with its top at {@code top}. */
    static void shape(QuadBuffer q, Marker.Shape shape, float x, float top, int size, int argb) {
        float half = size / 2f;
        switch (shape) {
            case SQUARE -> q.add(x - half, top, x + half, top + size, argb);
            case CIRCLE -> {
                for (int row = 0; row < size; row++) {
                    float dy = row + 0.5f - half;
                    float w = (float) Math.sqrt(Math.max(0, half * half - dy * dy));
                    q.add(Math.round(x - w), top + row, Math.round(x + w), top + row + 1, argb);
                }
            }
            case ARROW_UP, ARROW_DOWN -> {
                int head = (size + 1) / 2;
                int stem = Math.max(1, size / 3);
                for (int row = 0; row < head; row++) {
                    float w = half * (row + 1) / head;
                    float y = shape == Marker.Shape.ARROW_UP ? top + row : top + size - 1 - row;
                    q.add(Math.round(x - w), y, Math.round(x + w), y + 1, argb);
                }
                float stemTop = shape == Marker.Shape.ARROW_UP ? top + head : top;
                q.add(Math.round(x - stem / 2f), stemTop, Math.round(x - stem / 2f) + stem, stemTop + size - head, argb);
            }
        }
    }
}
