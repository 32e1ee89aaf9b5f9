package org.candela.chart.model;

import org.candela.chart.scale.TimeScale;

/**
 * Walks the pixel columns of the plot that hold visible bars, with each column's bar range: the loop of
 * every series drawn above one bar per pixel. Reused from frame to frame; allocates nothing.
 *
 * <pre>{@code
 * columns.begin(ctx);
 * while (columns.next()) draw(columns.x(), columns.from(), columns.to());
 * }</pre>
 */
public final class PixelColumns {

    private TimeScale time;
    private int px, last, from, to, visibleFrom, visibleTo;
    private boolean everyColumn;

    /** Starts at the first column of the visible bars of {@code ctx}. */
    public void begin(SeriesContext ctx) {
        begin(ctx, false);
    }

    /**
     * Starts at the first column of the visible bars; with {@code everyColumn}, {@link #next()} also stops
     * at columns between bars (fills under a line need every column; their bar range is then empty).
     */
    public void begin(SeriesContext ctx, boolean everyColumn) {
        this.everyColumn = everyColumn;
        time = ctx.time();
        visibleFrom = ctx.from();
        visibleTo = ctx.to();
        px = (int) Math.max(0, Math.floor(time.indexToX(visibleFrom))) - 1;
        last = (int) Math.min(time.width() - 1, Math.floor(time.indexToX(visibleTo)));
    }

    /** Moves to the next column that holds at least one bar; false after the last. */
    public boolean next() {
        while (++px <= last) {
            from = Math.max(visibleFrom, (int) Math.ceil(time.xToIndex(px)));
            to = Math.min(visibleTo, (int) Math.ceil(time.xToIndex(px + 1)) - 1);
            if (from <= to || everyColumn) return true;
        }
        return false;
    }

    /** Left edge of the current column. */
    public int x() {
        return px;
    }

    /** First bar of the current column. */
    public int from() {
        return from;
    }

    /** Last bar of the current column. */
    public int to() {
        return to;
    }

    /** True when bars are closer than a pixel, so series should draw per column. */
    public static boolean aggregated(SeriesContext ctx) {
        return ctx.time().barSpacing() < 1;
    }
}
