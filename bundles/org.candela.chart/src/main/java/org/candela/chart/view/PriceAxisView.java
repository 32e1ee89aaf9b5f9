package org.candela.chart.view;

import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.TextBuffer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.NiceSteps;
import org.candela.chart.scale.PriceFormat;
import org.candela.chart.scale.PriceScale;

/** Horizontal grid lines and price labels of one pane, at nice steps. */
final class PriceAxisView {

    private final TextMeasure text;

    PriceAxisView(TextMeasure text) {
        this.text = text;
    }

    /** The label text for a value in this pane. */
    static String format(Pane pane, double value) {
        return pane.volumeLabels() ? PriceFormat.volume(value) : PriceFormat.price(value, pane.decimals());
    }

    /**
     * Grid lines into {@code grid}, tick labels into {@code labels}; a tick label that would touch one of the
     * {@code tagCount} value tags at {@code tagYs} is left out, as the tag says more.
     */
    void draw(Pane pane, Layout layout, int index, Theme theme, DrawLayer grid, DrawLayer labels, float[] tagYs,
            int tagCount) {
        PriceScale scale = pane.scale();
        int top = layout.paneTop(index), h = layout.paneHeight(index);
        int lh = text.lineHeight();
        double maxTicks = Math.max(1, h / (lh * 2.6));
        double step = NiceSteps.step(scale.max() - scale.min(), maxTicks);
        double lo = scale.yToPrice(h), hi = scale.yToPrice(0);
        double first = Math.ceil(lo / step) * step;
        int labelX = layout.plotWidth() + 8;
        for (double v = first; v <= hi; v += step) {
            float y = Math.round(top + scale.priceToY(v));
            if (y - lh / 2f < top || y + lh / 2f > top + h) continue;
            grid.quads.add(0, y, layout.plotWidth(), y + 1, theme.grid());
            if (nearTag(y, tagYs, tagCount, lh + 4)) continue;
            labels.texts.add(format(pane, Math.abs(v) < step * 1e-6 ? 0 : v), labelX, y - lh / 2f,
                    TextBuffer.LEFT, theme.text());
        }
    }

    private static boolean nearTag(float y, float[] tagYs, int tagCount, float distance) {
        for (int i = 0; i < tagCount; i++) if (Math.abs(tagYs[i] - y) < distance) return true;
        return false;
    }

    /** A filled label on the axis at {@code y}: the last value, or the crosshair's value. */
    void tag(Layout layout, float y, String label, int background, int foreground, DrawLayer labels) {
        int lh = text.lineHeight();
        float top = Math.round(y - lh / 2f - 2);
        labels.quads.add(layout.plotWidth(), top, layout.width(), top + lh + 4, background);
        labels.texts.add(label, layout.plotWidth() + 8, top + 2, TextBuffer.LEFT, foreground);
    }
}
