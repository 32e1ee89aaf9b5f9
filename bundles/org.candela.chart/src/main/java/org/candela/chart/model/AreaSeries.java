package org.candela.chart.model;

import org.candela.chart.data.ValueColumn;
import org.candela.chart.draw.DrawLayer;

/** A line with a vertical gradient fill below it, down to the bottom of the pane. */
public final class AreaSeries extends LineSeries {

    private final int topFill, bottomFill;

    /** {@code topFill} at the top of the pane fading to {@code bottomFill} at its bottom. */
    public AreaSeries(String title, ValueColumn values, int lineArgb, int topFill, int bottomFill) {
        super(title, values, lineArgb);
        this.topFill = topFill;
        this.bottomFill = bottomFill;
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        sync();
        float bottom = ctx.paneTop() + ctx.paneHeight();
        boolean aggregated = PixelColumns.aggregated(ctx);
        columns.begin(ctx, !aggregated);
        while (columns.next()) {
            float y;
            if (aggregated) {
                index.envelope(columns.from(), columns.to(), envelope);
                if (envelope[0] > envelope[1]) continue;
                y = Math.min(ctx.y(envelope[1]), ctx.y(envelope[0]));
            } else {
                y = yAtColumn(ctx, columns.x());
                if (Float.isNaN(y)) continue;
            }
            int top = gradient(ctx, y);
            layer.quads.addGradient(columns.x(), y, columns.x() + 1, bottom, top, bottomFill);
        }
        super.draw(ctx, layer);
    }

    private int gradient(SeriesContext ctx, float y) {
        float t = Math.max(0, Math.min(1, (y - ctx.paneTop()) / ctx.paneHeight()));
        return Theme.mix(topFill, bottomFill, t);
    }
}
