package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.QuadBuffer;

/** OHLC bars: a vertical line from high to low, the open as a tick to the left, the close to the right. */
public final class OhlcSeries extends BarSeries {

    private final float[] span = new float[2];

    public OhlcSeries(String title, BarStore bars, Theme theme) {
        super(title, bars, theme);
    }

    @Override
    protected void drawBars(SeriesContext ctx, QuadBuffer q) {
        double spacing = ctx.time().barSpacing();
        int tick = (int) Math.max(0, Math.min(8, Math.floor(spacing * 0.4)));
        int thick = spacing >= 12 ? 2 : 1;
        for (int i = ctx.from(); i <= ctx.to(); i++) {
            if (!hasBar(i)) continue;
            int color = colorAt(i);
            float cx = (float) Math.floor(ctx.x(i));
            span(ctx, bars.high(i), bars.low(i), span);
            q.add(cx, span[0], cx + thick, span[1], color);
            if (tick == 0) continue;
            float open = Math.round(ctx.y(bars.open(i))), close = Math.round(ctx.y(bars.close(i)));
            q.add(cx - tick, open, cx, open + thick, color);
            q.add(cx + thick, close, cx + thick + tick, close + thick, color);
        }
    }
}
