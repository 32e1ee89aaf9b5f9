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

    private void drawColumns(SeriesContext ctx, DrawLayer layer) {
        float prevY = Float.NaN;
        columns.begin(ctx);
        while (columns.next()) {
            index.envelope(columns.from(), columns.to(), envelope);
            if (envelope[0] > envelope[1]) {
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
            layer.segments.add(x, top, x, bottom, width, lineColor());
            double last = values.get(columns.to());
            prevY = Double.isFinite(last) ? ctx.y(last) : Float.NaN;
        }
    }
}
