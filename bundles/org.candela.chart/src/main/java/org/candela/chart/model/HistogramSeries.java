package org.candela.chart.model;

import org.candela.chart.data.ValueColumn;
import org.candela.chart.draw.DrawLayer;

/**
 * Columns from a base (0 by default) to each value: one colour, or the up colour for values at or above the
 * base and the down colour below it (MACD histogram).
 */
public final class HistogramSeries extends ValueSeries {

    private final int downArgb;
    private final boolean bySign;
    private double base;
    private int[] barColors;

    /** One colour for every column. */
    public HistogramSeries(String title, ValueColumn values, int argb) {
        this(title, values, argb, argb, false);
    }

    /** {@code upArgb} at or above the base, {@code downArgb} below it. */
    public HistogramSeries(String title, ValueColumn values, int upArgb, int downArgb, boolean bySign) {
        super(title, values, upArgb);
        this.downArgb = downArgb;
        this.bySign = bySign;
    }

    public void setBase(double value) {
        base = value;
    }

    /**
     * Per-bar colours, by bar index (0 = the series' own colour for that bar); null for none. The array is
     * read, not copied: write new colours into it and redraw.
     */
    public void setBarColors(int[] argbByBar) {
        barColors = argbByBar;
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        super.extendRange(from, to, minMax);
        minMax[0] = Math.min(minMax[0], base);
        minMax[1] = Math.max(minMax[1], base);
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        sync();
        float baseY = Math.round(ctx.y(base));
        if (PixelColumns.aggregated(ctx)) {
            columns.begin(ctx);
            while (columns.next()) {
                index.envelope(columns.from(), columns.to(), envelope);
                if (envelope[0] > envelope[1]) continue;
                float top = Math.round(ctx.y(Math.max(envelope[1], base)));
                float bottom = Math.round(ctx.y(Math.min(envelope[0], base)));
                int color = envelope[1] >= -envelope[0] + 2 * base ? colorFor(envelope[1]) : colorFor(envelope[0]);
                layer.columns.add(columns.x(), top, Math.max(bottom, top + 1), color);
            }
            return;
        }
        double spacing = ctx.time().barSpacing();
        int w = spacing >= 3 ? (int) Math.max(1, Math.floor(spacing) - 1) : 1;
        int half = w / 2;
        for (int i = ctx.from(); i <= ctx.to(); i++) {
            double v = values.get(i);
            if (!Double.isFinite(v)) continue;
            float cx = (float) Math.floor(ctx.x(i));
            float y = Math.round(ctx.y(v));
            float top = Math.min(y, baseY), bottom = Math.max(Math.max(y, baseY), top + 1);
            layer.quads.add(cx - half, top, cx - half + w, bottom, colorAt(i));
        }
    }

    private int colorFor(double v) {
        return bySign && v < base ? downArgb : color();
    }

    @Override
    public int colorAt(int index) {
        if (barColors != null && index >= 0 && index < barColors.length && barColors[index] != 0) return barColors[index];
        return colorFor(values.get(index));
    }
}
