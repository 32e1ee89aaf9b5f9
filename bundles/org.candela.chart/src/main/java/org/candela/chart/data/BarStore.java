package org.candela.chart.data;

import java.util.Arrays;

/**
 * Bars in columnar primitive arrays that grow by doubling: 48 bytes per bar, no object per bar.
 * Times are bar open times in UTC milliseconds, strictly increasing.
 *
 * <p>Not thread-safe: the UI thread owns a chart's store; other threads hand data over through
 * {@link org.candela.chart.live.LiveBuffer} or build a store of their own and pass it whole.
 */
public final class BarStore {

    private long[] time;
    private double[] open, high, low, close, volume;
    private int size;
    private long timesChanged;

    public BarStore() {
        this(1024);
    }

    public BarStore(int capacity) {
        int c = Math.max(16, capacity);
        time = new long[c];
        open = new double[c];
        high = new double[c];
        low = new double[c];
        close = new double[c];
        volume = new double[c];
    }

    /** True for a bar whose values are finite, whose high and low contain open and close, volume ≥ 0. */
    public static boolean isValid(double o, double h, double l, double c, double v) {
        return Double.isFinite(o) && Double.isFinite(h) && Double.isFinite(l) && Double.isFinite(c)
                && Double.isFinite(v) && v >= 0 && h >= l && h >= Math.max(o, c) && l <= Math.min(o, c);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long time(int i) {
        return time[i];
    }

    public double open(int i) {
        return open[i];
    }

    public double high(int i) {
        return high[i];
    }

    public double low(int i) {
        return low[i];
    }

    public double close(int i) {
        return close[i];
    }

    public double volume(int i) {
        return volume[i];
    }

    // The backing arrays, valid up to size(): for batch computations that read bars in tight loops.
    // Read-only by contract; only BarStore writes them.

    public long[] timeArray() {
        return time;
    }

    public double[] openArray() {
        return open;
    }

    public double[] highArray() {
        return high;
    }

    public double[] lowArray() {
        return low;
    }

    public double[] closeArray() {
        return close;
    }

    public double[] volumeArray() {
        return volume;
    }

    /** The closes as a value column (a view: no copy). */
    public ValueColumn closes() {
        return new ValueColumn() {
            public int size() {
                return size;
            }

            public double get(int i) {
                return i >= 0 && i < size ? close[i] : Double.NaN;
            }

            public MinMaxIndex.Source source() {
                return new MinMaxIndex.Source() {
                    public int size() {
                        return size;
                    }

                    public double low(int i) {
                        return close[i];
                    }

                    public double high(int i) {
                        return close[i];
                    }

                    public double[] lowArray() {
                        return close;
                    }

                    public double[] highArray() {
                        return close;
                    }
                };
            }
        };
    }

    public long lastTime() {
        return size == 0 ? Long.MIN_VALUE : time[size - 1];
    }

    /** Appends a bar that opens after the last one. */
    public void append(long t, double o, double h, double l, double c, double v) {
        if (size > 0 && t <= time[size - 1]) {
            throw new IllegalArgumentException("bar time " + t + " is not after the last bar " + time[size - 1]);
        }
        if (size == time.length) grow();
        set(size++, t, o, h, l, c, v);
        timesChanged++;
    }

    /**
     * A count that moves whenever a bar is added, inserted or removed or a bar's time changes (not when a tick
     * updates a bar's prices): what is worked out from the times ({@link #position}) stays good while it holds.
     */
    public long timesChanged() {
        return timesChanged;
    }

    /** Overwrites bar {@code i} (its time must stay in order). */
    public void set(int i, long t, double o, double h, double l, double c, double v) {
        if (time[i] != t) timesChanged++;
        time[i] = t;
        open[i] = o;
        high[i] = h;
        low[i] = l;
        close[i] = c;
        volume[i] = v;
    }

    /**
     * Replaces the bar with this open time, appends it when it is newer than the last, or inserts it in
     * order when it fills a gap.
     *
     * @return the index written
     */
    public int upsert(long t, double o, double h, double l, double c, double v) {
        if (size == 0 || t > time[size - 1]) {
            append(t, o, h, l, c, v);
            return size - 1;
        }
        int i = indexOf(t);
        if (i < 0) {
            i = -i - 1;
            if (size == time.length) grow();
            shift(i);
            size++;
        }
        set(i, t, o, h, l, c, v);
        return i;
    }

    /**
     * Where {@code time} stands among the bars, as a fractional index: between two bars in proportion to their
     * times (a gap of missing bars is one step, as the chart draws it), before the first and after the last by
     * whole bars of {@code barMillis}. O(log n), allocation-free. The bars must not be empty.
     */
    public double position(long time, long barMillis) {
        int n = size;
        if (time <= time(0)) return (time - time(0)) / (double) barMillis;
        if (time >= time(n - 1)) return n - 1 + (time - time(n - 1)) / (double) barMillis;
        int i = indexOf(time);
        if (i < 0) i = -i - 2; // the bar that opened before it
        return i + (time - time(i)) / (double) Math.max(1, time(i + 1) - time(i));
    }

    /** Index of the bar that opens at {@code t}, or {@code -(insertion point) - 1}. */
    public int indexOf(long t) {
        return Arrays.binarySearch(time, 0, size, t);
    }

    /** Index of the first bar opening at or after {@code t} ({@code size()} if none). */
    public int ceilingIndex(long t) {
        int i = indexOf(t);
        return i >= 0 ? i : -i - 1;
    }

    /** Removes every bar. Keeps the arrays. */
    public void clear() {
        size = 0;
        timesChanged++;
    }

    /**
     * Puts the bars of {@code older} that open before the first bar in front of these (more history,
     * loaded while scrolling back). Indexes of the bars already here grow by the returned count.
     */
    public int prepend(BarStore older) {
        long first = size == 0 ? Long.MAX_VALUE : time[0];
        int k = 0;
        while (k < older.size && older.time[k] < first) k++;
        if (k == 0) return 0;
        int n = size + k, c = Math.max(time.length, n);
        time = join(older.time, k, time, new long[c]);
        open = join(older.open, k, open, new double[c]);
        high = join(older.high, k, high, new double[c]);
        low = join(older.low, k, low, new double[c]);
        close = join(older.close, k, close, new double[c]);
        volume = join(older.volume, k, volume, new double[c]);
        size = n;
        timesChanged++;
        return k;
    }

    private <A> A join(A front, int k, A back, A into) {
        System.arraycopy(front, 0, into, 0, k);
        System.arraycopy(back, 0, into, k, size);
        return into;
    }

    /** Bytes held by the arrays, for the memory benchmark. */
    public long capacityBytes() {
        return (long) time.length * (8 + 5 * 8);
    }

    private void shift(int i) {
        timesChanged++;
        int n = size - i;
        System.arraycopy(time, i, time, i + 1, n);
        System.arraycopy(open, i, open, i + 1, n);
        System.arraycopy(high, i, high, i + 1, n);
        System.arraycopy(low, i, low, i + 1, n);
        System.arraycopy(close, i, close, i + 1, n);
        System.arraycopy(volume, i, volume, i + 1, n);
    }

    private void grow() {
        int c = time.length * 2;
        time = Arrays.copyOf(time, c);
        open = Arrays.copyOf(open, c);
        high = Arrays.copyOf(high, c);
        low = Arrays.copyOf(low, c);
        close = Arrays.copyOf(close, c);
        volume = Arrays.copyOf(volume, c);
    }
}
