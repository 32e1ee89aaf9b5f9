package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.QuadBuffer;

/** Candlesticks: a body from open to close and a one-pixel wick from high to low, up or down coloured. */
public final class CandleSeries extends BarSeries {

    private final float[] span = new float[2];
    private CandleStyle style;

    public CandleSeries(String title, BarStore bars, Theme theme) {
        super(title, bars, theme);
        style = CandleStyle.of(theme);
    }

    public CandleStyle style() {
        return style;
    }

    public void setStyle(CandleStyle s) {
        style = s;
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
            if (!hasBar(i)) continue;
            boolean up = bars.close(i) >= bars.open(i);
            float cx = (float) Math.floor(ctx.x(i));
            span(ctx, bars.high(i), bars.low(i), span);
            q.add(cx, span[0], cx + 1, span[1], up ? style.upWick() : style.downWick());
            if (bw > 1) {
                span(ctx, bars.open(i), bars.close(i), span);
                int body = up ? style.upBody() : style.downBody(), border = up ? style.upBorder() : style.downBorder();
                if (border == body || bw < 3 || span[1] - span[0] < 3) {
                    q.add(cx - half, span[0], cx - half + bw, span[1], border == body ? body : border);
                } else {
                    q.add(cx - half, span[0], cx - half + bw, span[1], border);
                    q.add(cx - half + 1, span[0] + 1, cx - half + bw - 1, span[1] - 1, body);
                }
            }
        }
    }
}
