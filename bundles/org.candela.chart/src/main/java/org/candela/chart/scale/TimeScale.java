package org.candela.chart.scale;

/**
 * Maps logical bar indexes to x pixels, as Lightweight Charts does: bars are {@code barSpacing} pixels apart
 * and the right edge of the plot sits {@code rightOffset} bars after the last bar.
 *
 * <pre>{@code
 * TimeScale ts = new TimeScale();
 * ts.setWidth(800); ts.setBaseIndex(bars.size() - 1);
 * double x = ts.indexToX(bars.size() - 1);   // centre of the last bar
 * ts.zoomAt(x, 1.25);                          // zoom in, keeping that bar under x
 * }</pre>
 */
public final class TimeScale {

    /** Small enough to fit 10 million bars into 1,000 pixels. */
    public static final double MIN_BAR_SPACING = 1e-4;
    public static final double MAX_BAR_SPACING = 60;

    private double barSpacing = 8;
    private double rightOffset = 5;
    private int width = 1;
    private int baseIndex = -1;
    private boolean fixLeftEdge, fixRightEdge;

    /** Keeps the first bar from scrolling right of the left edge. */
    public void setFixLeftEdge(boolean fix) {
        fixLeftEdge = fix;
        clampEdges();
    }

    /** Keeps the last bar from scrolling left of the right edge (no empty space after it). */
    public void setFixRightEdge(boolean fix) {
        fixRightEdge = fix;
        clampEdges();
    }

    /** The visible logical range {@code [from, to]} in bar indexes (fractional, may extend past the data). */
    public double[] visibleLogicalRange() {
        return new double[] {visibleFrom(), visibleTo()};
    }

    /** Shows logical indexes {@code from..to} across the plot. */
    public void setVisibleLogicalRange(double from, double to) {
        if (!(to > from)) throw new IllegalArgumentException("empty range " + from + ".." + to);
        setBarSpacing(width / (to - from));
        rightOffset = to - 0.5 - baseIndex;
        clampEdges();
    }

    private void clampEdges() {
        if (fixRightEdge && rightOffset > 0) rightOffset = 0;
        if (fixLeftEdge && baseIndex >= 0 && visibleFrom() < -0.5) {
            rightOffset += -0.5 - visibleFrom();
            if (fixRightEdge && rightOffset > 0) rightOffset = 0;
        }
    }

    public double barSpacing() {
        return barSpacing;
    }

    public void setBarSpacing(double spacing) {
        barSpacing = Math.max(MIN_BAR_SPACING, Math.min(MAX_BAR_SPACING, spacing));
    }

    /** Bars (possibly fractional) between the last bar and the right edge of the plot. */
    public double rightOffset() {
        return rightOffset;
    }

    public void setRightOffset(double offset) {
        rightOffset = offset;
    }

    public int width() {
        return width;
    }

    public void setWidth(int px) {
        width = Math.max(1, px);
    }

    /** Index of the last bar. */
    public int baseIndex() {
        return baseIndex;
    }

    public void setBaseIndex(int index) {
        baseIndex = index;
    }

    /** The logical index at the right edge of the plot. */
    public double rightEdgeIndex() {
        return baseIndex + rightOffset;
    }

    /** X of the centre of bar {@code index}. */
    public double indexToX(double index) {
        return width - (rightEdgeIndex() - index + 0.5) * barSpacing;
    }

    /** The logical (fractional) index at pixel {@code x}; inverse of {@link #indexToX}. */
    public double xToIndex(double x) {
        return rightEdgeIndex() + 0.5 - (width - x) / barSpacing;
    }

    /** The bar whose slot contains {@code x}. */
    public int xToNearestIndex(double x) {
        return (int) Math.round(xToIndex(x));
    }

    /** First logical index visible (may be negative). */
    public double visibleFrom() {
        return xToIndex(0);
    }

    /** Last logical index visible (may be past the last bar). */
    public double visibleTo() {
        return xToIndex(width);
    }

    /** Scales the bar spacing by {@code factor}, keeping the bar under {@code x} where it is. */
    public void zoomAt(double x, double factor) {
        double index = xToIndex(x);
        setBarSpacing(barSpacing * factor);
        rightOffset = (width - x) / barSpacing - 0.5 + index - baseIndex;
        clampEdges();
    }

    /** Moves the content {@code dx} pixels to the right (showing older bars when dx &gt; 0). */
    public void scrollBy(double dx) {
        rightOffset -= dx / barSpacing;
        clampEdges();
    }

    /** Shows the last {@code bars} bars with {@code offset} bars of space after them. */
    public void showLast(int bars, double offset) {
        rightOffset = offset;
        setBarSpacing(width / (bars + offset));
    }

    /** Shows every one of {@code bars} bars, the last at the right edge. */
    public void fitContent(int bars) {
        rightOffset = 0;
        setBarSpacing(width / Math.max(1.0, bars));
    }

    /**
     * Called after a bar was appended. When the last bar was in view the view follows it (the right offset
     * stays); when the user had scrolled back the same bars stay in view.
     */
    public void onBarAppended(int newBaseIndex) {
        boolean lastWasVisible = baseIndex < 0 || visibleTo() >= baseIndex;
        int added = newBaseIndex - baseIndex;
        baseIndex = newBaseIndex;
        if (!lastWasVisible) rightOffset -= added;
    }
}
