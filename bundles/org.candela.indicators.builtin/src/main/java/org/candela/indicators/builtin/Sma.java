package org.candela.indicators.builtin;

/**
 * Simple moving average, streaming: a ring of the last {@code length - 1} committed values and their sum,
 * plus the forming value. O(1) per update, no allocation. TA-Lib seeding: the first value is at index
 * {@code length - 1}.
 */
final class Sma implements AverageIndicator.Average {

    private final int length;
    private final double[] ring;
    private int head, filled;
    private double sum;
    private double forming = Double.NaN;
    private long commits;

    Sma(int length) {
        if (length < 1) throw new IllegalArgumentException("SMA length must be at least 1: " + length);
        this.length = length;
        ring = new double[length - 1];
    }

    /** Appends ({@code newBar}) or replaces the forming value; returns the average or NaN in warm-up. */
    @Override
    public double update(boolean newBar, double value) {
        if (newBar && !Double.isNaN(forming)) commit(forming);
        forming = value;
        return filled == ring.length ? (sum + value) / length : Double.NaN;
    }

    /** {@link #update}{@code (true, values[i])} for {@code i} in {@code from..to-1}, into {@code out[i]}. */
    @Override
    public void batch(double[] values, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(forming)) commit(forming);
            double v = values[i];
            forming = v;
            out[i] = filled == ring.length ? (sum + v) / length : Double.NaN;
        }
    }

    private void commit(double value) {
        if (ring.length == 0) return;
        if (filled == ring.length) sum -= ring[head];
        else filled++;
        ring[head] = value;
        sum += value;
        if (++head == ring.length) head = 0;
        if (++commits % 4096 == 0) resum();
    }

    /** Re-adds the ring now and then so rounding errors of the running sum cannot accumulate. */
    private void resum() {
        double s = 0;
        for (int i = 0; i < filled; i++) s += ring[i];
        sum = s;
    }
}
