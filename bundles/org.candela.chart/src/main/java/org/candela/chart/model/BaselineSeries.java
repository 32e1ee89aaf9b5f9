package org.candela.chart.model;

import org.candela.chart.data.ValueColumn;
import org.candela.chart.draw.DrawLayer;

/**
 * A line against a base value: the area between them filled in one colour above the base and another
 * below it. With no base set, the base is the middle of the visible range.
 */
public final class BaselineSeries extends LineSeries {

    private final int aboveFill, belowFill;
    private double base = Double.NaN;

    public BaselineSeries(String title, ValueColumn values, int lineArgb, int aboveFill, int belowFill) {
        super(title, values, lineArgb);
        this.aboveFill = aboveFill;
        this.belowFill = belowFill;
    }

    /** The base value; NaN for the middle of the visible range. */
    public void setBase(double value) {
        base = value;
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        sync();
        double b = base;
        if (Double.isNaN(b)) {
            index.envelope(ctx.from(), ctx.to(), envelope);
            b = (envelope[0] + envelope[1]) / 2;
        }
        float baseY = ctx.y(b);
        columns.begin(ctx, true);
        while (columns.next()) {
            float y = yAtColumn(ctx, columns.x());
            if (Float.isNaN(y)) continue;
            boolean above = y < baseY;
            layer.columns.add(columns.x(), Math.min(y, baseY), Math.max(y, baseY), above ? aboveFill : belowFill);
        }
        layer.quads.addDashed(0, Math.round(baseY), ctx.time().width(), Math.round(baseY) + 1, 0x80B2B5BE, 3, 3);
        super.draw(ctx, layer);
    }
}
