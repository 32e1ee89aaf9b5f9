package org.candela.chart.model;

import org.candela.chart.data.ValueColumn;
import org.candela.chart.draw.DrawLayer;

/**
 * A dot per bar (an indicator output plotted as circles, like a parabolic SAR): a square of about a third of
 * the bar spacing, 2 to 6 pixels. Above one bar per pixel, one column per pixel over the column's envelope,
 * as a line draws there.
 */
public final class DotSeries extends ValueSeries {

    public DotSeries(String title, ValueColumn values, int argb) {
        super(title, values, argb);
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        sync();
        int color = color();
        if (PixelColumns.aggregated(ctx)) {
            columns.begin(ctx);
            while (columns.next()) {
                index.envelope(columns.from(), columns.to(), envelope);
                if (envelope[0] > envelope[1]) continue;
                float top = ctx.y(envelope[1]), bottom = ctx.y(envelope[0]);
                layer.columns.add(columns.x(), Math.min(top, bottom), Math.max(top, bottom) + 1, color);
            }
            return;
        }
        float size = (float) Math.max(2, Math.min(6, Math.round(ctx.time().barSpacing() / 3)));
        for (int i = ctx.from(); i <= ctx.to(); i++) {
            double v = values.get(i);
            if (!Double.isFinite(v)) continue;
            float x = Math.round(ctx.x(i)) - size / 2, y = Math.round(ctx.y(v)) - size / 2;
            layer.quads.add(x, y, x + size, y + size, color);
        }
    }
}
