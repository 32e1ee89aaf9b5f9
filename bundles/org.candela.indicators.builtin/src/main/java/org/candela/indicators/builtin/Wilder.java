package org.candela.indicators.builtin;

/**
 * Wilder's smoothing as TA-Lib does it: the plain average of the first {@code length} values, then
 * {@code (prev · (length − 1) + x) / length}. The first value comes with the {@code length}-th input.
 * O(1), no allocation, forming value never committed until the next bar.
 */
final class Wilder {

    private final int length;
    private int count;
    private double sum, prev;
    private double forming = Double.NaN;

    Wilder(int length) {
        if (length < 1) throw new IllegalArgumentException("length must be at least 1: " + length);
        this.length = length;
    }

    double update(boolean newBar, double x) {
        if (newBar && !Double.isNaN(forming)) commit(forming);
        forming = x;
        if (count >= length) return next(prev, x);
        return count == length - 1 ? (sum + x) / length : Double.NaN;
    }

    private double next(double p, double x) {
        double t = p * (length - 1);
        t += x;
        return t / length;
    }

    private void commit(double x) {
        if (count >= length) prev = next(prev, x);
        else {
            sum += x;
            if (count == length - 1) prev = sum / length;
        }
        count++;
    }
}
