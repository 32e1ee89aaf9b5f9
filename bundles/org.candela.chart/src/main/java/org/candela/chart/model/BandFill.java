package org.candela.chart.model;

import org.candela.chart.data.ValueColumn;
import org.candela.chart.draw.DrawLayer;

/**
 * The translucent fill between two value columns (Bollinger upper and lower), one quad per pixel column
 * between the two lines as they are drawn there. Draws under the lines; not in the legend; does not take
 * part in autoscale (its lines do).
 */
public final class BandFill extends ValueSeries {

    private final ValueColumn lower;

    public BandFill(String title, ValueColumn upper, ValueColumn lower, int argb) {
        super(title, upper, argb);
        this.lower = lower;
    }

    @Override
    public boolean inLegend() {
        return false;
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        // the band's own lines extend the range
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        sync();
        columns.begin(ctx, true);
        int color = color();
        while (columns.next()) {
            float x = columns.x();
            float a = yAtColumn(values, ctx, x), b = yAtColumn(lower, ctx, x);
            if (Float.isNaN(a) || Float.isNaN(b)) continue;
            layer.quads.add(x, Math.min(a, b), x + 1, Math.max(a, b), color);
        }
    }
}
