package org.candela.chart.draw;

import java.util.Arrays;

/**
 * One-pixel-wide vertical runs: pixel column {@code x}, rows {@code top} (inclusive) to {@code bottom}
 * (exclusive). What every series draws above one bar per pixel; the renderer draws each as a single line
 * primitive, half the cost of a quad on software GL.
 */
public final class ColumnBuffer {

    private float[] data = new float[3 * 512];
    private int[] colors = new int[512];
    private int count;

    public void add(int x, float top, float bottom, int argb) {
        if (count == colors.length) {
            data = Arrays.copyOf(data, data.length * 2);
            colors = Arrays.copyOf(colors, colors.length * 2);
        }
        int o = count * 3;
        data[o] = x;
        data[o + 1] = top;
        data[o + 2] = bottom;
        colors[count++] = argb;
    }

    public int count() {
        return count;
    }

    /** {@code x, top, bottom} of column {@code i} at {@code 3 * i}. */
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
