package org.candela.chart.scale;

/**
 * Maps prices to y pixels within one pane: the range {@code [min, max]} fills the pane less its top and
 * bottom margins (fractions of the height, as in Lightweight Charts: 0.2 and 0.1 by default). The range is
 * kept in scale units: prices in {@link PriceScaleMode#NORMAL} mode, log10(price) in {@code LOG}, percent
 * from the base in {@code PERCENT}, and base = 100 in {@code INDEXED}. Inverted puts the minimum on top.
 *
 * <pre>{@code
 * PriceScale ps = new PriceScale();
 * ps.setHeight(400);
 * ps.setRange(29_800, 30_200);
 * double y = ps.priceToY(30_000);   // 200 px from the top of the pane less margins
 * }</pre>
 */
public final class PriceScale {

    private double min = 0;
    private double max = 1;
    private double marginTop = 0.2;
    private double marginBottom = 0.1;
    private int height = 1;
    private PriceScaleMode mode = PriceScaleMode.NORMAL;
    private boolean inverted;
    private double base = 1;

    public PriceScaleMode mode() {
        return mode;
    }

    public void setMode(PriceScaleMode m) {
        mode = m;
    }

    public boolean inverted() {
        return inverted;
    }

    public void setInverted(boolean i) {
        inverted = i;
    }

    /** The price that is 0 % in PERCENT mode and 100 in INDEXED mode (the first visible close). */
    public void setBase(double price) {
        if (price > 0 && Double.isFinite(price)) base = price;
    }

    public double base() {
        return base;
    }

    /** Scale units of a price. */
    public double toScale(double price) {
        return switch (mode) {
            case NORMAL -> price;
            case LOG -> Math.log10(Math.max(price, 1e-12));
            case PERCENT -> (price / base - 1) * 100;
            case INDEXED -> price / base * 100;
        };
    }

    /** The price at scale units {@code v}; inverse of {@link #toScale}. */
    public double fromScale(double v) {
        return switch (mode) {
            case NORMAL -> v;
            case LOG -> Math.pow(10, v);
            case PERCENT -> (v / 100 + 1) * base;
            case INDEXED -> v / 100 * base;
        };
    }

    public void setHeight(int px) {
        height = Math.max(1, px);
    }

    public int height() {
        return height;
    }

    public void setMargins(double top, double bottom) {
        if (top < 0 || bottom < 0 || top + bottom >= 0.9) throw new IllegalArgumentException("bad margins");
        marginTop = top;
        marginBottom = bottom;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Sets the visible range in prices (converted to scale units). */
    public void setPriceRange(double lo, double hi) {
        setRange(toScale(lo), toScale(hi));
    }

    /**
     * Sets the visible range in scale units. An empty or degenerate range (one price) is widened
     * symmetrically so that a flat series sits in the middle instead of dividing by zero.
     */
    public void setRange(double lo, double hi) {
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < minimumSpan(lo, hi)) {
            double mid = (lo + hi) / 2, half = minimumSpan(lo, hi) / 2;
            lo = mid - half;
            hi = mid + half;
        }
        min = lo;
        max = hi;
    }

    /** The smallest range shown: one millionth of the value, so a flat line never divides by zero. */
    private static double minimumSpan(double lo, double hi) {
        return Math.max(Math.max(Math.abs(lo), Math.abs(hi)) * 1e-6, 1e-9);
    }

    private double top() {
        return height * marginTop;
    }

    private double span() {
        return height * (1 - marginTop - marginBottom);
    }

    /** Y (from the top of the pane) of {@code price}. */
    public double priceToY(double price) {
        return scaleToY(toScale(price));
    }

    /** Price at {@code y} (from the top of the pane); inverse of {@link #priceToY}. */
    public double yToPrice(double y) {
        return fromScale(yToScale(y));
    }

    /** Y of a value in scale units. */
    public double scaleToY(double v) {
        double f = (max - v) / (max - min);
        return top() + (inverted ? 1 - f : f) * span();
    }

    /** Scale units at {@code y}. */
    public double yToScale(double y) {
        double f = (y - top()) / span();
        return max - (inverted ? 1 - f : f) * (max - min);
    }

    /** Scale units per pixel. */
    public double pricePerPixel() {
        return (max - min) / span();
    }
}
