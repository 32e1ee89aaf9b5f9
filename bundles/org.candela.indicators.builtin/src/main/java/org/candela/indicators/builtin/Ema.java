package org.candela.indicators.builtin;

/**
 * Exponential moving average as TA-Lib computes it: seeded with the simple average of the first
 * {@code length} values (the first value at index {@code length - 1}), then {@code prev + k·(x − prev)}
 * with {@code k = 2 / (length + 1)}. O(1) per update, no allocation; the forming value is never committed
 * until the next bar opens, so replacing it gives exactly what feeding the final value once gives.
 */
final class Ema implements AverageIndicator.Average {

    private final int length;
    private final double k;
    private int count;
    private double sum, prev;
    private double forming = Double.NaN;

    Ema(int length) {
        if (length < 1) throw new IllegalArgumentException("EMA length must be at least 1: " + length);
        this.length = length;
        this.k = 2.0 / (length + 1);
    }

    /** Appends ({@code newBar}) or replaces the forming value; returns the average or NaN in warm-up. */
    @Override
    public double update(boolean newBar, double value) {
        if (newBar && !Double.isNaN(forming)) commit(forming);
        forming = value;
        return value(value);
    }

    /** {@link #update}{@code (true, values[i])} for {@code i} in {@code from..to-1}, into {@code out[i]}. */
    @Override
    public void batch(double[] values, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(forming)) commit(forming);
            double v = values[i];
            forming = v;
            out[i] = value(v);
        }
    }

    private double value(double x) {
        if (count >= length) return (x - prev) * k + prev;
        return count == length - 1 ? (sum + x) / length : Double.NaN;
    }

    private void commit(double x) {
        if (count >= length) {
            prev = (x - prev) * k + prev;
        } else {
            sum += x;
            if (count == length - 1) prev = sum / length;
        }
        count++;
    }
}
