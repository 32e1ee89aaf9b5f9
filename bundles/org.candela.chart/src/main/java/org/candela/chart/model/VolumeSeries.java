package org.candela.chart.model;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawLayer;

/** Volume of a {@link BarStore} as a histogram from the pane's zero line, coloured by bar direction. */
public final class VolumeSeries extends Series {

    private final BarStore bars;
    private final Theme theme;

    public VolumeSeries(String title, BarStore bars, Theme theme) {
        super(title, theme.up());
        this.bars = bars;
        this.theme = theme;
    }

    @Override
    public void extendRange(int from, int to, double[] minMax) {
        minMax[0] = Math.min(minMax[0], 0);
        for (int i = from; i <= to; i++) minMax[1] = Math.max(minMax[1], bars.volume(i));
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        double spacing = ctx.time().barSpacing();
        int w = spacing >= 3 ? (int) Math.max(1, Math.floor(spacing) - 1) : 1;
        int half = w / 2;
        float base = Math.round(ctx.y(0));
        for (int i = ctx.from(); i <= ctx.to(); i++) {
            float cx = (float) Math.floor(ctx.x(i));
            float top = Math.min(Math.round(ctx.y(bars.volume(i))), base - 1);
            layer.quads.add(cx - half, top, cx - half + w, base, colorAt(i));
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
