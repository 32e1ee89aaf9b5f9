package org.candela.indicators.builtin;

/**
 * The highest (or lowest) of the last {@code length} values, the forming one included: a monotonic queue
 * over the committed {@code length - 1} values in a ring (amortised O(1) per new bar), and a tick on the
 * forming value is one comparison. No allocation.
 */
final class Extreme {

    private final int length;
    private final boolean max;
    private final double[] values;
    private final long[] seqs;
    private int first, size;
    private long committed;
    private double forming = Double.NaN;

    Extreme(int length, boolean max) {
        if (length < 1) throw new IllegalArgumentException("length must be at least 1: " + length);
        this.length = length;
        this.max = max;
        values = new double[length];
        seqs = new long[length];
    }

    /** Appends or replaces the forming value; returns the extreme of the window (NaN before it is full). */
    double update(boolean newBar, double value) {
        if (newBar && !Double.isNaN(forming)) commit(forming);
        forming = value;
        if (committed < length - 1) return Double.NaN;
        if (size == 0) return value;
        double e = values[first];
        return max ? Math.max(e, value) : Math.min(e, value);
    }

    private void commit(double x) {
        long seq = committed++;
        while (size > 0) {
            double last = values[(first + size - 1) % length];
            if (max ? last <= x : last >= x) size--;
            else break;
        }
        int at = (first + size) % length;
        values[at] = x;
        seqs[at] = seq;
        size++;
        // keep only the last length - 1 committed values
        while (size > 0 && seqs[first] <= seq - (length - 1)) {
            first = (first + 1) % length;
            size--;
        }
    }
}
