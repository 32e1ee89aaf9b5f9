package org.candela.connector.replay;

import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;

/**
 * Plays an imported CSV: the rows before the split are history, the rest are played live at the replay
 * speed. A bar row becomes its trades (open, the nearer extreme, the other, close) spread over the bar,
 * then the bar itself as the authoritative update; a trade row is sent at its own time, the gaps divided by
 * the speed. When the tape ends the feed says so and stops.
 */
final class CsvFeed implements Subscription, Runnable {

    private final CsvTape tape;
    private final int split;
    private final long rowMillis;
    private final LiveListener listener;
    private final ReplayConnector owner;
    private final Thread thread;
    private volatile boolean closed;

    CsvFeed(String name, CsvTape tape, int split, LiveListener listener, ReplayConnector owner) {
        this.tape = tape;
        this.split = split;
        this.rowMillis = rowMillis(tape);
        this.listener = listener;
        this.owner = owner;
        thread = new Thread(this, "candela-replay-csv-" + name);
        thread.setDaemon(true);
    }

    /** The typical spacing of the rows (bars: their length). */
    static long rowMillis(CsvTape t) {
        long best = Long.MAX_VALUE;
        for (int i = 1; i < Math.min(t.size, 200); i++) if (t.time[i] > t.time[i - 1]) best = Math.min(best, t.time[i] - t.time[i - 1]);
        return best == Long.MAX_VALUE ? 60_000 : best;
    }

    /** History: rows {@code [0, split)} opening before {@code end}, as bars of {@code tf}; the last {@code max}. */
    static int history(CsvTape t, int split, Timeframe tf, long end, int max, BarSink sink) {
        int last = split;
        while (last > 0 && t.time[last - 1] >= end) last--;
        // walk back to find where the newest `max` buckets begin, then deliver oldest first
        int first = last, buckets = 0;
        long bucket = Long.MIN_VALUE;
        while (first > 0) {
            long b = tf.openTime(t.time[first - 1]);
            if (b != bucket) {
                if (buckets == max) break;
                buckets++;
                bucket = b;
            }
            first--;
        }
        int n = 0;
        long open = Long.MIN_VALUE;
        double o = 0, h = 0, l = 0, c = 0, v = 0;
        for (int i = first; i < last; i++) {
            long b = tf.openTime(t.time[i]);
            double ro = t.trades() ? t.v[0][i] : t.v[0][i], rh = t.trades() ? ro : t.v[1][i], rl = t.trades() ? ro : t.v[2][i];
            double rc = t.trades() ? ro : t.v[3][i], rv = t.trades() ? t.v[1][i] : t.v[4][i];
            if (b != open) {
                if (open != Long.MIN_VALUE) {
                    sink.bar(open, o, h, l, c, v);
                    n++;
                }
                open = b;
                o = ro;
                h = rh;
                l = rl;
                v = 0;
            }
            h = Math.max(h, rh);
            l = Math.min(l, rl);
            c = rc;
            v += rv;
        }
        if (open != Long.MIN_VALUE) {
            sink.bar(open, o, h, l, c, v);
            n++;
        }
        return n;
    }

    void start() {
        thread.start();
    }

    boolean alive() {
        return thread.isAlive();
    }

    @Override
    public void run() {
        listener.onState(ConnectionState.LIVE, "playing the CSV at " + owner.speed() + "x");
        try {
            for (int i = split; i < tape.size && !closed; i++) {
                if (tape.trades()) {
                    if (i > split) pause(tape.time[i] - tape.time[i - 1]);
                    listener.onTrade(tape.time[i], tape.v[0][i], tape.v[1][i]);
                } else {
                    playBar(i);
                }
            }
            if (!closed) listener.onState(ConnectionState.CLOSED, "the CSV has been played to its end");
        } catch (InterruptedException e) {
            // closed
        }
        owner.closed(this);
    }

    private void playBar(int i) throws InterruptedException {
        double o = tape.v[0][i], h = tape.v[1][i], l = tape.v[2][i], c = tape.v[3][i], v = tape.v[4][i];
        boolean upFirst = c < o; // a bar that closes down went up first, and the other way round
        double[] path = {o, upFirst ? h : l, upFirst ? l : h, c};
        long t = tape.time[i];
        for (int k = 0; k < 4 && !closed; k++) {
            listener.onTrade(t + k * rowMillis / 4, path[k], v / 4);
            pause(rowMillis / 4);
        }
        listener.onBar(t, o, h, l, c, v); // the file's bar is the truth for its interval
    }

    private void pause(long recordedMillis) throws InterruptedException {
        long millis = (long) Math.min(10_000, Math.max(0, recordedMillis) / owner.speed());
        if (millis > 0) Thread.sleep(millis);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
