package org.candela.chart.model;

import org.candela.chart.data.DoubleColumn;
import org.candela.chart.draw.DrawLayer;

/** A line through a column of values; NaN values leave a gap. */
public final class LineSeries extends Series {

    private final DoubleColumn values;
    private float width = 1.5f;

    public LineSeries(String title, DoubleColumn values, int argb) {
        super(title, argb);
        this.values = values;
    }

    public DoubleColumn values() {
        return values;
    }

    public void setWidth(float px) {
        width = px;
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        for (int i = from; i <= to; i++) {
            double v = values.get(i);
            if (Double.isFinite(v)) {
                minMax[0] = Math.min(minMax[0], v);
                minMax[1] = Math.max(minMax[1], v);
            }
        }
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        int from = Math.max(0, ctx.from() - 1), to = Math.min(values.size() - 1, ctx.to() + 1);
        float px = 0, py = 0;
        boolean have = false;
        for (int i = from; i <= to; i++) {
            double v = values.get(i);
            if (!Double.isFinite(v)) {
                have = false;
                continue;
            }
            float x = ctx.x(i), y = ctx.y(v);
            if (have) layer.segments.add(px, py, x, y, width, color());
            px = x;
            py = y;
            have = true;
        }
    }

    @Override
    public double valueAt(int index) {
        return values.get(index);
    }
}
