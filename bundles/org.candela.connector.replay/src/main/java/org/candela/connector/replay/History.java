package org.candela.connector.replay;

import java.util.Arrays;

/**
 * Generated one-minute history of one instrument, kept as primitive arrays, and the model state at its
 * end from which live replay continues.
 */
final class History {

    private static final int TICKS_PER_HISTORY_BAR = 16;

    final long[] time;
    final double[] open, high, low, close, volume;
    final MarketModel end;

    /** {@code bars} minutes ending just before {@code endMinute} (epoch minutes). */
    History(Instrument instrument, int bars, long endMinute) {
        time = new long[bars];
        open = new double[bars];
        high = new double[bars];
        low = new double[bars];
        close = new double[bars];
        volume = new double[bars];
        MarketModel model = new MarketModel(instrument, endMinute - bars);
        double[] bar = new double[5];
        for (int i = 0; i < bars; i++) {
            time[i] = model.minute() * 60_000L;
            model.nextMinute(TICKS_PER_HISTORY_BAR, null, bar);
            open[i] = bar[0];
            high[i] = bar[1];
            low[i] = bar[2];
            close[i] = bar[3];
            volume[i] = bar[4];
        }
        end = model;
    }

    int size() {
        return time.length;
    }

    /** Index of the first minute at or after {@code t}. */
    int ceiling(long t) {
        int i = Arrays.binarySearch(time, t);
        return i >= 0 ? i : -i - 1;
    }
}
