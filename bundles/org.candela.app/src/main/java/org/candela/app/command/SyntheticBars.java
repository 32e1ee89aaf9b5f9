package org.candela.app.command;

import java.util.SplittableRandom;
import org.candela.chart.data.BarStore;

/**
 * Deterministic synthetic one-minute bars for {@code --bars N} and the benchmark: a random walk from
 * 30,000 with volatility clustering, starting 2017-07-14 00:00 UTC.
 */
final class SyntheticBars {

    static final long START = 1_500_000_000_000L / 60_000 * 60_000;

    private SyntheticBars() {
    }

    static BarStore generate(int n) {
        return generate(n, START);
    }

    /**
     * {@code n} bars from {@code start}: the live benchmark's end a little before now, so that its trades are
     * taken (a trade more than a day ahead of the clock is refused, and 10M minutes from 2017 run to 2036).
     */
    static BarStore generate(int n, long start) {
        BarStore s = new BarStore(n + 1024);
        SplittableRandom r = new SplittableRandom(42);
        double p = 30_000, vol = 8;
        for (int i = 0; i < n; i++) {
            vol = Math.max(2, Math.min(40, vol * (1 + r.nextDouble(-0.05, 0.05))));
            double o = p;
            p = Math.max(100, p + r.nextDouble(-vol, vol));
            double high = Math.max(o, p) + r.nextDouble(0, vol / 2), low = Math.min(o, p) - r.nextDouble(0, vol / 2);
            s.append(start + i * 60_000L, o, high, low, p, r.nextDouble(0.5, 10) * (1 + vol / 10));
        }
        return s;
    }
}
