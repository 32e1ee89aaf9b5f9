package org.candela.chart.model;

/** How a line is stroked: on and off lengths in pixels. */
public enum LineStyle {
    SOLID(0, 0), DOTTED(1.5f, 2.5f), DASHED(6, 4), LARGE_DASHED(10, 6);

    final float on, off;

    LineStyle(float on, float off) {
        this.on = on;
        this.off = off;
    }
}
