package org.candela.chart.draw;

import java.util.Arrays;

/**
 * Line segments in pixel coordinates with a width and a colour each, solid or dashed (the pattern cut by the
 * renderer: one primitive for a whole dashed line); reused like {@link QuadBuffer}.
 */
public final class SegmentBuffer {

    private float[] data = new float[5 * 256];
    private int[] colors = new int[256];
    private float[] dashes = new float[3 * 256];
    private int count;

    /** Adds a segment from (x0, y0) to (x1, y1), {@code width} pixels thick. */
    public void add(float x0, float y0, float x1, float y1, float width, int argb) {
        addDashed(x0, y0, x1, y1, width, argb, 0, 0, 0);
    }

    /**
     * Adds a dashed segment: along it from (x0, y0), {@code on} pixels drawn then {@code off} left out, repeating,
     * the pattern starting {@code phase} pixels into its period (so the pieces of a bent line dash on evenly).
     * {@code on} 0 is solid.
     */
    public void addDashed(float x0, float y0, float x1, float y1, float width, int argb, float on, float off, float phase) {
        if (count == colors.length) {
            data = Arrays.copyOf(data, data.length * 2);
            colors = Arrays.copyOf(colors, colors.length * 2);
            dashes = Arrays.copyOf(dashes, dashes.length * 2);
        }
        dashes[3 * count] = on;
        dashes[3 * count + 1] = on > 0 ? on + off : 0;
        dashes[3 * count + 2] = phase;
        int o = count * 5;
        data[o] = x0;
        data[o + 1] = y0;
        data[o + 2] = x1;
        data[o + 3] = y1;
        data[o + 4] = width;
        colors[count++] = argb;
    }

    public int count() {
        return count;
    }

    /** {@code x0, y0, x1, y1, width} of segment {@code i} at {@code 5 * i}. */
    public float[] data() {
        return data;
    }

    public int[] colors() {
        return colors;
    }

    /** {@code on, period, phase} of segment {@code i}'s dashes at {@code 3 * i}; a period of 0 is solid. */
    public float[] dashes() {
        return dashes;
    }

    public void clear() {
        count = 0;
    }
}
