package org.candela.chart.model;

import org.candela.chart.data.ValueColumn;

/** A series of single values per bar (lines, areas, histograms), with its min/max index. */
public abstract class ValueSeries extends IndexedSeries {

    protected final ValueColumn values;

    protected ValueSeries(String title, ValueColumn values, int argb) {
        super(title, argb, values.source());
        this.values = values;
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
        return super.bytes() + values.capacityBytes();
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        sync();
        super.extendRange(from, to, minMax);
    }

    @Override
    public double valueAt(int index) {
        return values.get(index);
    }

    /** The line's y at pixel column {@code px}, interpolated between the bars around it; NaN if none. */
    protected float yAtColumn(SeriesContext ctx, float px) {
        return yAtColumn(values, ctx, px);
    }

    /** {@link #yAtColumn(SeriesContext, float)} of any value column. */
    protected static float yAtColumn(ValueColumn values, SeriesContext ctx, float px) {
        double idx = ctx.time().xToIndex(px + 0.5f);
        int a = (int) Math.floor(idx), b = a + 1;
        double va = values.get(a), vb = values.get(b);
        if (!Double.isFinite(va)) return Double.isFinite(vb) && b - idx < 0.5 ? ctx.y(vb) : Float.NaN;
        if (!Double.isFinite(vb)) return idx - a < 0.5 ? ctx.y(va) : Float.NaN;
        return (float) (ctx.y(va) + (ctx.y(vb) - ctx.y(va)) * (idx - a));
    }
}
