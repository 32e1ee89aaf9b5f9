package org.candela.chart.view;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.TextBuffer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Series;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.PriceFormat;

/**
 * The legend at the top left of each pane: in the price pane the title and O/H/L/C/change of the bar under
 * the crosshair (the last bar when there is none), then one line per series with its value; a failed
 * series shows its error instead.
 */
final class LegendView {

    private static final String[] OHLC_NAMES = {"O", "H", "L", "C"};
    private final TextMeasure text;
    private final double[] ohlc = new double[4];

    LegendView(TextMeasure text) {
        this.text = text;
    }

    void draw(ChartModel model, Layout layout, int bar, DrawLayer out) {
        entries = 0;
        Theme theme = model.theme();
        int lh = text.lineHeight() + 4;
        for (int p = 0; p < layout.paneCount(); p++) {
            Pane pane = model.panes().get(p);
            float x = layout.plotLeft() + 8, y = layout.paneTop(p) + 6;
            int line = 0;
            if (p == 0) {
                backing(x, y, drawOhlc(model, bar, x, y, out), lh, theme, out);
                line++;
                if (!model.notice().isEmpty()) {
                    out.texts.add(model.notice(), x, y + line * lh, TextBuffer.LEFT, theme.down());
                    line++;
                }
            }
            for (Series s : pane.series()) {
                if (s == model.mainSeries() || !s.inLegend()) continue;
                float ly = y + line * lh;
                remember(s, x, ly, text.width(s.title()), lh);
                if (!s.visible()) {
                    // a hidden series keeps a dimmed name: clicking it shows the series again
                    out.texts.add(s.title(), x, ly, TextBuffer.LEFT, Theme.withAlpha(s.color(), 0x66));
                    line++;
                    continue;
                }
                out.texts.add(s.title(), x, ly, TextBuffer.LEFT, s.color() | 0xFF000000);
                float vx = x + text.width(s.title()) + 8, end = vx;
                if (s.error() != null) {
                    String why = "failed: " + s.error();
                    out.texts.add(why, vx, ly, TextBuffer.LEFT, theme.down());
                    end += text.width(why);
                } else {
                    double v = s.valueAt(bar);
                    if (Double.isFinite(v)) {
                        String value = PriceAxisView.format(pane, v);
                        out.texts.add(value, vx, ly, TextBuffer.LEFT, s.colorAt(bar) | 0xFF000000);
                        end += text.width(value);
                    }
                }
                backing(x, ly, end, lh, theme, out);
                line++;
            }
        }
    }

    private Series[] entrySeries = new Series[16];
    private float[] entryBoxes = new float[64];
    private int entries;

    private void remember(Series s, float x, float y, float w, float h) {
        if (entries == entrySeries.length) {
            entrySeries = java.util.Arrays.copyOf(entrySeries, entries * 2);
            entryBoxes = java.util.Arrays.copyOf(entryBoxes, entries * 8);
        }
        entrySeries[entries] = s;
        int o = entries++ * 4;
        entryBoxes[o] = x;
        entryBoxes[o + 1] = y - 2;
        entryBoxes[o + 2] = x + w;
        entryBoxes[o + 3] = y + h - 2;
    }

    /** The box {x0, y0, x1, y1} of a series' legend name in the last frame, or null. */
    float[] boxOf(Series s) {
        for (int i = 0; i < entries; i++) {
            if (entrySeries[i] == s) return java.util.Arrays.copyOfRange(entryBoxes, i * 4, i * 4 + 4);
        }
        return null;
    }

    /** The series whose legend name is at (x, y) in the last frame, or null. */
    Series seriesAt(double x, double y) {
        for (int i = 0; i < entries; i++) {
            int o = i * 4;
            if (x >= entryBoxes[o] && x <= entryBoxes[o + 2] && y >= entryBoxes[o + 1] && y <= entryBoxes[o + 3]) {
                return entrySeries[i];
            }
        }
        return null;
    }

    /**
     * A translucent plate of the background under a legend line, so lines and bars drawn beneath do not
     * cross its text (quads are drawn before the layer's text).
     */
    private static void backing(float x0, float y, float x1, int lh, Theme theme, DrawLayer out) {
        out.quads.add(x0 - 4, y - 2, x1 + 4, y + lh - 3, Theme.withAlpha(theme.background(), 0xC0));
    }

    /** The title and the O/H/L/C/change of the bar; returns where the text ends. */
    private float drawOhlc(ChartModel model, int bar, float x, float y, DrawLayer out) {
        Theme theme = model.theme();
        out.texts.add(model.title(), x, y, TextBuffer.LEFT, theme.strongText());
        BarStore bars = model.bars();
        if (bar < 0 || bar >= bars.size()) return x + text.width(model.title());
        int d = model.pricePane().decimals();
        int color = model.mainSeries().colorAt(bar) | 0xFF000000;
        x += text.width(model.title()) + 14;
        ohlc[0] = bars.open(bar);
        ohlc[1] = bars.high(bar);
        ohlc[2] = bars.low(bar);
        ohlc[3] = bars.close(bar);
        for (int i = 0; i < 4; i++) {
            out.texts.add(OHLC_NAMES[i], x, y, TextBuffer.LEFT, theme.text());
            x += text.width(OHLC_NAMES[i]) + 3;
            String v = PriceFormat.price(ohlc[i], d);
            out.texts.add(v, x, y, TextBuffer.LEFT, color);
            x += text.width(v) + 10;
        }
        double base = bar > 0 ? bars.close(bar - 1) : bars.open(bar);
        double change = bars.close(bar) - base;
        String pct = (change >= 0 ? "+" : "") + PriceFormat.price(change, d) + " ("
                + (change >= 0 ? "+" : "") + PriceFormat.price(base == 0 ? 0 : change / base * 100, 2) + "%)";
        out.texts.add(pct, x, y, TextBuffer.LEFT, color);
        return x + text.width(pct);
    }
}
