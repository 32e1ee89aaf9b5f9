package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.data.MinMaxIndex;
import org.candela.chart.draw.ColumnBuffer;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.QuadBuffer;

/**
 * A series of a {@link BarStore}'s OHLC bars (candles or OHLC bars). Above one bar per pixel every kind
 * draws the same: one quad per pixel column, the exact envelope of its bars (highest high, lowest low from
 * the min/max index), coloured by the column's first open against its last close.
 */
public abstract class BarSeries extends IndexedSeries {

    protected final BarStore bars;
    protected final Theme theme;

    protected BarSeries(String title, BarStore bars, Theme theme) {
        super(title, theme.up(), MinMaxIndex.lowHigh(bars));
        this.bars = bars;
        this.theme = theme;
    }

    public BarStore bars() {
        return bars;
    }

    @Override
    public final void draw(SeriesContext ctx, DrawLayer layer) {
        if (PixelColumns.aggregated(ctx)) drawColumns(ctx, layer.columns);
        else drawBars(ctx, layer.quads);
    }

    /** One bar or candle per visible bar (at least a pixel apart). */
    protected abstract void drawBars(SeriesContext ctx, QuadBuffer q);

    private void drawColumns(SeriesContext ctx, ColumnBuffer q) {
        columns.begin(ctx);
        while (columns.next()) {
            index.envelope(columns.from(), columns.to(), envelope);
            if (envelope[0] > envelope[1]) continue; // only whitespace bars here
            float top = Math.round(ctx.y(envelope[1]));
            float bottom = Math.round(ctx.y(envelope[0]));
            if (bottom < top) {
                float t = top;
                top = bottom;
                bottom = t;
            }
            int color = bars.close(columns.to()) >= bars.open(columns.from()) ? theme.up() : theme.down();
            q.add(columns.x(), top, Math.max(bottom, top + 1), color);
        }
    }

    /** False for a whitespace bar (a time slot with no trades: NaN prices), which leaves a gap. */
    protected boolean hasBar(int i) {
        return !Double.isNaN(bars.close(i));
    }

    @Override
    public double valueAt(int index) {
        return index >= 0 && index < bars.size() ? bars.close(index) : Double.NaN;
    }

    @Override
    public int colorAt(int index) {
        return bars.close(index) >= bars.open(index) ? theme.up() : theme.down();
    }

    /** Rounded top and bottom pixel rows of a price span, top first, at least a pixel apart. */
    protected static float[] span(SeriesContext ctx, double a, double b, float[] out) {
        float ya = Math.round(ctx.y(a)), yb = Math.round(ctx.y(b));
        out[0] = Math.min(ya, yb);
        out[1] = Math.max(Math.max(ya, yb), out[0] + 1);
        return out;
    }
}
