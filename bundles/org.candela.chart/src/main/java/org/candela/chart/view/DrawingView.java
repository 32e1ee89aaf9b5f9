package org.candela.chart.view;

import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawLayer;
import org.candela.chart.draw.TextBuffer;
import org.candela.chart.draw.TextMeasure;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.drawing.Shapes;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.SeriesContext;
import org.candela.chart.scale.PriceScaleMode;
import org.candela.drawing.api.LineStyle;
import org.candela.drawing.api.ShapeSink;

/**
 * The drawings of the price pane, turned from chart coordinates into pixels at every full frame: times by
 * the time scale (between and beyond bars by the bar length), prices by the pane's scale in its mode, lines
 * extended and clipped to the pane, dashed by the renderer, bands filled (a quad when level, a trapezoid
 * when sloped). Every primitive is clipped first, so what a drawing costs is bounded by the pane's pixels.
 * Also the hit test a click selects drawings with.
 */
final class DrawingView {

    /** How near (pixels) a click must be to a line to hit it. */
    static final float HIT_PIXELS = 5;

    private final TextMeasure text;
    private final float[] seg = new float[4];

    DrawingView(TextMeasure text) {
        this.text = text;
    }

    /** Draws every visible drawing of {@code model} into {@code layer} (plot coordinates, clipped to the pane). */
    void draw(ChartModel model, SeriesContext ctx, float plotWidth, DrawLayer layer) {
        ChartDrawings drawings = model.drawings();
        if (model.bars().isEmpty()) return;
        if (drawings != null && !drawings.hideAll) drawings(drawings, model, ctx, plotWidth, layer);
        if (model.overlay() != null) draw(model.overlay(), model, ctx, plotWidth, layer); // the alerts' lines, over the drawings
    }

    private void drawings(ChartDrawings drawings, ChartModel model, SeriesContext ctx, float plotWidth, DrawLayer layer) {
        // what the pane shows, with a margin for labels that start outside it: drawings wholly beyond are skipped
        var ts = ctx.time();
        double margin = 400 / Math.max(0.5, ts.barSpacing());
        long from = (long) time(model, ts.xToIndex(0) - margin), to = (long) time(model, ts.xToIndex(plotWidth) + margin);
        double a = ctx.price().yToPrice(ctx.paneHeight()), b = ctx.price().yToPrice(0), pad = Math.abs(b - a) * 0.1;
        double low = Math.min(a, b) - pad, high = Math.max(a, b) + pad;
        for (ChartDrawings.Drawing d : drawings.all()) {
            if (d.hidden || !d.shapes().mayShow(from, to, low, high)) continue;
            draw(d.shapes(), model, ctx, plotWidth, layer);
            if (d.selected) handles(d, model, ctx, plotWidth, layer);
        }
    }

    /** The visible levels found by {@link #levels} this frame: their rows, prices and colours (reused, no allocation). */
    private float[] levelY = new float[8];
    private double[] levelPrice = new double[8];
    private int[] levelColor = new int[8];
    private int levelCount;

    /**
     * Finds, once a frame, the visible drawings whose tool's anchors are prices alone (levels) and lie in the
     * price pane: the axis keeps its tick labels away from their rows ({@link #levelYs}), then {@link #levelTags}
     * writes their prices there. Returns how many.
     */
    int levels(ChartModel model, Layout layout) {
        levelCount = 0;
        ChartDrawings drawings = model.drawings();
        if (drawings == null || drawings.hideAll || model.bars().isEmpty()) return 0;
        var scale = model.pricePane().scale();
        for (ChartDrawings.Drawing d : drawings.all()) {
            if (!d.level() || d.hidden || d.shapes().lines() == 0) continue;
            double price = d.spec().anchors().get(0).price();
            float y = layout.paneTop(0) + (float) scale.priceToY(price);
            if (y < layout.paneTop(0) || y > layout.paneTop(0) + layout.paneHeight(0)) continue;
            if (levelCount == levelY.length) {
                levelY = java.util.Arrays.copyOf(levelY, 2 * levelCount);
                levelPrice = java.util.Arrays.copyOf(levelPrice, 2 * levelCount);
                levelColor = java.util.Arrays.copyOf(levelColor, 2 * levelCount);
            }
            levelY[levelCount] = y;
            levelPrice[levelCount] = price;
            levelColor[levelCount++] = d.shapes().lineColor(0) | 0xFF000000;
        }
        return levelCount;
    }

    /** The rows of the levels {@link #levels} found ({@code 0..count-1}). */
    float[] levelYs() {
        return levelY;
    }

    /** Each level's price on the price axis, in the level's colour, as TradingView shows a horizontal line's. */
    void levelTags(ChartModel model, Layout layout, PriceAxisView axis, org.candela.chart.model.Theme theme, DrawLayer labels) {
        for (int k = 0; k < levelCount; k++) {
            axis.tag(layout, levelY[k], PriceAxisView.format(model.pricePane(), levelPrice[k]), levelColor[k], theme.labelText(), labels);
        }
    }

    /** Half the side of an anchor's handle, in pixels. */
    static final float HANDLE = 4;

    /** Small squares on a selected drawing's anchors, where a drag moves one. */
    private void handles(ChartDrawings.Drawing d, ChartModel model, SeriesContext ctx, float w, DrawLayer layer) {
        var anchors = d.spec().anchors();
        for (int k = 0; k < anchors.size(); k++) {
            float x = handleX(model, ctx, w, anchors.get(k)), y = handleY(ctx, anchors.get(k));
            layer.quads.add(x - HANDLE - 1, y - HANDLE - 1, x + HANDLE + 1, y + HANDLE + 1, 0xFF2962FF);
            layer.quads.add(x - HANDLE + 1, y - HANDLE + 1, x + HANDLE - 1, y + HANDLE - 1, model.theme().background());
        }
    }

    /** A handle's x: the anchor's time, or the middle of the plot for a price alone (a level). */
    static float handleX(ChartModel model, SeriesContext ctx, float w, org.candela.drawing.api.Anchor a) {
        return a.time() == 0 ? w / 2 : x(model, ctx, a.time());
    }

    /** A handle's y: the anchor's price, or the middle of the pane for a time alone (a moment). */
    static float handleY(SeriesContext ctx, org.candela.drawing.api.Anchor a) {
        return a.price() == 0 ? ctx.paneTop() + ctx.paneHeight() / 2 : ctx.y(a.price());
    }

    private void draw(Shapes s, ChartModel model, SeriesContext ctx, float w, DrawLayer layer) {
        s.place(model.bars(), model.barMillis());
        var ts = ctx.time();
        float top = ctx.paneTop(), bottom = top + ctx.paneHeight();
        for (int i = 0; i < s.bands(); i++) {
            float xa = (float) ts.indexToX(s.bandPosition(i, 0)), xb = (float) ts.indexToX(s.bandPosition(i, 1));
            float ta = ctx.y(s.bandPrice(i, 0)), ba = ctx.y(s.bandPrice(i, 1)), tb = ctx.y(s.bandPrice(i, 2)), bb = ctx.y(s.bandPrice(i, 3));
            if (xa > xb) {
                float t = xa; xa = xb; xb = t;
                t = ta; ta = tb; tb = t;
                t = ba; ba = bb; bb = t;
            }
            float from = Math.max(0, xa), to = Math.min(w, xb);
            if (from >= to) continue;
            if (ta == tb && ba == bb) {
                layer.quads.add(from, clamp(Math.min(ta, ba), top, bottom), to, clamp(Math.max(ta, ba), top, bottom), s.bandColor(i));
                continue;
            }
            slopedBand(layer, from, to, xa, xb, ta, tb, ba, bb, s.bandColor(i));
        }
        boolean logScale = ctx.price().mode() == PriceScaleMode.LOG;
        for (int i = 0; i < s.lines(); i++) {
            int flags = s.lineFlags(i);
            if ((flags & Shapes.IN_PRICE) != 0 && logScale || (flags & Shapes.IN_LOG_PRICE) != 0 && !logScale) {
                curve(s, i, ctx, w, layer);
                continue;
            }
            if (!line(s, i, model, ctx, w)) continue;
            stroke(layer, seg[0], seg[1], seg[2], seg[3], s.lineWidth(i), s.lineStyle(i), s.lineColor(i));
        }
        for (int i = 0; i < s.verticals(); i++) {
            float x = (float) ts.indexToX(s.verticalPosition(i));
            if (x < 0 || x > w) continue;
            stroke(layer, x, top, x, bottom, s.verticalWidth(i), s.verticalStyle(i), s.verticalColor(i));
        }
        int lh = text.lineHeight();
        for (int i = 0; i < s.texts(); i++) {
            float x = (float) ts.indexToX(s.textPosition(i)), y = ctx.y(s.textPrice(i));
            if (y < top - 2 * lh || y > bottom + 2 * lh || x < -w || x > 2 * w) continue; // nowhere near the pane: not laid out
            switch (s.textAlign(i)) {
                case ABOVE_LEFT -> layer.texts.add(s.textString(i), x + 4, y - lh - 1, TextBuffer.LEFT, s.textColor(i));
                case ABOVE_RIGHT -> layer.texts.add(s.textString(i), x - 4, y - lh - 1, TextBuffer.RIGHT, s.textColor(i));
                case ABOVE_CENTER -> layer.texts.add(s.textString(i), x, y - lh - 1, TextBuffer.CENTER, s.textColor(i));
                case BELOW_LEFT -> layer.texts.add(s.textString(i), x + 4, y + 3, TextBuffer.LEFT, s.textColor(i));
                case RIGHT -> layer.texts.add(s.textString(i), x + 6, y - lh / 2f, TextBuffer.LEFT, s.textColor(i));
                default -> layer.texts.add(s.textString(i), x, y - lh / 2f, TextBuffer.CENTER, s.textColor(i));
            }
        }
    }

    /** Pieces a bent line is drawn with across the plot: under a pixel of error at 1920 px for any slope a chart shows. */
    static final int CURVE_PIECES = 64;

    /**
     * Line {@code i} of {@code s}, straight in price or in log price, on a scale that bends it: {@link #CURVE_PIECES}
     * straight pieces across the part of the plot it spans, dashes running on from piece to piece.
     */
    private void curve(Shapes s, int i, SeriesContext ctx, float w, DrawLayer layer) {
        var ts = ctx.time();
        double x1 = s.linePosition(i, 0), x2 = s.linePosition(i, 1), p1 = s.linePrice(i, 0), p2 = s.linePrice(i, 1);
        if (x1 == x2) return;
        int flags = s.lineFlags(i);
        boolean log = (flags & Shapes.IN_LOG_PRICE) != 0;
        // the plot's part of the line, as fractions of the way from its first point to its second
        double fa = (ts.xToIndex(0) - x1) / (x2 - x1), fb = (ts.xToIndex(w) - x1) / (x2 - x1);
        double from = Math.min(fa, fb), to = Math.max(fa, fb);
        if ((flags & Shapes.EXTEND_LEFT) == 0) from = Math.max(from, 0);
        if ((flags & Shapes.EXTEND_RIGHT) == 0) to = Math.min(to, 1);
        if (!(from < to)) return;
        float top = ctx.paneTop(), bottom = top + ctx.paneHeight(), phase = 0;
        float px = 0, py = 0;
        for (int k = 0; k <= CURVE_PIECES; k++) {
            double f = from + (to - from) * k / CURVE_PIECES;
            float x = (float) ts.indexToX(x1 + f * (x2 - x1));
            float y = ctx.y(log ? p1 * Math.pow(p2 / p1, f) : p1 + (p2 - p1) * f);
            boolean outside = py < top && y < top || py > bottom && y > bottom; // a piece wholly above or below the pane
            if (k > 0 && Float.isFinite(py) && Float.isFinite(y) && !outside) {
                phase = dashes(layer, px, py, x, y, s.lineWidth(i), s.lineStyle(i), s.lineColor(i), phase);
            }
            px = x;
            py = y;
        }
    }

    /**
     * The part from {@code from} to {@code to} of a sloped band whose edges run from ({@code xa}, {@code ta} and
     * {@code ba}) to ({@code xb}, {@code tb} and {@code bb}): one trapezoid, or two triangles where its edges
     * cross. The layer's clip cuts it to the pane.
     */
    static void slopedBand(DrawLayer layer, float from, float to, float xa, float xb, float ta, float tb, float ba, float bb,
            int color) {
        float fa = (from - xa) / (xb - xa), fb = (to - xa) / (xb - xa);
        float t0 = ta + (tb - ta) * fa, b0 = ba + (bb - ba) * fa, t1 = ta + (tb - ta) * fb, b1 = ba + (bb - ba) * fb;
        if (!Float.isFinite(t0 + b0 + t1 + b1)) return;
        float d0 = b0 - t0, d1 = b1 - t1;
        if (d0 * d1 >= 0) {
            layer.quads.addTrapezoid(from, to, t0, b0, t1, b1, color);
            return;
        }
        float f = d0 / (d0 - d1), xc = from + (to - from) * f, yc = t0 + (t1 - t0) * f;
        layer.quads.addTrapezoid(from, xc, t0, b0, yc, yc, color);
        layer.quads.addTrapezoid(xc, to, yc, yc, t1, b1, color);
    }

    /**
     * The topmost visible drawing within {@link #HIT_PIXELS} of ({@code px}, {@code py}) (plot x, frame y): on a
     * line, inside a band or on a text; null for none.
     */
    ChartDrawings.Drawing hit(ChartModel model, SeriesContext ctx, float w, float px, float py) {
        ChartDrawings drawings = model.drawings();
        if (drawings == null || drawings.hideAll || model.bars().isEmpty()) return null;
        var all = drawings.all();
        for (int k = all.size() - 1; k >= 0; k--) {
            ChartDrawings.Drawing d = all.get(k);
            if (!d.hidden && hits(d.shapes(), model, ctx, w, px, py)) return d;
        }
        return null;
    }

    private boolean hits(Shapes s, ChartModel model, SeriesContext ctx, float w, float px, float py) {
        s.place(model.bars(), model.barMillis());
        var ts = ctx.time();
        for (int i = 0; i < s.lines(); i++) {
            if (line(s, i, model, ctx, w) && distance(px, py, seg[0], seg[1], seg[2], seg[3]) <= HIT_PIXELS + s.lineWidth(i) / 2f) return true;
        }
        for (int i = 0; i < s.verticals(); i++) {
            if (Math.abs(px - ts.indexToX(s.verticalPosition(i))) <= HIT_PIXELS) return true;
        }
        for (int i = 0; i < s.bands(); i++) {
            float xa = (float) ts.indexToX(s.bandPosition(i, 0)), xb = (float) ts.indexToX(s.bandPosition(i, 1));
            if (px < Math.min(xa, xb) || px > Math.max(xa, xb) || xa == xb) continue;
            float f = (px - xa) / (xb - xa);
            float yt = ctx.y(s.bandPrice(i, 0)) + (ctx.y(s.bandPrice(i, 2)) - ctx.y(s.bandPrice(i, 0))) * f;
            float yb = ctx.y(s.bandPrice(i, 1)) + (ctx.y(s.bandPrice(i, 3)) - ctx.y(s.bandPrice(i, 1))) * f;
            if (py >= Math.min(yt, yb) && py <= Math.max(yt, yb)) return true;
        }
        int lh = text.lineHeight();
        for (int i = 0; i < s.texts(); i++) {
            float x = (float) ts.indexToX(s.textPosition(i)), y = ctx.y(s.textPrice(i));
            int tw = text.width(s.textString(i));
            float x0 = switch (s.textAlign(i)) {
                case ABOVE_RIGHT -> x - 4 - tw;
                case CENTER, ABOVE_CENTER -> x - tw / 2f;
                case RIGHT -> x + 6;
                default -> x + 4;
            };
            float y0 = switch (s.textAlign(i)) {
                case ABOVE_LEFT, ABOVE_RIGHT, ABOVE_CENTER -> y - lh - 1;
                case BELOW_LEFT -> y + 3;
                default -> y - lh / 2f;
            };
            if (px >= x0 && px <= x0 + tw && py >= y0 && py <= y0 + lh) return true;
        }
        return false;
    }

    /** Line {@code i} of {@code s} in pixels, extended as asked and clipped to the pane, into {@link #seg}; false when none of it shows. */
    private boolean line(Shapes s, int i, ChartModel model, SeriesContext ctx, float w) {
        double x1 = ctx.time().indexToX(s.linePosition(i, 0)), y1 = ctx.y(s.linePrice(i, 0));
        double x2 = ctx.time().indexToX(s.linePosition(i, 1)), y2 = ctx.y(s.linePrice(i, 1));
        int flags = s.lineFlags(i);
        double dx = x2 - x1, dy = y2 - y1;
        if (dx == 0 && dy == 0) {
            if ((flags & (Shapes.EXTEND_LEFT | Shapes.EXTEND_RIGHT)) == 0) return false;
            dx = 1; // a level given by one point: horizontal
        }
        float top = ctx.paneTop(), bottom = top + ctx.paneHeight();
        // Liang–Barsky against [0, w] × [top, bottom]: the pane bounds an extended line however far its points are
        clipFrom = (flags & Shapes.EXTEND_LEFT) != 0 ? Double.NEGATIVE_INFINITY : 0;
        clipTo = (flags & Shapes.EXTEND_RIGHT) != 0 ? Double.POSITIVE_INFINITY : 1;
        if (!clip(-dx, x1) || !clip(dx, w - x1) || !clip(-dy, y1 - top) || !clip(dy, bottom - y1)) return false;
        double t0 = clipFrom, t1 = clipTo;
        if (t0 > t1 || Double.isInfinite(t0) || Double.isInfinite(t1)) return false;
        seg[0] = (float) (x1 + dx * t0);
        seg[1] = (float) (y1 + dy * t0);
        seg[2] = (float) (x1 + dx * t1);
        seg[3] = (float) (y1 + dy * t1);
        return true;
    }

    /** The part of the line being clipped that is left, as parameters along it (see {@link #line}). */
    private double clipFrom, clipTo;

    /** One edge of Liang–Barsky's clip: narrows {@link #clipFrom}..{@link #clipTo}; false when the line lies wholly outside it. */
    private boolean clip(double p, double q) {
        if (p == 0) return q >= 0;
        double r = q / p;
        if (p < 0) clipFrom = Math.max(clipFrom, r);
        else clipTo = Math.min(clipTo, r);
        return true;
    }

    /**
     * A clipped segment as a solid, dashed or dotted line, one primitive however many dashes: a level or upright
     * one as a pixel-aligned quad (a third of an anti-aliased segment's pixels), a sloped one as a segment.
     */
    private static void stroke(DrawLayer layer, float x1, float y1, float x2, float y2, int width, LineStyle style, int argb) {
        if (y1 == y2 || x1 == x2) { // level or upright: whole pixel rows or columns, crisp as the grid, the dashes cut by the shader
            boolean level = y1 == y2;
            float edge = Math.round((level ? y1 : x1) - width / 2f);
            float x0 = level ? Math.min(x1, x2) : edge, y0 = level ? edge : Math.min(y1, y2);
            float xe = level ? Math.max(x1, x2) : edge + width, ye = level ? edge + width : Math.max(y1, y2);
            if (style == LineStyle.SOLID) layer.quads.add(x0, y0, xe, ye, argb);
            else layer.quads.addDashed(x0, y0, xe, ye, argb, Math.round(on(style, width)), Math.round(off(style, width))); // whole pixels: even dots
            return;
        }
        dashes(layer, x1, y1, x2, y2, width, style, argb, 0);
    }

    /**
     * A sloped segment, solid, or dashed or dotted (one primitive: the renderer cuts the pattern), the pattern
     * starting {@code phase} pixels into its period (so the pieces of a curve dash on evenly); returns the phase
     * at its end.
     */
    private static float dashes(DrawLayer layer, float x1, float y1, float x2, float y2, int width, LineStyle style, int argb, float phase) {
        if (style == LineStyle.SOLID) {
            layer.segments.add(x1, y1, x2, y2, width, argb);
            return 0;
        }
        float on = on(style, width), off = off(style, width);
        layer.segments.addDashed(x1, y1, x2, y2, width, argb, on, off, phase);
        return (float) ((phase + Math.hypot(x2 - x1, y2 - y1)) % (on + off));
    }

    /** A dash's length in pixels (a dot's, dotted). */
    private static float on(LineStyle style, int width) {
        return style == LineStyle.DASHED ? 6 + 2 * width : Math.max(1.5f, width);
    }

    /** The gap after a dash or a dot. */
    private static float off(LineStyle style, int width) {
        return style == LineStyle.DASHED ? 4 + width : 2.5f + width;
    }

    private static float distance(float px, float py, float x1, float y1, float x2, float y2) {
        float dx = x2 - x1, dy = y2 - y1;
        float len2 = dx * dx + dy * dy;
        float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        return (float) Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The plot x of a time: its bar's centre plus how far into the bar, and beyond the bars by the bar length. */
    static float x(ChartModel model, SeriesContext ctx, long time) {
        return (float) ctx.time().indexToX(model.bars().position(time, model.barMillis()));
    }

    /** The time at a (fractional) logical index: inverse of {@link BarStore#position}. */
    static double time(ChartModel model, double index) {
        BarStore bars = model.bars();
        int n = bars.size();
        if (index <= 0) return bars.time(0) + index * model.barMillis();
        if (index >= n - 1) return bars.time(n - 1) + (index - (n - 1)) * model.barMillis();
        int i = (int) Math.floor(index);
        return bars.time(i) + (index - i) * (bars.time(i + 1) - bars.time(i));
    }
}
