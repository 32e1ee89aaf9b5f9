package org.candela.chart.view;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.DrawList;
import org.candela.chart.draw.TextBuffer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Pane;
import org.candela.chart.model.PriceLine;
import org.candela.chart.model.Series;
import org.candela.chart.model.SeriesContext;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.NiceSteps;
import org.candela.chart.scale.PriceFormat;
import org.candela.chart.scale.PriceScale;

/**
 * Turns a {@link ChartModel} into a {@link DrawList}: lays out panes and axes, autoscales each pane over
 * the visible bars, and asks each series, axis, legend and the crosshair for its primitives. Work per
 * frame is proportional to the visible bars and labels, never to the whole history.
 *
 * <pre>{@code
 * ChartView view = new ChartView(model, renderer.textMeasure());
 * view.build(1280, 800, drawList);   // on the UI thread, then renderer.draw(gl, drawList)
 * }</pre>
 */
public final class ChartView {

    private final ChartModel model;
    private final TextMeasure text;
    private final Layout layout = new Layout();
    private final PriceAxisView priceAxis;
    private final TimeAxisView timeAxis;
    private final LegendView legend;
    private final CrosshairView crosshair;
    private final MarkerView markers;
    private final ValueTagsView tags;
    private final SeriesJobs jobs = new SeriesJobs();
    private SeriesContext[] contexts = new SeriesContext[0];
    private DrawLayer live;
    private int seriesEnd;
    private boolean built;
    private final double[] minMax = new double[2];
    private int axisWidth = 64;
    private int visibleFrom, visibleTo;

    public ChartView(ChartModel model, TextMeasure text) {
        this.model = model;
        this.text = text;
        priceAxis = new PriceAxisView(text);
        timeAxis = new TimeAxisView(text);
        legend = new LegendView(text);
        crosshair = new CrosshairView(text, priceAxis);
        markers = new MarkerView(text);
        tags = new ValueTagsView(text, priceAxis);
        drawingView = new DrawingView(text);
    }

    public Layout layout() {
        return layout;
    }

    /** The series whose legend entry is at frame pixel (x, y) in the last frame built, or null. */
    public Series legendSeriesAt(double x, double y) {
        return legend.seriesAt(x, y);
    }

    /** Where the legend name of {@code s} was drawn in the last frame ({x0, y0, x1, y1}), or null. */
    public float[] legendBox(Series s) {
        return legend.boxOf(s);
    }

    /** First visible bar index of the last frame built. */
    public int visibleFrom() {
        return visibleFrom;
    }

    /** Last visible bar index of the last frame built. */
    public int visibleTo() {
        return visibleTo;
    }

    /** Lays out a {@code w × h} frame and converts the model into {@code out}. */
    private final DrawingView drawingView;
    /** The price axis's tag rows with the levels' added (reused from frame to frame). */
    private float[] axisRows = new float[16];

    /** The price pane's coordinates as the last frame laid them out, or null before the first. */
    SeriesContext priceContext() {
        return built && contexts != null ? contexts[0] : null;
    }

    /** The drawing under plot x {@code px}, frame y {@code py} of the price pane (the topmost), or null. */
    public org.candela.chart.drawing.ChartDrawings.Drawing drawingAt(float px, float py) {
        if (!built || contexts == null || contexts[0] == null) return null;
        return drawingView.hit(model, contexts[0], layout.plotWidth(), px, py);
    }

    public void build(int w, int h, DrawList out) {
        Theme theme = model.theme();
        BarStore bars = model.bars();
        axisWidth = Math.max(axisWidth, axisWidthFor(bars));
        boolean left = false;
        for (Pane pane : model.panes()) left |= pane.usesLeftScale();
        layout.compute(w, h, left ? axisWidth : 0, axisWidth, text.lineHeight() + 12, model.panes());
        model.timeScale().setWidth(layout.plotWidth());
        model.timeScale().setBaseIndex(bars.size() - 1);
        visibleFrom = Math.max(0, (int) Math.floor(model.timeScale().visibleFrom()));
        visibleTo = Math.min(bars.size() - 1, (int) Math.ceil(model.timeScale().visibleTo()));

        out.begin(layout.width(), layout.height(), theme.background());
        if (!model.watermark().isEmpty()) {
            out.watermark(model.watermark(), layout.plotLeft() + layout.plotWidth() / 2f, layout.paneTop(0) + layout.paneHeight(0) / 2f,
                    model.watermarkColor());
        }
        DrawLayer grid = out.nextLayer();
        grid.translate(layout.plotLeft()); // grid lines and levels are in plot coordinates
        for (int p = 0; p < layout.paneCount(); p++) {
            Pane pane = model.panes().get(p);
            autoscale(pane, p);
            PriceScale scale = pane.scale();
            double step = NiceSteps.step(scale.max() - scale.min(), PriceAxisView.maxTicks(layout.paneHeight(p), text.lineHeight()));
            pane.setStepDecimals(NiceSteps.decimals(step) + 1); // one more than the ticks: values between two ticks told apart
        }
        seriesLayers(out, grid, theme);
        seriesEnd = out.layerCount();
        built = true;
        decorate(out, grid, theme);
    }

    /**
     * Re-makes only what the crosshair changes (overlay, labels, legend), keeping the grid and series layers
     * of the last frame in {@code out}. Call it only when nothing but the crosshair moved since the last
     * {@link #build}; otherwise (or after a resize) it builds the whole frame.
     */
    public void buildCursor(DrawList out) {
        if (!built || out.width() != layout.width() || out.height() != layout.height() || out.layerCount() < seriesEnd) {
            build(layout.width(), layout.height(), out);
            return;
        }
        out.rewindTo(seriesEnd);
        decorate(out, null, model.theme());
    }

    /** Overlay, labels, crosshair, time axis and legend; grid lines too when {@code grid} is given. */
    private void decorate(DrawList out, DrawLayer grid, Theme theme) {
        DrawLayer labels = overlayAndLabels(out, grid, theme);
        timeAxis.draw(model, layout, visibleFrom, visibleTo, grid, labels, crosshair.labelLeft, crosshair.labelRight);
        int bar = CrosshairView.bar(model, layout);
        legend.draw(model, layout, bar >= 0 ? bar : model.bars().size() - 1, live);
    }

    private void seriesLayers(DrawList out, DrawLayer grid, Theme theme) {
        jobs.clear();
        contexts = new SeriesContext[layout.paneCount()];
        for (int p = 0; p < layout.paneCount(); p++) {
            Pane pane = model.panes().get(p);
            SeriesContext ctx = new SeriesContext(model.timeScale(), pane.scale(), visibleFrom, visibleTo,
                    layout.paneTop(p), layout.paneHeight(p), theme);
            contexts[p] = ctx;
            for (double level : pane.levels()) {
                CrosshairView.dashedHorizontal(grid.quads, 0, layout.plotWidth(), ctx.y(level), theme.crosshair());
            }
            if (visibleFrom > visibleTo || pane.collapsed()) continue;
            for (Series s : pane.series()) {
                if (!s.visible() || s.error() != null) continue;
                DrawLayer layer = out.nextLayer(); // one layer, so one draw call, per series per pane
                layer.clip(layout.plotLeft(), layout.paneTop(p), layout.plotWidth(), layout.paneHeight(p));
                layer.translate(layout.plotLeft());
                jobs.add(s, contextFor(p, s, ctx), layer);
            }
        }
        jobs.run();
        boolean drawings = model.drawings() != null && model.drawings().size() > 0 || model.overlay() != null;
        if (drawings && contexts[0] != null && !model.panes().get(0).collapsed()) {
            DrawLayer layer = out.nextLayer(); // the drawings (and the alerts' trend lines) over the price pane's series
            layer.clip(layout.plotLeft(), layout.paneTop(0), layout.plotWidth(), layout.paneHeight(0));
            layer.translate(layout.plotLeft());
            drawingView.draw(model, contexts[0], layout.plotWidth(), layer);
        }
    }

    private DrawLayer overlayAndLabels(DrawList out, DrawLayer grid, Theme theme) {
        DrawLayer overlay = out.nextLayer(); // markers, price lines, last-value lines, crosshair: plot coordinates
        overlay.translate(layout.plotLeft());
        for (int p = 0; p < layout.paneCount(); p++) {
            if (contexts[p] == null || visibleFrom > visibleTo || model.panes().get(p).collapsed()) continue;
            for (Series s : model.panes().get(p).series()) {
                if (s.visible() && s.error() == null) markers.draw(s, model.bars(), contextFor(p, s, contexts[p]), overlay);
            }
        }
        DrawLayer labels = out.nextLayer();
        live = out.nextLayer(); // value tags and the legend: what a tick changes, apart from the rest
        DrawLayer top = out.nextLayer(); // crosshair labels cover axis labels
        frame(labels, theme);
        int levels = drawingView.levels(model, layout);
        for (int p = 0; p < layout.paneCount(); p++) {
            int tagCount = tags.draw(model, layout, p, overlay, live);
            float[] ys = tags.ys();
            if (p == 0 && levels > 0) { // the levels' tags keep the tick labels away too
                if (axisRows.length < tagCount + levels) axisRows = new float[2 * (tagCount + levels)];
                System.arraycopy(ys, 0, axisRows, 0, tagCount);
                System.arraycopy(drawingView.levelYs(), 0, axisRows, tagCount, levels);
                ys = axisRows;
                tagCount += levels;
            }
            priceAxis.draw(model.panes().get(p), layout, p, theme, grid, labels, ys, tagCount);
            Pane pane = model.panes().get(p);
            if (pane.usesLeftScale()) priceAxis.drawLeft(pane, layout, p, theme, labels);
        }
        drawingView.levelTags(model, layout, priceAxis, theme, top);
        crosshair.draw(model, layout, overlay, top);
        if (model.bars().isEmpty()) {
            labels.texts.add("No data", layout.plotLeft() + layout.plotWidth() / 2f, layout.paneHeight(0) / 2f, TextBuffer.CENTER,
                    theme.text());
        }
        return labels;
    }

    private void frame(DrawLayer grid, Theme theme) {
        int pw = layout.plotRight();
        grid.quads.add(pw, 0, pw + 1, layout.height(), theme.border());
        if (layout.plotLeft() > 0) grid.quads.add(layout.plotLeft() - 1, 0, layout.plotLeft(), layout.height(), theme.border());
        grid.quads.add(0, layout.timeAxisTop(), layout.width(), layout.timeAxisTop() + 1, theme.border());
        for (int p = 1; p < layout.paneCount(); p++) {
            float y = layout.paneTop(p) - 1;
            grid.quads.add(0, y, layout.width(), y + 1, theme.border());
        }
    }

    /** The pane's context, or one on the series' overlay scale. */
    private SeriesContext contextFor(int p, Series s, SeriesContext paneContext) {
        if (s.priceScaleId().equals(Pane.RIGHT)) return paneContext;
        return new SeriesContext(model.timeScale(), model.panes().get(p).scaleFor(s), visibleFrom, visibleTo,
                layout.paneTop(p), layout.paneHeight(p), model.theme());
    }

    /** Each overlay scale of the pane follows its own series. */
    private void autoscaleOverlays(Pane pane, int index) {
        for (Series s : pane.series()) pane.scaleFor(s); // a series' scale exists before its first frame
        for (var e : pane.overlayScales().entrySet()) {
            PriceScale scale = e.getValue();
            scale.setHeight(layout.paneHeight(index));
            if (e.getKey().equals(Pane.LEFT) && !pane.leftAutoScale()) continue; // the user placed it
            minMax[0] = Double.POSITIVE_INFINITY;
            minMax[1] = Double.NEGATIVE_INFINITY;
            for (Series s : pane.series()) {
                if (s.priceScaleId().equals(e.getKey()) && s.visible() && s.error() == null && visibleFrom <= visibleTo) {
                    s.extendRange(visibleFrom, visibleTo, minMax);
                }
            }
            if (minMax[0] <= minMax[1]) scale.setPriceRange(minMax[0], minMax[1]);
        }
    }

    private void autoscale(Pane pane, int index) {
        autoscaleOverlays(pane, index);
        pane.scale().setHeight(layout.paneHeight(index));
        if (pane.hasFixedRange()) {
            pane.scale().setPriceRange(pane.fixedMin(), pane.fixedMax());
            return;
        }
        if (index == 0 && visibleFrom <= visibleTo) pane.scale().setBase(model.bars().close(visibleFrom));
        if (!pane.autoScale() && !pane.yLocked()) return; // the user placed the range
        minMax[0] = Double.POSITIVE_INFINITY;
        minMax[1] = Double.NEGATIVE_INFINITY;
        if (visibleFrom <= visibleTo) {
            for (Series s : pane.series()) {
                boolean mine = s.priceScaleId().equals(Pane.RIGHT);
                if (mine && s.visible() && s.error() == null) s.extendRange(visibleFrom, visibleTo, minMax);
            }
        }
        if (minMax[0] > minMax[1]) {
            minMax[0] = 0;
            minMax[1] = 1;
        }
        pane.scale().setPriceRange(minMax[0], minMax[1]);
    }

    /** Axis width that fits the widest label likely to appear (prices around the last close). */
    private int axisWidthFor(BarStore bars) {
        int widest = text.width("0000.00");
        if (!bars.isEmpty()) {
            double p = bars.high(bars.size() - 1) * 1.5;
            widest = Math.max(widest, text.width(PriceFormat.price(p, model.pricePane().decimals())));
        }
        for (Pane pane : model.panes()) {
            if (pane.volumeLabels()) widest = Math.max(widest, text.width("999.99M"));
            for (PriceLine line : pane.priceLines()) {
                String label = PriceFormat.price(line.price(), pane.decimals());
                widest = Math.max(widest, text.width(line.title().isEmpty() ? label : line.title() + " " + label));
            }
        }
        return widest + 18;
    }
}
