package org.candela.chart.model;

import org.candela.chart.draw.DrawLayer;

/**
 * Something drawn in a pane against its price scale. A series converts its visible part into draw-list
 * primitives ({@link #draw}); it never touches GL.
 */
public abstract class Series {

    private final String title;
    private int color;
    private boolean visible = true;
    private String error;
    private java.util.List<Marker> markers = java.util.List.of();
    private String priceScaleId = Pane.RIGHT;

    protected Series(String title, int argb) {
        this.title = title;
        this.color = argb;
    }

    public String title() {
        return title;
    }

    public int color() {
        return color;
    }

    public void setColor(int argb) {
        color = argb;
    }

    public boolean visible() {
        return visible;
    }

    public void setVisible(boolean v) {
        visible = v;
    }

    /** False for a series that only decorates others (a band's fill): no legend line, no value tag. */
    public boolean inLegend() {
        return true;
    }

    /** Why this series stopped (its plugin threw or returned bad values), or null while it is healthy. */
    public String error() {
        return error;
    }

    public void fail(String reason) {
        error = reason;
    }

    /**
     * The price scale this series is drawn against: {@link Pane#RIGHT} (the pane's axis), or any other id
     * for an overlay scale of its own, with no axis (a volume overlay on the price pane, say).
     */
    public String priceScaleId() {
        return priceScaleId;
    }

    public void setPriceScaleId(String id) {
        priceScaleId = java.util.Objects.requireNonNull(id, "id");
    }

    /** The markers of this series, sorted by time. */
    public java.util.List<Marker> markers() {
        return markers;
    }

    /** Replaces the markers (any order; kept sorted by time). */
    public void setMarkers(java.util.List<Marker> list) {
        java.util.List<Marker> sorted = new java.util.ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingLong(Marker::time));
        markers = java.util.List.copyOf(sorted);
    }

    /** Heap bytes this series holds beyond the bars (indexes, value columns). */
    public long bytes() {
        return 0;
    }

    /** Bars from {@code from} on changed or were appended. */
    public void barsChanged(int from) {
    }

    /** Widens {@code minMax[0..1]} by this series' values at bars {@code from..to} (inclusive). */
    public abstract void extendRange(int from, int to, double[] minMax);

    /** Adds the primitives of bars {@code ctx.from()..ctx.to()} to {@code layer}. */
    public abstract void draw(SeriesContext ctx, DrawLayer layer);

    /** The value shown in the legend and the last-value label for bar {@code index}, NaN if none. */
    public abstract double valueAt(int index);

    /** The colour of the value at {@code index} (up/down series colour by direction). */
    public int colorAt(int index) {
        return color;
    }
}
