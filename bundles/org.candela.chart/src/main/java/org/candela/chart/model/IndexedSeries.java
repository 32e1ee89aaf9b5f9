package org.candela.chart.model;

import org.candela.chart.data.MinMaxIndex;

/**
 * A series backed by a min/max index over its values: autoscale asks the index (O(log n)), and above one
 * bar per pixel the series draws per-pixel-column envelopes from it.
 */
public abstract class IndexedSeries extends Series {

    protected final MinMaxIndex index;
    protected final double[] envelope = new double[2];
    protected final PixelColumns columns = new PixelColumns();

    protected IndexedSeries(String title, int argb, MinMaxIndex.Source source) {
        super(title, argb);
        index = new MinMaxIndex(source);
    }

    @Override
    public long bytes() {
        return index.bytes();
    }

    @Override
    public void barsChanged(int from) {
        index.invalidateFrom(from);
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        index.envelope(from, to, envelope);
        minMax[0] = Math.min(minMax[0], envelope[0]);
        minMax[1] = Math.max(minMax[1], envelope[1]);
    }
}
