package org.candela.chart.draw;

import java.util.Arrays;

/**
 * Axis-aligned filled rectangles in pixel coordinates (origin top left), one colour each, and trapezoids with
 * vertical sides (a sloped band: one primitive, where one-pixel columns would cost one per pixel). Reused from
 * frame to frame: {@link #clear()} keeps the arrays, so a steady frame allocates nothing.
 */
public final class QuadBuffer {

    private float[] rects = new float[4 * 256];
    private int[] colors = new int[256];
    private int[] bottomColors = new int[256];
    private float[] dashes = new float[2 * 256];
    private float[] rightEdges = new float[2 * 256];
    private int count;

    /** Adds the rectangle from (x0, y0) to (x1, y1), colour {@code 0xAARRGGBB}. */
    public void add(float x0, float y0, float x1, float y1, int argb) {
        addGradient(x0, y0, x1, y1, argb, argb);
    }

    /** Adds a rectangle whose colour goes from {@code topArgb} at y0 to {@code bottomArgb} at y1. */
    public void addGradient(float x0, float y0, float x1, float y1, int topArgb, int bottomArgb) {
        addPattern(x0, y0, x1, y1, topArgb, bottomArgb, 0, 0);
    }

    /**
     * Adds a dashed or dotted rectangle: along its longer side, {@code on} pixels drawn then {@code off}
     * pixels left out, repeating. One primitive for a whole dashed line.
     */
    public void addDashed(float x0, float y0, float x1, float y1, int argb, float on, float off) {
        addPattern(x0, y0, x1, y1, argb, argb, on, off);
    }

    /**
     * Adds the trapezoid with vertical sides at {@code x0} (from {@code top0} to {@code bottom0}) and {@code x1}
     * (from {@code top1} to {@code bottom1}). Its top and bottom edges must not cross: split it where they do.
     */
    public void addTrapezoid(float x0, float x1, float top0, float bottom0, float top1, float bottom1, int argb) {
        addPattern(x0, top0, x1, bottom0, argb, argb, 0, 0);
        rightEdges[2 * count - 2] = top1;
        rightEdges[2 * count - 1] = bottom1;
    }

    private void addPattern(float x0, float y0, float x1, float y1, int topArgb, int bottomArgb, float on, float off) {
        if (count == colors.length) {
            rightEdges = Arrays.copyOf(rightEdges, rightEdges.length * 2);
            rects = Arrays.copyOf(rects, rects.length * 2);
            colors = Arrays.copyOf(colors, colors.length * 2);
            bottomColors = Arrays.copyOf(bottomColors, bottomColors.length * 2);
            dashes = Arrays.copyOf(dashes, dashes.length * 2);
        }
        dashes[count * 2] = on;
        dashes[count * 2 + 1] = off;
        int o = count * 4;
        rects[o] = x0;
        rects[o + 1] = y0;
        rects[o + 2] = x1;
        rects[o + 3] = y1;
        rightEdges[count * 2] = y0;
        rightEdges[count * 2 + 1] = y1;
        bottomColors[count] = bottomArgb;
        colors[count++] = topArgb;
    }

    public int count() {
        return count;
    }

    /** {@code x0, y0, x1, y1} of quad {@code i} at {@code 4 * i}. */
    public float[] rects() {
        return rects;
    }

    /** {@code top, bottom} of quad {@code i}'s right side at {@code 2 * i}: its y0 and y1 but for a trapezoid. */
    public float[] rightEdges() {
        return rightEdges;
    }

    /** Colour at the top edge of each quad. */
    public int[] colors() {
        return colors;
    }

    /** {@code on, off} dash lengths of quad {@code i} at {@code 2 * i}; 0, 0 for solid. */
    public float[] dashes() {
        return dashes;
    }

    /** Colour at the bottom edge of each quad (equal to the top but for gradients). */
    public int[] bottomColors() {
        return bottomColors;
    }

    public void clear() {
        count = 0;
    }
}
