package org.candela.chart.data;

import java.util.Arrays;

/**
 * A min/max pyramid over a column of ranges (a bar's low and high, a value and itself): level k holds the
 * envelope of blocks of 16^k entries. The envelope of any index range costs O(16 · log16 n) — a few hundred
 * operations at 10 million bars — so autoscale and per-pixel-column aggregation never scan bars.
 *
 * <p>Changes are recorded with {@link #invalidateFrom(int)} and folded in lazily by the next query: a tick
 * on the last bar recomputes one block per level. About 1 byte per entry of extra memory.
 *
 * <pre>{@code
 * MinMaxIndex index = new MinMaxIndex(MinMaxIndex.lowHigh(bars));
 * double[] env = new double[2];
 * index.envelope(firstVisible, lastVisible, env);   // env[0] = lowest low, env[1] = highest high
 * }</pre>
 */
public final class MinMaxIndex {

    /** The column indexed: entry {@code i} spans {@code [low(i), high(i)]}; NaN entries are skipped. */
    public interface Source {
        int size();

        double low(int i);

        double high(int i);

        /** The lows as an array (entries past {@link #size()} ignored), or null; lets queries scan it directly. */
        default double[] lowArray() {
            return null;
        }

        /** The highs as an array, or null. */
        default double[] highArray() {
            return null;
        }
    }

    private static final int SHIFT = 4, FAN = 1 << SHIFT;

    private final Source source;
    private double[][] lows = new double[0][], highs = new double[0][];
    private int[] sizes = new int[0];
    private int validUpTo;

    public MinMaxIndex(Source source) {
        this.source = source;
    }

    /** Bars' lows and highs. */
    public static Source lowHigh(BarStore bars) {
        return new Source() {
            public int size() {
                return bars.size();
            }

            public double low(int i) {
                return bars.low(i);
            }

            public double high(int i) {
                return bars.high(i);
            }

            public double[] lowArray() {
                return bars.lowArray();
            }

            public double[] highArray() {
                return bars.highArray();
            }
        };
    }

    /** Bars' volumes (as both low and high). */
    public static Source volumes(BarStore bars) {
        return new Source() {
            public int size() {
                return bars.size();
            }

            public double low(int i) {
                return bars.volume(i);
            }

            public double high(int i) {
                return bars.volume(i);
            }

            public double[] lowArray() {
                return bars.volumeArray();
            }

            public double[] highArray() {
                return bars.volumeArray();
            }
        };
    }

    /** A column of values (as both low and high); NaN values are skipped. */
    static Source values(DoubleColumn column) {
        return new Source() {
            public int size() {
                return column.size();
            }

            public double low(int i) {
                return column.get(i);
            }

            public double high(int i) {
                return column.get(i);
            }

            public double[] lowArray() {
                return column.array();
            }

            public double[] highArray() {
                return column.array();
            }
        };
    }

    /** Entries from {@code i} on changed (or were appended); folded in by the next query. */
    public void invalidateFrom(int i) {
        validUpTo = Math.max(0, Math.min(validUpTo, i));
    }

    /**
     * Writes the lowest low and highest high of entries {@code from..to} (inclusive, clamped) into
     * {@code out[0]} and {@code out[1]}, or +∞/−∞ when there are none.
     */
    public void envelope(int from, int to, double[] out) {
        refresh();
        out[0] = Double.POSITIVE_INFINITY;
        out[1] = Double.NEGATIVE_INFINITY;
        int a = Math.max(0, from), b = Math.min(source.size() - 1, to);
        double[] lo0 = source.lowArray(), hi0 = source.highArray();
        int level = 0;
        while (a <= b) {
            if (level == sizes.length || b - a < 2 * FAN) {
                scan(level, a, b, lo0, hi0, out);
                return;
            }
            int edge = Math.min(b, (a | (FAN - 1)));
            if ((a & (FAN - 1)) != 0) {
                scan(level, a, edge, lo0, hi0, out);
                a = edge + 1;
            }
            if (((b + 1) & (FAN - 1)) != 0 && b >= a) {
                int start = Math.max(a, b & ~(FAN - 1));
                scan(level, start, b, lo0, hi0, out);
                b = start - 1;
            }
            if (a > b) return;
            a >>= SHIFT;
            b = ((b + 1) >> SHIFT) - 1;
            level++;
        }
    }

    /** Folds entries {@code a..b} of a level into {@code out}. */
    private void scan(int level, int a, int b, double[] lo0, double[] hi0, double[] out) {
        double lo = out[0], hi = out[1];
        if (level > 0 || lo0 != null) {
            double[] l = level == 0 ? lo0 : lows[level - 1], h = level == 0 ? hi0 : highs[level - 1];
            for (int i = a; i <= b; i++) {
                if (l[i] < lo) lo = l[i];
                if (h[i] > hi) hi = h[i];
            }
        } else {
            for (int i = a; i <= b; i++) {
                double x = source.low(i), y = source.high(i);
                if (x < lo) lo = x;
                if (y > hi) hi = y;
            }
        }
        out[0] = lo;
        out[1] = hi;
    }

    /** Recomputes the blocks that cover invalid entries, level by level. */
    private void refresh() {
        int n = source.size();
        if (validUpTo >= n && levelsFit(n)) return;
        ensureLevels(n);
        int from = validUpTo;
        int childCount = n;
        for (int level = 1; level <= sizes.length; level++) {
            int count = (childCount + FAN - 1) >> SHIFT;
            sizes[level - 1] = count;
            int firstBlock = from >> SHIFT;
            for (int block = firstBlock; block < count; block++) {
                double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                int end = Math.min(childCount, (block + 1) << SHIFT);
                for (int c = block << SHIFT; c < end; c++) {
                    double l, h;
                    if (level == 1) {
                        l = source.low(c);
                        h = source.high(c);
                    } else {
                        l = lows[level - 2][c];
                        h = highs[level - 2][c];
                    }
                    if (l < lo) lo = l;
                    if (h > hi) hi = h;
                }
                lows[level - 1][block] = lo;
                highs[level - 1][block] = hi;
            }
            from = firstBlock;
            childCount = count;
        }
        validUpTo = n;
    }

    private boolean levelsFit(int n) {
        int levels = 0;
        for (long span = FAN; span < n; span <<= SHIFT) levels++;
        return levels == sizes.length;
    }

    private void ensureLevels(int n) {
        int levels = 0;
        for (long span = FAN; span < n; span <<= SHIFT) levels++;
        if (levels != sizes.length) {
            lows = Arrays.copyOf(lows, levels);
            highs = Arrays.copyOf(highs, levels);
            sizes = Arrays.copyOf(sizes, levels);
            validUpTo = 0;
        }
        int count = n;
        for (int level = 0; level < levels; level++) {
            count = (count + FAN - 1) >> SHIFT;
            if (lows[level] == null || lows[level].length < count) {
                // headroom, so appending bars does not copy a level on the tick path
                int cap = Math.max(count + (count >> 3) + 16, lows[level] == null ? 0 : lows[level].length * 2);
                lows[level] = lows[level] == null ? new double[cap] : Arrays.copyOf(lows[level], cap);
                highs[level] = highs[level] == null ? new double[cap] : Arrays.copyOf(highs[level], cap);
            }
        }
    }

    /** Bytes held by the pyramid. */
    public long bytes() {
        long b = 0;
        for (double[] l : lows) b += l == null ? 0 : l.length * 16L;
        return b;
    }
}
