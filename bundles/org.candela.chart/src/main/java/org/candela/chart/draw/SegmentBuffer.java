package org.candela.chart.draw;

import java.util.Arrays;

/** Line segments in pixel coordinates with a width and a colour each; reused like {@link QuadBuffer}. */
public final class SegmentBuffer {

    private float[] data = new float[5 * 256];
    private int[] colors = new int[256];
    private int count;

    /** Adds a segment from (x0, y0) to (x1, y1), {@code width} pixels thick. */
    public void add(float x0, float y0, float x1, float y1, float width, int argb) {
        if (count == colors.length) {
            data = Arrays.copyOf(data, data.length * 2);
            colors = Arrays.copyOf(colors, colors.length * 2);
        }
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

    public void clear() {
        count = 0;
    }
}
