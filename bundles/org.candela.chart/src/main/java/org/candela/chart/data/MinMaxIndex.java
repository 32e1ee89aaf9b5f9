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
        int level = 0;
        while (a <= b) {
            if (level == sizes.length || b - a < 2 * FAN) {
                for (int i = a; i <= b; i++) take(level, i, out);
                return;
            }
            while ((a & (FAN - 1)) != 0 && a <= b) take(level, a++, out);
            while (((b + 1) & (FAN - 1)) != 0 && b >= a) take(level, b--, out);
            if (a > b) return;
            a >>= SHIFT;
            b = ((b + 1) >> SHIFT) - 1;
            level++;
        }
    }

    private void take(int level, int i, double[] out) {
        double lo, hi;
        if (level == 0) {
            lo = source.low(i);
            hi = source.high(i);
        } else {
            lo = lows[level - 1][i];
            hi = highs[level - 1][i];
        }
        if (lo < out[0]) out[0] = lo;
        if (hi > out[1]) out[1] = hi;
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
                int cap = Math.max(count, lows[level] == null ? 0 : lows[level].length * 2);
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
