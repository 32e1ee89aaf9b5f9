package org.candela.chart.scale;

/**
 * Price ticks for a logarithmic scale: 1, 2 and 5 times powers of ten over wide ranges; over ranges of less
 * than a decade, nice linear steps in price (which a log scale spaces almost evenly). Ticks are written in
 * scale units (log10 of the price).
 */
public final class LogTicks {

    private static final double[] MANTISSAS = {1, 2, 5};

    private LogTicks() {
    }

    /** Writes up to {@code out.length} ticks into {@code out}; returns how many. */
    public static int ticks(PriceScale scale, double maxTicks, double[] out) {
        double lo = Math.min(scale.yToScale(scale.height()), scale.yToScale(0));
        double hi = Math.max(scale.yToScale(scale.height()), scale.yToScale(0));
        int n = 0;
        if (hi - lo < 1) {
            double pLo = Math.pow(10, lo), pHi = Math.pow(10, hi);
            double step = NiceSteps.step(pHi - pLo, maxTicks);
            for (double p = Math.ceil(pLo / step) * step; p <= pHi && n < out.length; p += step) {
                if (p > 0) out[n++] = Math.log10(p);
            }
            return n;
        }
        int stride = (int) Math.max(1, Math.ceil((hi - lo) * MANTISSAS.length / maxTicks / MANTISSAS.length));
        for (int decade = (int) Math.floor(lo); decade <= Math.ceil(hi) && n < out.length; decade += stride) {
            for (double m : MANTISSAS) {
                double v = decade + Math.log10(m);
                if (v >= lo && v <= hi && n < out.length && (stride == 1 || m == 1)) out[n++] = v;
            }
        }
        return n;
    }
}
