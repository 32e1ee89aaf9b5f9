package org.candela.chart.model;

import org.candela.chart.draw.SegmentBuffer;

/**
 * Turns a polyline into segments, solid or with a dash pattern that continues across vertices. Reused
 * from frame to frame.
 */
public final class DashedPath {

    private SegmentBuffer out;
    private LineStyle style;
    private float width;
    private int color;
    private float px, py;
    private boolean started;
    private float phase;

    public void begin(SegmentBuffer out, LineStyle style, float width, int color) {
        this.out = out;
        this.style = style;
        this.width = width;
        this.color = color;
        started = false;
        phase = 0;
    }

    /** Starts a new piece of the path (after a gap). */
    public void moveTo(float x, float y) {
        px = x;
        py = y;
        started = true;
    }

    public void lineTo(float x, float y) {
        if (!started) {
            moveTo(x, y);
            return;
        }
        if (style == LineStyle.SOLID) {
            out.add(px, py, x, y, width, color);
        } else {
            dash(px, py, x, y);
        }
        px = x;
        py = y;
    }

    private void dash(float x0, float y0, float x1, float y1) {
        float dx = x1 - x0, dy = y1 - y0;
        float len = (float) Math.sqrt(dx * dx + dy * dy);
        if (len == 0) return;
        float period = style.on + style.off;
        float t = 0;
        while (t < len) {
            float inPeriod = phase % period;
            if (inPeriod < style.on) {
                float end = Math.min(len, t + style.on - inPeriod);
                out.add(x0 + dx * t / len, y0 + dy * t / len, x0 + dx * end / len, y0 + dy * end / len, width, color);
                phase += end - t;
                t = end;
            } else {
                float end = Math.min(len, t + period - inPeriod);
                phase += end - t;
                t = end;
            }
        }
    }
}
