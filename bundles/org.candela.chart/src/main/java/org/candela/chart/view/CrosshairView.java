package org.candela.chart.view;

import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.QuadBuffer;
import org.candela.chart.draw.TextBuffer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.CrosshairMode;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.TimeTicks;

/**
 * The crosshair: one dashed vertical line through every pane at the bar under the cursor, a dashed
 * horizontal line in the pane under the cursor, that pane's value on its axis and the time on the time axis.
 */
final class CrosshairView {

    private static final int DASH = 4;
    private final TextMeasure text;
    private final PriceAxisView axis;

    CrosshairView(TextMeasure text, PriceAxisView axis) {
        this.text = text;
        this.axis = axis;
    }

    /** The bar the crosshair points at, clamped to the data; -1 if the crosshair is hidden or off the plot. */
    static int bar(ChartModel model, Layout layout) {
        double x = model.crosshairX() - layout.plotLeft();
        if (!model.crosshairVisible() || x < 0 || x >= layout.plotWidth() || layout.paneAt(model.crosshairY()) < 0) {
            return -1;
        }
        int i = model.timeScale().xToNearestIndex(x);
        return Math.max(0, Math.min(model.bars().size() - 1, i));
    }

    /** Left and right edge of the time label drawn by the last {@link #draw}; NaN when there is none. */
    float labelLeft = Float.NaN, labelRight = Float.NaN;

    void draw(ChartModel model, Layout layout, DrawLayer lines, DrawLayer labels) {
        labelLeft = labelRight = Float.NaN;
        int bar = bar(model, layout);
        if (bar < 0 && !model.crosshairVisible() && model.linkedTime() != Long.MIN_VALUE) {
            linked(model, layout, lines, labels);
            return;
        }
        if (bar < 0 || model.crosshairMode() == CrosshairMode.HIDDEN) return;
        Theme theme = model.theme();
        int color = theme.crosshair();
        float x = (float) Math.floor(model.timeScale().indexToX(bar));
        dashedVertical(lines.quads, x, 0, layout.timeAxisTop(), color);
        int p = layout.paneAt(model.crosshairY());
        float y = (float) Math.floor(y(model, layout, bar, p));
        dashedHorizontal(lines.quads, 0, layout.plotWidth(), y, color);
        Pane pane = model.panes().get(p);
        double value = pane.scale().yToPrice(y - layout.paneTop(p));
        axis.tag(layout, y, PriceAxisView.format(pane, value), 0xFF363A45, theme.labelText(), labels);
        timeLabel(model, layout, labels, bar, x);
    }

    /** The time of bar {@code bar} on the time axis, centred under {@code x}; its edges kept in labelLeft/Right. */
    private void timeLabel(ChartModel model, Layout layout, DrawLayer labels, int bar, float x) {
        long t = model.bars().time(bar);
        String label = TimeTicks.crosshairLabel(t + TimeTicks.offsetMillis(model.zone(), t), model.barMillis());
        float w = text.width(label) + 16, lh = text.lineHeight();
        float left = layout.plotLeft() + Math.max(0, Math.min(layout.plotWidth() - w, x - w / 2));
        labels.quads.add(left, layout.timeAxisTop(), left + w, layout.timeAxisTop() + lh + 8, 0xFF363A45);
        labelLeft = left;
        labelRight = left + w;
        labels.texts.add(label, left + w / 2, layout.timeAxisTop() + 4, TextBuffer.CENTER, model.theme().labelText());
    }

    /** A linked chart's crosshair time: the vertical line at the bar holding it, and the time label. */
    private void linked(ChartModel model, Layout layout, DrawLayer lines, DrawLayer labels) {
        var bars = model.bars();
        long t = model.linkedTime();
        int i = bars.indexOf(t);
        if (i < 0) i = -i - 2; // the bar that opened before t holds it
        if (i < 0 || i >= bars.size()) return;
        float x = (float) Math.floor(model.timeScale().indexToX(i));
        if (x < 0 || x >= layout.plotWidth()) return;
        dashedVertical(lines.quads, x, 0, layout.timeAxisTop(), model.theme().crosshair());
        timeLabel(model, layout, labels, i, x);
    }

    /** The crosshair's y: the cursor's, or in MAGNET mode the close of the bar in the price pane. */
    static double y(ChartModel model, Layout layout, int bar, int pane) {
        if (model.crosshairMode() != CrosshairMode.MAGNET || pane != 0) return model.crosshairY();
        return layout.paneTop(0) + model.pricePane().scale().priceToY(model.bars().close(bar));
    }

    static void dashedVertical(QuadBuffer q, float x, float y0, float y1, int color) {
        q.addDashed(x, y0, x + 1, y1, color, DASH, DASH);
    }

    static void dashedHorizontal(QuadBuffer q, float x0, float x1, float y, int color) {
        q.addDashed(x0, y, x1, y + 1, color, DASH, DASH);
    }
}
