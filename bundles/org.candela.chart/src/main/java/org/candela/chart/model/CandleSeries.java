package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.QuadBuffer;

/** Candlesticks of a {@link BarStore}: body from open to close, a one-pixel wick from high to low. */
public final class CandleSeries extends Series {

    private final BarStore bars;
    private final Theme theme;

    public CandleSeries(String title, BarStore bars, Theme theme) {
        super(title, theme.up());
        this.bars = bars;
        this.theme = theme;
    }

    public BarStore bars() {
        return bars;
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        for (int i = from; i <= to; i++) {
            minMax[0] = Math.min(minMax[0], bars.low(i));
            minMax[1] = Math.max(minMax[1], bars.high(i));
        }
    }

    /** Body width for a bar spacing: 80% of it, odd so the wick sits in the middle, at least 1. */
    public static int bodyWidth(double barSpacing) {
        int w = (int) Math.floor(barSpacing * 0.8);
        if (w >= 3 && (w & 1) == 0) w--;
        return Math.max(1, w);
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
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

    @Override
    public double valueAt(int index) {
        return index >= 0 && index < bars.size() ? bars.close(index) : Double.NaN;
    }

    @Override
    public int colorAt(int index) {
        return bars.close(index) >= bars.open(index) ? theme.up() : theme.down();
    }
}
