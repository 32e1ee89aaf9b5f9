package org.candela.indicators.builtin;

import java.util.SplittableRandom;

/** Random test bars: a walk near 30,000 with flat stretches and some zero-volume bars, one hour apart. */
final class Bars {

    final long[] time;
    final double[] open, high, low, close, volume;
    final int n;

    Bars(int n, long seed) {
        this.n = n;
        time = new long[n];
        open = new double[n];
        high = new double[n];
        low = new double[n];
        close = new double[n];
        volume = new double[n];
        SplittableRandom r = new SplittableRandom(seed);
        double p = 30_000;
        long t0 = 1_700_000_000_000L - 1_700_000_000_000L % 3_600_000;
        for (int i = 0; i < n; i++) {
            boolean flat = (i / 40) % 7 == 3; // stretches where nothing trades: RSI and stochastic edge cases
            double o = p;
            if (!flat) p = Math.max(1, p + r.nextDouble(-60, 60));
            time[i] = t0 + i * 3_600_000L;
            open[i] = o;
            close[i] = p;
            high[i] = flat ? p : Math.max(o, p) + r.nextDouble(0, 30);
            low[i] = flat ? p : Math.min(o, p) - r.nextDouble(0, 30);
            volume[i] = flat || r.nextInt(25) == 0 ? 0 : r.nextDouble(0.1, 40);
        }
    }
}
