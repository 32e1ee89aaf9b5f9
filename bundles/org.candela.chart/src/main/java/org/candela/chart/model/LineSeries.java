package org.candela.chart.model;

import org.candela.chart.data.ValueColumn;
import org.candela.chart.draw.DrawLayer;

/**
 * A line through a column of values: simple or stepped, solid, dotted or dashed; NaN leaves a gap. Above
 * one value per pixel it draws one vertical stroke per pixel column over the column's envelope, widened to
 * the previous column's last value, so the line stays joined and spikes survive any zoom.
 */
public class LineSeries extends ValueSeries {

    private final DashedPath path = new DashedPath();
    private final Runs runs = new Runs();
    private float width = 1.5f;
    private LineStyle style = LineStyle.SOLID;
    private boolean step;

    public LineSeries(String title, ValueColumn values, int argb) {
        super(title, values, argb);
    }

    public void setWidth(float px) {
        width = px;
    }

    public float width() {
        return width;
    }

    public void setStyle(LineStyle s) {
        style = s;
    }

    /** Stepped: horizontal to the next bar, then vertical (a staircase). */
    public void setStep(boolean s) {
        step = s;
    }

    @Override
    public void draw(SeriesContext ctx, DrawLayer layer) {
        sync();
        if (PixelColumns.aggregated(ctx)) {
            drawColumns(ctx, layer);
            return;
        }
        path.begin(layer.segments, style, width, lineColor());
        int from = Math.max(0, ctx.from() - 1), to = Math.min(values.size() - 1, ctx.to() + 1);
        boolean have = false;
        float prevY = 0;
        for (int i = from; i <= to; i++) {
            double v = values.get(i);
            if (!Double.isFinite(v)) {
                have = false;
                continue;
            }
            float x = ctx.x(i), y = ctx.y(v);
            if (!have) path.moveTo(x, y);
            else if (step) {
                path.lineTo(x, prevY);
                path.lineTo(x, y);
            } else {
                path.lineTo(x, y);
            }
            prevY = y;
            have = true;
        }
    }

    /** The colour of the stroke; subclasses tint it. */
    protected int lineColor() {
        return color();
    }

    /**
     * Above one value per pixel: each column's envelope (widened to the previous column's last value, so the
     * line stays joined). Runs of short columns that one straight stroke passes through (within half a
     * pixel) become that stroke; tall columns (spikes) are drawn as they are. Smooth lines thus cost a few
     * hundred segments instead of one per column, and no extreme is lost.
     */
    private void drawColumns(SeriesContext ctx, DrawLayer layer) {
        float prevY = Float.NaN;
        int color = lineColor();
        float tolerance = 0.5f;
        runs.begin(layer, width, color);
        columns.begin(ctx);
        while (columns.next()) {
            index.envelope(columns.from(), columns.to(), envelope);
            if (envelope[0] > envelope[1]) {
                runs.flush();
                prevY = Float.NaN;
                continue;
            }
            float x = columns.x() + 0.5f, top = ctx.y(envelope[1]), bottom = ctx.y(envelope[0]);
            if (top > bottom) {
                float t = top;
                top = bottom;
                bottom = t;
            }
            if (!Float.isNaN(prevY)) {
                top = Math.min(top, prevY);
                bottom = Math.max(bottom, prevY);
            }
            if (bottom - top > 2 * width) {
                runs.flush();
                layer.columns.add(columns.x(), Math.round(top), Math.round(bottom) + 1, color);
            } else {
                runs.add(x, top - tolerance, bottom + tolerance);
            }
            double last = values.get(columns.to());
            prevY = Double.isFinite(last) ? ctx.y(last) : Float.NaN;
        }
        runs.flush();
    }

    /** Fits straight strokes through consecutive column spans (the "cone" test: slopes that pass all). */
    private static final class Runs {
        private DrawLayer layer;
        private float width;
        private int color;
        private boolean open;
        private float x0, y0, lastX, lowSlope, highSlope, slope;

        void begin(DrawLayer l, float w, int c) {
            layer = l;
            width = w;
            color = c;
            open = false;
        }

        /** A column at x whose stroke must pass between {@code top} and {@code bottom}. */
        void add(float x, float top, float bottom) {
            if (!open) {
                start(x, (top + bottom) / 2);
                return;
            }
            float dx = x - x0;
            float lo = Math.max(lowSlope, (top - y0) / dx), hi = Math.min(highSlope, (bottom - y0) / dx);
            if (lo > hi) {
                float endY = y0 + slope * (lastX - x0);
                layer.segments.add(x0, y0, lastX, endY, width, color);
                start(lastX, endY);
                add(x, top, bottom);
                return;
            }
            lowSlope = lo;
            highSlope = hi;
            slope = (lo + hi) / 2;
            lastX = x;
        }

        private void start(float x, float y) {
            open = true;
            x0 = lastX = x;
            y0 = y;
            lowSlope = Float.NEGATIVE_INFINITY;
            highSlope = Float.POSITIVE_INFINITY;
            slope = 0;
        }

        void flush() {
            if (open && lastX > x0) layer.segments.add(x0, y0, lastX, y0 + slope * (lastX - x0), width, color);
            else if (open) layer.segments.add(x0, y0 - 0.5f, x0, y0 + 0.5f, width, color);
            open = false;
        }
    }
}
