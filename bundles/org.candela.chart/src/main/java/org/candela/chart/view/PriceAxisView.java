package org.candela.chart.view;

import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.TextBuffer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.NiceSteps;
import org.candela.chart.scale.PriceFormat;
import org.candela.chart.scale.PriceScale;
import org.candela.chart.scale.PriceScaleMode;
import org.candela.chart.scale.LogTicks;

/** Horizontal grid lines and price labels of one pane, at nice steps. */
final class PriceAxisView {

    private final TextMeasure text;
    private final double[] ticks = new double[64];

    PriceAxisView(TextMeasure text) {
        this.text = text;
    }

    /** The label text for a price in this pane, as its scale mode shows it. */
    static String format(Pane pane, double price) {
        PriceScale s = pane.scale();
        return switch (s.mode()) {
            case PERCENT -> formatScale(pane, s.toScale(price));
            case INDEXED -> PriceFormat.price(s.toScale(price), 2);
            default -> {
                if (pane.formatter() != null) yield pane.formatter().apply(price);
                if (pane.volumeLabels()) yield PriceFormat.volume(price);
                double move = pane.minMove();
                yield PriceFormat.price(Double.isNaN(move) ? price : Math.round(price / move) * move, pane.decimals());
            }
        };
    }

    /** The label text for a value in scale units (a tick). */
    private static String formatScale(Pane pane, double v) {
        PriceScale s = pane.scale();
        return switch (s.mode()) {
            case PERCENT -> (v > 0 ? "+" : "") + PriceFormat.price(v, 2) + "%";
            case INDEXED -> PriceFormat.price(v, 2);
            case LOG -> format(pane, s.fromScale(v));
            default -> format(pane, v);
        };
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
        double maxTicks = maxTicks(h, lh);
        int n = scale.mode() == PriceScaleMode.LOG ? LogTicks.ticks(scale, maxTicks, ticks)
                : linearTicks(scale, maxTicks);
        int labelX = layout.plotRight() + 8;
        for (int k = 0; k < n; k++) {
            double v = ticks[k];
            float y = Math.round(top + scale.scaleToY(v));
            if (y - lh / 2f < top || y + lh / 2f > top + h) continue;
            if (grid != null) grid.quads.add(0, y, layout.plotWidth(), y + 1, theme.grid());
            if (nearTag(y, tagYs, tagCount, lh + 4)) continue;
            labels.texts.add(formatScale(pane, v), labelX, y - lh / 2f, TextBuffer.LEFT, theme.text());
        }
    }

    /** How many labels a pane {@code height} pixels high holds, for text {@code lineHeight} high. */
    static double maxTicks(int height, int lineHeight) {
        return Math.max(1, height / (lineHeight * 2.6));
    }

    /** Nice steps in scale units between the pane's edges, into {@code ticks}; returns how many. */
    private int linearTicks(PriceScale scale, double maxTicks) {
        double lo = Math.min(scale.yToScale(scale.height()), scale.yToScale(0));
        double hi = Math.max(scale.yToScale(scale.height()), scale.yToScale(0));
        double step = NiceSteps.step(scale.max() - scale.min(), maxTicks);
        int n = 0;
        for (double v = Math.ceil(lo / step) * step; v <= hi && n < ticks.length; v += step) {
            ticks[n++] = Math.abs(v) < step * 1e-6 ? 0 : v;
        }
        return n;
    }

    private static boolean nearTag(float y, float[] tagYs, int tagCount, float distance) {
        for (int i = 0; i < tagCount; i++) if (Math.abs(tagYs[i] - y) < distance) return true;
        return false;
    }

    /** A filled label on the axis at {@code y}: the last value, or the crosshair's value. */
    void tag(Layout layout, float y, String label, int background, int foreground, DrawLayer labels) {
        int lh = text.lineHeight();
        float top = Math.round(y - lh / 2f - 2);
        labels.quads.add(layout.plotRight(), top, layout.width(), top + lh + 4, background);
        labels.texts.add(label, layout.plotRight() + 8, top + 2, TextBuffer.LEFT, foreground);
    }

    /** A filled label on the left axis. */
    void tagLeft(Layout layout, float y, String label, int background, int foreground, DrawLayer labels) {
        int lh = text.lineHeight();
        float top = Math.round(y - lh / 2f - 2);
        labels.quads.add(0, top, layout.plotLeft() - 1, top + lh + 4, background);
        labels.texts.add(label, layout.plotLeft() - 8, top + 2, TextBuffer.RIGHT, foreground);
    }

    /** Tick labels of the pane's left scale, right-aligned against the plot; the grid follows the right scale. */
    void drawLeft(Pane pane, Layout layout, int index, Theme theme, DrawLayer labels) {
        PriceScale scale = pane.overlayScale(Pane.LEFT);
        int top = layout.paneTop(index), h = layout.paneHeight(index);
        int lh = text.lineHeight();
        int n = linearTicks(scale, Math.max(1, h / (lh * 2.6)));
        for (int k = 0; k < n; k++) {
            float y = Math.round(top + scale.scaleToY(ticks[k]));
            if (y - lh / 2f < top || y + lh / 2f > top + h) continue;
            labels.texts.add(format(pane, ticks[k]), layout.plotLeft() - 8, y - lh / 2f, TextBuffer.RIGHT, theme.text());
        }
    }
}
