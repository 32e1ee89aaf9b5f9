package org.candela.connector.replay;

import java.util.SplittableRandom;

/**
 * A deterministic simulated market, one minute at a time: GARCH(1,1) volatility clustering with rare jumps,
 * a random-walk tick path inside each minute (so OHLC always agree with the trades), and volume that
 * follows the hour of the day (busiest at the US open) and grows with the size of the move.
 *
 * <p>Minute {@code k}'s randomness is seeded by (instrument, k), so the same minute always looks the same
 * and a copy of the model continues exactly as the original would.
 */
final class MarketModel {

    /** Receives the ticks of one minute. */
    interface TickSink {
        void tick(long timeMillis, double price, double size);
    }

    private static final double ALPHA = 0.05, BETA = 0.93;
    /** Volatility may cluster up to 3× its base (9× the variance): calm and busy hours, no runaway. */
    private static final double MAX_VARIANCE_RATIO = 9;

    private final Instrument instrument;
    private final double baseVariance;
    private long minute;
    private double price;
    private double variance;
    private double lastReturn;

    /** Starts at {@code startMinute} (epoch minutes) at the instrument's start price. */
    MarketModel(Instrument instrument, long startMinute) {
        this.instrument = instrument;
        double perMinute = instrument.annualVol() / Math.sqrt(365.0 * 24 * 60);
        baseVariance = perMinute * perMinute;
        variance = baseVariance;
        minute = startMinute;
        price = instrument.startPrice();
    }

    private MarketModel(MarketModel o) {
        instrument = o.instrument;
        baseVariance = o.baseVariance;
        minute = o.minute;
        price = o.price;
        variance = o.variance;
        lastReturn = o.lastReturn;
    }

    MarketModel copy() {
        return new MarketModel(this);
    }

    /** Epoch minute of the next bar. */
    long minute() {
        return minute;
    }

    double price() {
        return price;
    }

    /**
     * Plays the next minute as {@code ticks} trades into {@code sink} (times spread over the minute) and
     * returns its bar as {@code [open, high, low, close, volume]} in {@code bar}.
     */
    void nextMinute(int ticks, TickSink sink, double[] bar) {
        SplittableRandom rnd = new SplittableRandom(instrument.seed() ^ (minute * 0xBF58476D1CE4E5B9L));
        variance = baseVariance * (1 - ALPHA - BETA) + ALPHA * lastReturn * lastReturn + BETA * variance;
        variance = Math.min(variance, baseVariance * MAX_VARIANCE_RATIO);
        double sigma = Math.sqrt(variance);
        double jump = rnd.nextDouble() < 0.002 ? gaussian(rnd) * sigma * 5 : 0;
        double stepSigma = sigma / Math.sqrt(ticks);
        double volume = minuteVolume(rnd, sigma);
        long t0 = minute * 60_000L;
        double start = price, p = price;
        double open = 0, high = Double.NEGATIVE_INFINITY, low = Double.POSITIVE_INFINITY, total = 0;
        for (int k = 0; k < ticks; k++) {
            double r = gaussian(rnd) * stepSigma + (k == ticks / 2 ? jump : 0);
            p *= Math.exp(r);
            double px = instrument.round(p);
            double size = roundSize(volume / ticks * (0.2 + 1.6 * rnd.nextDouble()));
            if (k == 0) open = px;
            high = Math.max(high, px);
            low = Math.min(low, px);
            total += size;
            if (sink != null) sink.tick(t0 + k * 60_000L / ticks, px, size);
        }
        price = p;
        lastReturn = Math.log(p / start);
        minute++;
        bar[0] = open;
        bar[1] = high;
        bar[2] = low;
        bar[3] = instrument.round(p);
        bar[4] = Math.round(total * 1e4) / 1e4; // sizes are whole 1e-4 lots: their decimal sum
    }

    private double minuteVolume(SplittableRandom rnd, double sigma) {
        double hour = ((minute % 1440) + 1440) % 1440 / 60.0;
        double session = 0.6 + 0.5 * Math.exp(-Math.pow((hour - 14.5) / 2.5, 2)) + 0.2 * Math.exp(-Math.pow((hour - 8) / 2, 2));
        double activity = 1 + Math.min(4, 2.5 * Math.abs(lastReturn) / Math.sqrt(baseVariance) / 3);
        double noise = Math.exp(0.45 * gaussian(rnd));
        return instrument.volumePerMinute() * session * activity * noise * Math.sqrt(variance / baseVariance);
    }

    private static double roundSize(double size) {
        return Math.max(1e-4, Math.round(size * 1e4) / 1e4);
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble(), u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
