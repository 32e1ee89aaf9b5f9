package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.QuadBuffer;

/** Candlesticks: a body from open to close and a one-pixel wick from high to low, up or down coloured. */
public final class CandleSeries extends BarSeries {

    private final float[] span = new float[2];

    public CandleSeries(String title, BarStore bars, Theme theme) {
        super(title, bars, theme);
    }

    /** Body width for a bar spacing: 80% of it, odd so the wick sits in the middle, at least 1. */
    public static int bodyWidth(double barSpacing) {
        int w = (int) Math.floor(barSpacing * 0.8);
        if (w >= 3 && (w & 1) == 0) w--;
        return Math.max(1, w);
    }

    @Override
    protected void drawBars(SeriesContext ctx, QuadBuffer q) {
        int bw = bodyWidth(ctx.time().barSpacing());
        int half = bw / 2;
        for (int i = ctx.from(); i <= ctx.to(); i++) {
            int color = colorAt(i);
            float cx = (float) Math.floor(ctx.x(i));
            span(ctx, bars.high(i), bars.low(i), span);
            q.add(cx, span[0], cx + 1, span[1], color);
            if (bw > 1) {
                span(ctx, bars.open(i), bars.close(i), span);
                q.add(cx - half, span[0], cx - half + bw, span[1], color);
            }
        }
    }
}
