package org.candela.connector.replay;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;

/**
 * One live subscription: a thread that continues the market model from the end of history, plays each
 * minute's trades in real time divided by the speed, and closes each minute with an authoritative OHLC
 * update of the subscribed timeframe's bar (as an exchange's OHLC channel would).
 */
final class ReplayFeed implements Subscription, Runnable {

    private static final Logger LOG = Logger.getLogger(ReplayFeed.class.getName());

    private final MarketModel model;
    private final Timeframe timeframe;
    private final LiveListener listener;
    private final ReplayConnector owner;
    private final Thread thread;
    private volatile boolean closed;
    private long bucketOpen = Long.MIN_VALUE;
    private double bo, bh, bl, bc, bv;

    ReplayFeed(Instrument instrument, History history, Timeframe timeframe, LiveListener listener,
            ReplayConnector owner) {
        this.model = history.end.copy();
        this.timeframe = timeframe;
        this.listener = listener;
        this.owner = owner;
        seedBucket(history);
        thread = new Thread(this, "candela-replay-" + instrument.symbol());
        thread.setDaemon(true);
    }

    /** The bucket of the first live minute may have begun in history: start from those minutes. */
    private void seedBucket(History h) {
        long first = model.minute() * 60_000L;
        long open = timeframe.openTime(first);
        for (int i = h.ceiling(open); i < h.size(); i++) add(h.time[i], h.open[i], h.high[i], h.low[i], h.close[i], h.volume[i]);
    }

    private void add(long minuteTime, double o, double h, double l, double c, double v) {
        long open = timeframe.openTime(minuteTime);
        if (open != bucketOpen) {
            bucketOpen = open;
            bo = o;
            bh = h;
            bl = l;
            bv = 0;
        }
        bh = Math.max(bh, h);
        bl = Math.min(bl, l);
        bc = c;
        bv += v;
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        listener.onState(ConnectionState.LIVE, "replaying simulated trades");
        double[] bar = new double[5];
        try {
            while (!closed) {
                double minuteMillis = 60_000 / owner.speed();
                int ticks = (int) Math.max(4, Math.min(60_000, Math.round(minuteMillis / owner.tickMillis())));
                long start = System.nanoTime();
                long time = model.minute() * 60_000L;
                model.nextMinute(ticks, (t, price, size) -> {
                    long due = start + (long) ((t - time) / 60_000.0 * minuteMillis * 1e6);
                    sleepUntil(due);
                    listener.onTrade(t, price, size);
                }, bar);
                add(time, bar[0], bar[1], bar[2], bar[3], bar[4]);
                listener.onBar(bucketOpen, bo, bh, bl, bc, bv);
                sleepUntil(start + (long) (minuteMillis * 1e6));
            }
        } catch (Closed e) {
            // close() was called
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "replay feed stopped", e);
            listener.onState(ConnectionState.FAILED, e.toString());
            return;
        }
        listener.onState(ConnectionState.CLOSED, "closed");
    }

    private void sleepUntil(long nanoTime) {
        while (true) {
            if (closed) throw new Closed();
            long wait = nanoTime - System.nanoTime();
            if (wait <= 0) return;
            try {
                Thread.sleep(Math.max(1, wait / 1_000_000), 0);
            } catch (InterruptedException e) {
                throw new Closed();
            }
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        owner.closed(this);
    }

    boolean alive() {
        return thread.isAlive();
    }

    /** Unwinds the replay thread when the subscription closes. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }
}
