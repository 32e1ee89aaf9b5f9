package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.data.MinMaxIndex;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.QuadBuffer;

/** Candlesticks of a {@link BarStore}: body from open to close, a one-pixel wick from high to low. */
public final class CandleSeries extends Series {

    private final BarStore bars;
    private final Theme theme;
    private final MinMaxIndex index;
    private final double[] envelope = new double[2];

    public CandleSeries(String title, BarStore bars, Theme theme) {
        super(title, theme.up());
        this.bars = bars;
        this.theme = theme;
        index = new MinMaxIndex(MinMaxIndex.lowHigh(bars));
    }

    public BarStore bars() {
        return bars;
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

    /** Body width for a bar spacing: 80% of it, odd so the wick sits in the middle, at least 1. */
    public static int bodyWidth(double barSpacing) {
        int w = (int) Math.floor(barSpacing * 0.8);
        if (w >= 3 && (w & 1) == 0) w--;
        return Math.max(1, w);
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        if (ctx.time().barSpacing() < 1) {
            drawColumns(ctx, layer.quads);
            return;
        }
        QuadBuffer q = layer.quads;
        int bw = bodyWidth(ctx.time().barSpacing());
        int half = bw / 2;
        for (int i = ctx.from(); i <= ctx.to(); i++) {
            double o = bars.open(i), c = bars.close(i);
            int color = colorAt(i);
            float cx = (float) Math.floor(ctx.x(i));
            float yh = Math.round(ctx.y(bars.high(i)));
            float yl = Math.round(ctx.y(bars.low(i)));
            q.add(cx, yh, cx + 1, Math.max(yl, yh + 1), color);
            if (bw > 1) {
                float top = Math.round(ctx.y(Math.max(o, c)));
                float bottom = Math.max(Math.round(ctx.y(Math.min(o, c))), top + 1);
                q.add(cx - half, top, cx - half + bw, bottom, color);
            }
        }
    }

    /**
     * More than one bar per pixel: one quad per pixel column, the exact envelope of its bars (highest high,
     * lowest low from the index), coloured by the first open against the last close.
     */
    private void drawColumns(SeriesContext ctx, QuadBuffer q) {
        var ts = ctx.time();
        int first = (int) Math.max(0, Math.floor(ts.indexToX(ctx.from())));
        int last = (int) Math.min(ts.width() - 1, Math.floor(ts.indexToX(ctx.to())));
        for (int px = first; px <= last; px++) {
            int i0 = Math.max(ctx.from(), (int) Math.ceil(ts.xToIndex(px)));
            int i1 = Math.min(ctx.to(), (int) Math.ceil(ts.xToIndex(px + 1)) - 1);
            if (i0 > i1) continue;
            index.envelope(i0, i1, envelope);
            float top = Math.round(ctx.y(envelope[1]));
            float bottom = Math.max(Math.round(ctx.y(envelope[0])), top + 1);
            int color = bars.close(i1) >= bars.open(i0) ? theme.up() : theme.down();
            q.add(px, top, px + 1, bottom, color);
        }
    }

    @Override
    public double valueAt(int index) {
        return index >= 0 && index < bars.size() ? bars.close(index) : Double.NaN;
    }

    @Override
    public int colorAt(int index) {
        return bars.close(index) >= bars.open(index) ? theme.up() : theme.down();
    }
}
