package org.candela.indicators.builtin;

/**
 * Linearly weighted moving average (weights 1..length, the newest heaviest), as TA-Lib: the first value at
 * index {@code length - 1}. Keeps the committed window's plain and weighted sums, so an update is O(1):
 * with the forming value x the weighted sum is {@code weighted + length·x}.
 */
final class Wma implements AverageIndicator.Average {

    private final int length;
    private final double[] ring;
    private final double divisor;
    private int head, filled;
    private double sum, weighted;
    private double forming = Double.NaN;
    private long commits;

    Wma(int length) {
        if (length < 1) throw new IllegalArgumentException("WMA length must be at least 1: " + length);
        this.length = length;
        ring = new double[length - 1];
        divisor = length * (length + 1) / 2.0;
    }

    @Override
    public double update(boolean newBar, double value) {
        if (newBar && !Double.isNaN(forming)) commit(forming);
        forming = value;
        return filled == ring.length ? (weighted + length * value) / divisor : Double.NaN;
    }

    private void commit(double x) {
        if (ring.length == 0) return;
        if (filled == ring.length) {
            // the window drops its oldest value and every other weight falls by one
            weighted = weighted + length * x - sum - x;
            sum += x - ring[head];
        } else {
            filled++;
            weighted += filled * x;
            sum += x;
        }
        ring[head] = x;
        if (++head == ring.length) head = 0;
        if (++commits % 4096 == 0) resum();
    }

    /** Recomputes both sums from the ring now and then so rounding errors cannot accumulate. */
    private void resum() {
        double s = 0, w = 0;
        int oldest = filled == ring.length ? head : 0;
        for (int j = 0; j < filled; j++) {
            double v = ring[(oldest + j) % ring.length];
            s += v;
            w += (j + 1) * v;
        }
        sum = s;
        weighted = w;
    }
}
