package org.candela.chart.scale;

/**
 * Maps prices to y pixels within one pane: the range {@code [min, max]} fills the pane less its top and
 * bottom margins (fractions of the height, as in Lightweight Charts: 0.2 and 0.1 by default).
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

    /**
     * Sets the visible price range. An empty or degenerate range (one price) is widened symmetrically so
     * that a flat series sits in the middle instead of dividing by zero.
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

    /** The smallest range shown: one millionth of the price, so a flat line never divides by zero. */
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
        return top() + (max - price) / (max - min) * span();
    }

    /** Price at {@code y} (from the top of the pane); inverse of {@link #priceToY}. */
    public double yToPrice(double y) {
        return max - (y - top()) / span() * (max - min);
    }

    /** Price units per pixel. */
    public double pricePerPixel() {
        return (max - min) / span();
    }
}
