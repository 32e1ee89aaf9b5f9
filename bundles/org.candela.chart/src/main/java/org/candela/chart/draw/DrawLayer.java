package org.candela.chart.draw;

/**
 * One layer of a frame: quads, then pixel columns, then segments, then text, drawn in that order,
 * optionally clipped to a rectangle (a pane's plot area).
 */
public final class DrawLayer {

    public final QuadBuffer quads = new QuadBuffer();
    public final ColumnBuffer columns = new ColumnBuffer();
    public final SegmentBuffer segments = new SegmentBuffer();
    public final TextBuffer texts = new TextBuffer();
    private int clipX, clipY, clipW = -1, clipH = -1;
    private float translateX;

    /**
     * Shifts everything in this layer right by {@code dx} pixels when drawn: plot layers are built in plot
     * coordinates (0 at the plot's left edge) and placed after a left price axis this way.
     */
    public void translate(float dx) {
        translateX = dx;
    }

    public float translateX() {
        return translateX;
    }

    /** Clips this layer to the rectangle; a negative width means no clip. */
    public void clip(int x, int y, int w, int h) {
        clipX = x;
        clipY = y;
        clipW = w;
        clipH = h;
    }

    public boolean clipped() {
        return clipW >= 0;
    }

    public int clipX() {
        return clipX;
    }

    public int clipY() {
        return clipY;
    }

    public int clipW() {
        return clipW;
    }

    public int clipH() {
        return clipH;
    }

    void reset() {
        quads.clear();
        columns.clear();
        segments.clear();
        texts.clear();
        clipW = -1;
        translateX = 0;
    }
}
