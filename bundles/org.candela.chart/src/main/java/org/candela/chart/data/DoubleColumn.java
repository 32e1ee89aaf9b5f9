package org.candela.chart.data;

import java.util.Arrays;

/** A growable column of doubles aligned with a {@link BarStore}'s indexes; NaN marks a missing value. */
public final class DoubleColumn implements ValueColumn {

    private double[] values;
    private int size;
    private int lowestWrite = Integer.MAX_VALUE;

    public DoubleColumn(int capacity) {
        values = new double[Math.max(16, capacity)];
    }

    /** The backing array; valid up to {@link #size()}. */
    double[] array() {
        return values;
    }

    @Override
    public long capacityBytes() {
        return values.length * 8L;
    }

    public int size() {
        return size;
    }

    public double get(int i) {
        return i >= 0 && i < size ? values[i] : Double.NaN;
    }

    /** Writes {@code v} at {@code i}, growing the column (with NaN) when {@code i ≥ size()}. */
    public void set(int i, double v) {
        if (i >= values.length) values = Arrays.copyOf(values, Math.max(values.length * 2, i + 1));
        if (i >= size) {
            Arrays.fill(values, size, i, Double.NaN);
            size = i + 1;
        }
        values[i] = v;
        if (i < lowestWrite) lowestWrite = i;
    }

    @Override
    public MinMaxIndex.Source source() {
        return MinMaxIndex.values(this);
    }

    @Override
    public int takeLowestWrite() {
        int w = lowestWrite;
        lowestWrite = Integer.MAX_VALUE;
        return w;
    }

    /**
     * The backing array after growing the column to {@code n} values, for a batch that writes entries
     * {@code from..n-1} directly; those count as written.
     */
    public double[] writable(int from, int n) {
        if (n > values.length) values = Arrays.copyOf(values, Math.max(values.length * 2, n));
        if (n > size) {
            Arrays.fill(values, size, n, Double.NaN);
            size = n;
        }
        lowestWrite = Math.min(lowestWrite, from);
        return values;
    }

    /** Takes {@code values} (its first {@code size} entries) as the whole column, without copying them. */
    public void adopt(double[] values, int size) {
        if (values.length < size) throw new IllegalArgumentException(values.length + " values cannot hold " + size);
        this.values = values;
        this.size = size;
        lowestWrite = 0;
    }

    /** Forgets every value from {@code n} on. */
    public void truncate(int n) {
        size = Math.min(size, Math.max(0, n));
        lowestWrite = Math.min(lowestWrite, size);
    }
}
