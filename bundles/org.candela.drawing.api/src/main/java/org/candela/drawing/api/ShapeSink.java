package org.candela.drawing.api;

/**
 * Where a tool puts its shapes, in chart coordinates (times in epoch milliseconds, prices). The host turns
 * them into pixels at every frame, clips them to the pane, hit tests them (a click within a few pixels of a
 * line, inside a band or on a text selects the drawing) and draws them.
 */
public interface ShapeSink {

    /** Where a text goes relative to its point. */
    enum Align {
        /** Centred on the point. */
        CENTER,
        /** Above the point, starting at it. */
        ABOVE_LEFT,
        /** Above the point, ending at it. */
        ABOVE_RIGHT,
        /** Above the point, centred on it. */
        ABOVE_CENTER,
        /** Below the point, starting at it. */
        BELOW_LEFT,
        /** Right of the point, centred vertically. */
        RIGHT
    }

    /**
     * A straight line through (t1, p1) and (t2, p2); {@code extendLeft}/{@code extendRight} carry it on to the
     * pane's edge beyond the first / second point (a ray, an extended line, a horizontal line).
     */
    void line(long t1, double p1, long t2, double p2, int argb, int width, LineStyle style, boolean extendLeft, boolean extendRight);

    /** A vertical line through the whole pane at {@code time}. */
    void vertical(long time, int argb, int width, LineStyle style);

    /**
     * The area between two lines over the same times: from (t1, top1)–(t2, top2) down to (t1, bottom1)–(t2,
     * bottom2), filled with {@code argb} (usually translucent). A rectangle, a channel, a Fibonacci zone.
     */
    void band(long t1, double top1, double bottom1, long t2, double top2, double bottom2, int argb);

    /** A text at (time, price). */
    void text(long time, double price, String text, int argb, Align align);
}
