package com.example.sine;

/**
 * The made-up market: a price that follows a sine wave, deterministic for any instant, so history can be
 * paged back forever and live trades always agree with it.
 */
final class SineMarket {

    private final double periodMillis;

    SineMarket(int periodMinutes) {
        this.periodMillis = periodMinutes * 60_000.0;
    }

    /** The price at an instant: 100 ± 10 along the wave, with a little ripple. */
    double price(long timeMillis) {
        double phase = 2 * Math.PI * timeMillis / periodMillis;
        return Math.round((100 + 10 * Math.sin(phase) + 0.3 * Math.sin(phase * 37)) * 100) / 100.0;
    }

    /** The bar of {@code [open, open + millis)} sampled every second: open, high, low, close, volume. */
    double[] bar(long open, long millis) {
        double o = price(open), h = o, l = o, c = o;
        for (long t = open + 1000; t < open + millis; t += 1000) {
            c = price(t);
            h = Math.max(h, c);
            l = Math.min(l, c);
        }
        return new double[] {o, h, l, c, millis / 1000.0};
    }
}
