package org.candela.chart.draw;

import java.util.Arrays;

/** Text runs: a string, the pixel position of its box, an alignment and a colour. */
public final class TextBuffer {

    public static final int LEFT = 0, CENTER = 1, RIGHT = 2;

    private String[] texts = new String[64];
    private float[] xy = new float[128];
    private int[] colors = new int[64];
    private byte[] aligns = new byte[64];
    private int count;

    /**
     * Adds {@code text} whose box has its top at {@code y} and its left edge, centre or right edge (per
     * {@code align}) at {@code x}.
     */
    public void add(String text, float x, float y, int align, int argb) {
        if (count == colors.length) {
            int c = count * 2;
            texts = Arrays.copyOf(texts, c);
            xy = Arrays.copyOf(xy, c * 2);
            colors = Arrays.copyOf(colors, c);
            aligns = Arrays.copyOf(aligns, c);
        }
        texts[count] = text;
        xy[count * 2] = x;
        xy[count * 2 + 1] = y;
        colors[count] = argb;
        aligns[count++] = (byte) align;
    }

    public int count() {
        return count;
    }

    public String text(int i) {
        return texts[i];
    }

    public float x(int i) {
        return xy[i * 2];
    }

    public float y(int i) {
        return xy[i * 2 + 1];
    }

    public int color(int i) {
        return colors[i];
    }

    public int align(int i) {
        return aligns[i];
    }

    public void clear() {
        Arrays.fill(texts, 0, count, null);
        count = 0;
    }
}
