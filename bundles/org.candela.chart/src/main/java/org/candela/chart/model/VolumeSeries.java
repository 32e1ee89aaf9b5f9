package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.data.MinMaxIndex;
import org.candela.chart.draw.DrawLayer;

/** Volume of a {@link BarStore} as a histogram from the pane's zero line, coloured by bar direction. */
public final class VolumeSeries extends Series {

    private final BarStore bars;
    private final Theme theme;
    private final MinMaxIndex index;
    private final double[] envelope = new double[2];

    public VolumeSeries(String title, BarStore bars, Theme theme) {
        super(title, theme.up());
        this.bars = bars;
        this.theme = theme;
        index = new MinMaxIndex(MinMaxIndex.volumes(bars));
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
        minMax[0] = Math.min(minMax[0], 0);
        minMax[1] = Math.max(minMax[1], envelope[1]);
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
            float cx = (float) Math.floor(ctx.x(i));
            float top = Math.min(Math.round(ctx.y(bars.volume(i))), base - 1);
            layer.quads.add(cx - half, top, cx - half + w, base, colorAt(i));
        }
    }

    /** More than one bar per pixel: one bar per pixel column, as tall as its largest volume. */
    private void drawColumns(SeriesContext ctx, DrawLayer layer) {
        var ts = ctx.time();
        float base = Math.round(ctx.y(0));
        int first = (int) Math.max(0, Math.floor(ts.indexToX(ctx.from())));
        int last = (int) Math.min(ts.width() - 1, Math.floor(ts.indexToX(ctx.to())));
        for (int px = first; px <= last; px++) {
            int i0 = Math.max(ctx.from(), (int) Math.ceil(ts.xToIndex(px)));
            int i1 = Math.min(ctx.to(), (int) Math.ceil(ts.xToIndex(px + 1)) - 1);
            if (i0 > i1) continue;
            index.envelope(i0, i1, envelope);
            float top = Math.min(Math.round(ctx.y(envelope[1])), base - 1);
            layer.quads.add(px, top, px + 1, base, colorAt(i1));
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
