package org.candela.chart.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * A frame as plain data in pixel coordinates: the layers in draw order and the background colour. Views
 * fill it on the UI thread; a renderer draws it and keeps no reference. Layers are reused across frames.
 */
public final class DrawList {

    private final List<DrawLayer> layers = new ArrayList<>();
    private int used;
    private int width, height;
    private int background;
    private final TextBuffer watermark = new TextBuffer();

    /** Starts a new frame of this size, recycling the previous frame's layers. */
    public void begin(int w, int h, int backgroundArgb) {
        width = w;
        height = h;
        background = backgroundArgb;
        used = 0;
        watermark.clear();
    }

    /**
     * Large faint text drawn right after the background, under everything else (centred on x; y is the
     * middle of the text). The renderer draws it from a large glyph atlas.
     */
    public void watermark(String text, float x, float y, int argb) {
        watermark.clear();
        watermark.add(text, x, y, TextBuffer.CENTER, argb);
    }

    /** The watermark run (empty when there is none). */
    public TextBuffer watermark() {
        return watermark;
    }

    /**
     * Keeps layers {@code 0..layers-1} of the previous frame as they are and continues after them: a frame
     * in which only the crosshair moved re-makes only its top layers.
     */
    public void rewindTo(int layers) {
        if (layers > used) throw new IllegalArgumentException("only " + used + " layers to keep");
        used = layers;
    }

    /** The next layer of this frame, empty and unclipped. */
    public DrawLayer nextLayer() {
        if (used == layers.size()) layers.add(new DrawLayer());
        DrawLayer l = layers.get(used++);
        l.reset();
        return l;
    }

    public int layerCount() {
        return used;
    }

    public DrawLayer layer(int i) {
        if (i >= used) throw new IndexOutOfBoundsException(i);
        return layers.get(i);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int background() {
        return background;
    }

    /** Quads plus segments plus text runs of this frame, for tests and counters. */
    public int primitiveCount() {
        int n = 0;
        for (int i = 0; i < used; i++) {
            DrawLayer l = layers.get(i);
            n += l.quads.count() + l.columns.count() + l.segments.count() + l.texts.count();
        }
        return n;
    }
}
