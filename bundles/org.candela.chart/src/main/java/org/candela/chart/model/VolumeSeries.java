package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.data.MinMaxIndex;
import org.candela.chart.draw.DrawLayer;

/** Volume of a {@link BarStore} as a histogram from the pane's zero line, coloured by bar direction. */
public final class VolumeSeries extends IndexedSeries {

    private final BarStore bars;
    private final Theme theme;

    public VolumeSeries(String title, BarStore bars, Theme theme) {
        super(title, theme.up(), MinMaxIndex.volumes(bars));
        this.bars = bars;
        this.theme = theme;
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        super.extendRange(from, to, minMax);
        minMax[0] = Math.min(minMax[0], 0); // bars stand on zero
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        double spacing = ctx.time().barSpacing();
        if (spacing < 1) {
            drawColumns(ctx, layer);
            return;
        }
        int w = spacing >= 3 ? (int) Math.max(1, Math.floor(spacing) - 1) : 1;
        int half = w / 2;
        float base = Math.round(ctx.y(0));
        for (int i = ctx.from(); i <= ctx.to(); i++) {
            if (Double.isNaN(bars.volume(i))) continue; // a whitespace bar
            float cx = (float) Math.floor(ctx.x(i));
            float top = Math.min(Math.round(ctx.y(bars.volume(i))), base - 1);
            layer.quads.add(cx - half, top, cx - half + w, base, colorAt(i));
        }
    }

    /** More than one bar per pixel: one bar per pixel column, as tall as its largest volume. */
    private void drawColumns(SeriesContext ctx, DrawLayer layer) {
        float base = Math.round(ctx.y(0));
        columns.begin(ctx);
        while (columns.next()) {
            index.envelope(columns.from(), columns.to(), envelope);
            float top = Math.min(Math.round(ctx.y(envelope[1])), base - 1);
            layer.columns.add(columns.x(), top, base, colorAt(columns.to()));
        }
    }

    @Override
    public double valueAt(int index) {
        return index >= 0 && index < bars.size() ? bars.volume(index) : Double.NaN;
    }

    @Override
    public int colorAt(int index) {
        int c = bars.close(index) >= bars.open(index) ? theme.up() : theme.down();
        return Theme.withAlpha(c, 0x80);
    }
}
