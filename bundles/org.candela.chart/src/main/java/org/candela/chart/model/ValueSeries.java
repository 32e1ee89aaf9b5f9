package org.candela.chart.model;

import org.candela.chart.data.MinMaxIndex;
import org.candela.chart.data.ValueColumn;

/** A series of single values per bar (lines, areas, histograms), with its min/max index. */
public abstract class ValueSeries extends Series {

    protected final ValueColumn values;
    protected final MinMaxIndex index;
    protected final double[] envelope = new double[2];
    protected final PixelColumns columns = new PixelColumns();

    protected ValueSeries(String title, ValueColumn values, int argb) {
        super(title, argb);
        this.values = values;
        index = new MinMaxIndex(values.source());
    }

    public ValueColumn values() {
        return values;
    }

    /** Folds the column's own writes (indicator outputs) into the index. */
    protected void sync() {
        int w = values.takeLowestWrite();
        if (w != Integer.MAX_VALUE) index.invalidateFrom(w);
    }

    @Override
    public long bytes() {
        return index.bytes() + values.capacityBytes();
    }

    @Override
    public void barsChanged(int from) {
        index.invalidateFrom(from);
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        sync();
        index.envelope(from, to, envelope);
        minMax[0] = Math.min(minMax[0], envelope[0]);
        minMax[1] = Math.max(minMax[1], envelope[1]);
    }

    @Override
    public double valueAt(int index) {
        return values.get(index);
    }

    /** The line's y at pixel column {@code px}, interpolated between the bars around it; NaN if none. */
    protected float yAtColumn(SeriesContext ctx, float px) {
        double idx = ctx.time().xToIndex(px + 0.5f);
        int a = (int) Math.floor(idx), b = a + 1;
        double va = values.get(a), vb = values.get(b);
        if (!Double.isFinite(va)) return Double.isFinite(vb) && b - idx < 0.5 ? ctx.y(vb) : Float.NaN;
        if (!Double.isFinite(vb)) return idx - a < 0.5 ? ctx.y(va) : Float.NaN;
        return (float) (ctx.y(va) + (ctx.y(vb) - ctx.y(va)) * (idx - a));
    }
}
