package org.candela.chart.model;

import org.candela.chart.data.DoubleColumn;
import org.candela.chart.data.MinMaxIndex;
import org.candela.chart.draw.DrawLayer;

/** A line through a column of values; NaN values leave a gap. */
public final class LineSeries extends Series {

    private final DoubleColumn values;
    private final MinMaxIndex index;
    private final double[] envelope = new double[2];
    private float width = 1.5f;

    public LineSeries(String title, DoubleColumn values, int argb) {
        super(title, argb);
        this.values = values;
        index = new MinMaxIndex(MinMaxIndex.values(values));
    }

    @Override
    public long bytes() {
        return index.bytes() + values.capacityBytes();
    }

    /** Folds the column's writes since the last frame into the index. */
    private void sync() {
        int w = values.takeLowestWrite();
        if (w != Integer.MAX_VALUE) index.invalidateFrom(w);
    }

    public DoubleColumn values() {
        return values;
    }

    public void setWidth(float px) {
        width = px;
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        sync();
        index.envelope(from, to, envelope);
        minMax[0] = Math.min(minMax[0], envelope[0]);
        minMax[1] = Math.max(minMax[1], envelope[1]);
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        sync();
        if (ctx.time().barSpacing() < 1) {
            drawColumns(ctx, layer);
            return;
        }
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

    /**
     * More than one value per pixel: per pixel column one vertical stroke over the column's envelope
     * widened to the previous column's last value, so the line stays joined and spikes survive any zoom.
     */
    private void drawColumns(SeriesContext ctx, DrawLayer layer) {
        var ts = ctx.time();
        int first = (int) Math.max(0, Math.floor(ts.indexToX(ctx.from())));
        int last = (int) Math.min(ts.width() - 1, Math.floor(ts.indexToX(ctx.to())));
        float prevY = Float.NaN;
        for (int px = first; px <= last; px++) {
            int i0 = Math.max(ctx.from(), (int) Math.ceil(ts.xToIndex(px)));
            int i1 = Math.min(ctx.to(), (int) Math.ceil(ts.xToIndex(px + 1)) - 1);
            if (i0 > i1) continue;
            index.envelope(i0, i1, envelope);
            if (envelope[0] > envelope[1]) {
                prevY = Float.NaN;
                continue;
            }
            float x = px + 0.5f, top = ctx.y(envelope[1]), bottom = ctx.y(envelope[0]);
            if (!Float.isNaN(prevY)) {
                top = Math.min(top, prevY);
                bottom = Math.max(bottom, prevY);
            }
            layer.segments.add(x, top, x, bottom, width, color());
            double lastValue = values.get(i1);
            prevY = Double.isFinite(lastValue) ? ctx.y(lastValue) : Float.NaN;
        }
    }

    @Override
    public double valueAt(int index) {
        return values.get(index);
    }
}
