package org.candela.chart.live;

import java.util.Arrays;
import org.candela.chart.data.BarStore;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Timeframe;

/**
 * The hand-over point between a connector's threads and the UI thread. Connectors call the
 * {@link LiveListener} methods; events are appended to primitive arrays under a lock, and the first event
 * after a drain asks for one frame. The UI thread calls {@link #drainInto} once per frame and applies every
 * event in order, merging trades into the forming candle (HYBRID: an exchange OHLC update is authoritative
 * for its interval, trades move the candle between updates). The close is the newest trade by (time,
 * sequence): a trade older than the one that set it widens high, low and volume but leaves the close; in a
 * candle that trades alone built, a trade older than its first sets the open.
 *
 * <p>No allocation per event once the arrays have grown to the peak events per frame.
 */
public final class LiveBuffer implements LiveListener {

    private static final byte BAR = 0, TRADE = 1;

    private final Timeframe timeframe;
    private final Runnable frameRequest;
    /** The forming candle's open, and the (time, sequence) of the trade that set its close. */
    private long closeOpen = Long.MIN_VALUE, closeTime = Long.MIN_VALUE, closeSequence = Long.MIN_VALUE;
    /** The (time, sequence) of the forming candle's first trade; MIN_VALUE once an exchange bar set its open. */
    private long openTime = Long.MIN_VALUE, openSequence = Long.MIN_VALUE;
    private Events pending = new Events(), draining = new Events();
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile String stateDetail = "";
    private long rejected, lateTrades;

    /**
     * @param timeframe    the chart's timeframe; trades are bucketed by it
     * @param frameRequest asks the UI for a frame; called from connector threads, must be cheap and safe
     */
    public LiveBuffer(Timeframe timeframe, Runnable frameRequest) {
        this.timeframe = timeframe;
        this.frameRequest = frameRequest;
    }

    /** A buffer for bars of fixed length {@code barMillis}. */
    public LiveBuffer(long barMillis, Runnable frameRequest) {
        this(Timeframe.ofMillis(barMillis), frameRequest);
    }

    /** Times further ahead of this machine's clock than this are refused: a day covers any clock skew. */
    public static final long FUTURE_LIMIT_MILLIS = 86_400_000L;

    private static boolean farFuture(long time) {
        return time > System.currentTimeMillis() + FUTURE_LIMIT_MILLIS;
    }

    @Override
    public void onBar(long openTime, double o, double h, double l, double c, double v) {
        if (!BarStore.isValid(o, h, l, c, v) || farFuture(openTime) || !timeframe.isOpenTime(openTime)) {
            synchronized (this) {
                rejected++;
            }
            return;
        }
        push(BAR, openTime, o, h, l, c, v);
    }

    @Override
    public void onTrade(long time, double price, double size) {
        onTrade(time, 0, price, size);
    }

    @Override
    public void onTrade(long time, long sequence, double price, double size) {
        if (!(price > 0) || !Double.isFinite(price) || !(size >= 0) || !Double.isFinite(size) || farFuture(time)) {
            synchronized (this) {
                rejected++;
            }
            return;
        }
        push(TRADE, time, price, size, Double.longBitsToDouble(sequence), 0, 0);
    }

    @Override
    public void onState(ConnectionState s, String detail) {
        state = s;
        stateDetail = detail == null ? "" : detail;
        frameRequest.run();
    }

    public ConnectionState state() {
        return state;
    }

    public String stateDetail() {
        return stateDetail;
    }

    /** Events refused as malformed (non-finite, high below low, misaligned time, a time far in the future). */
    public synchronized long rejected() {
        return rejected;
    }

    /** Trades older than the forming candle, ignored (the exchange's OHLC update covers them). */
    public synchronized long lateTrades() {
        return lateTrades;
    }

    private void push(byte kind, long t, double a, double b, double c, double d, double e) {
        boolean first;
        synchronized (this) {
            first = pending.count == 0;
            pending.add(kind, t, a, b, c, d, e);
        }
        if (first) frameRequest.run();
    }

    /**
     * Applies every buffered event to {@code store}. UI thread only.
     *
     * @return the lowest bar index changed, or -1 when nothing changed
     */
    public int drainInto(BarStore store) {
        Events ev;
        synchronized (this) {
            ev = pending;
            pending = draining;
            draining = ev;
        }
        int lowest = Integer.MAX_VALUE;
        long late = 0;
        for (int k = 0; k < ev.count; k++) {
            int changed = ev.kind[k] == BAR ? applyBar(store, ev, k) : applyTrade(store, ev.time[k], ev.v[k * 5],
                    ev.v[k * 5 + 1], Double.doubleToRawLongBits(ev.v[k * 5 + 2]));
            if (changed < 0) late++;
            else lowest = Math.min(lowest, changed);
        }
        ev.count = 0;
        if (late > 0) {
            synchronized (this) {
                lateTrades += late;
            }
        }
        return lowest == Integer.MAX_VALUE ? -1 : lowest;
    }

    private int applyBar(BarStore store, Events ev, int k) {
        int o = k * 5;
        // older than the chart's first bar: history comes through prependHistory, never as a live bar that
        // would put a bar at index 0 and restart every indicator from there
        if (!store.isEmpty() && ev.time[k] < store.time(0)) return -1;
        if (ev.time[k] == closeOpen) openTime = Long.MIN_VALUE; // the exchange's open is authoritative
        return store.upsert(ev.time[k], ev.v[o], ev.v[o + 1], ev.v[o + 2], ev.v[o + 3], ev.v[o + 4]);
    }

    /** Folds a trade into the candle of its interval; returns the index changed, or -1 for a late trade. */
    private int applyTrade(BarStore store, long time, double price, double size, long sequence) {
        long open = timeframe.openTime(time);
        int last = store.size() - 1;
        if (last >= 0 && open == store.time(last)) {
            boolean newest = closeOpen != open || time > closeTime || (time == closeTime && sequence >= closeSequence);
            boolean oldest = closeOpen == open && openTime != Long.MIN_VALUE
                    && (time < openTime || (time == openTime && sequence < openSequence));
            if (newest) setClose(open, time, sequence);
            if (oldest) {
                openTime = time;
                openSequence = sequence;
            }
            store.set(last, open, oldest ? price : store.open(last), Math.max(store.high(last), price),
                    Math.min(store.low(last), price), newest ? price : store.close(last), store.volume(last) + size);
            return last;
        }
        if (last < 0 || open > store.time(last)) {
            store.append(open, price, price, price, price, size);
            setClose(open, time, sequence);
            openTime = time;
            openSequence = sequence;
            return store.size() - 1;
        }
        return -1;
    }

    private void setClose(long open, long time, long sequence) {
        if (open != closeOpen) openTime = Long.MIN_VALUE; // a candle an exchange bar opened: its open stands
        closeOpen = open;
        closeTime = time;
        closeSequence = sequence;
    }

    /** Events as parallel primitive arrays. */
    private static final class Events {
        byte[] kind = new byte[256];
        long[] time = new long[256];
        double[] v = new double[256 * 5];
        int count;

        void add(byte k, long t, double a, double b, double c, double d, double e) {
            if (count == kind.length) {
                kind = Arrays.copyOf(kind, count * 2);
                time = Arrays.copyOf(time, count * 2);
                v = Arrays.copyOf(v, count * 10);
            }
            kind[count] = k;
            time[count] = t;
            int o = count * 5;
            v[o] = a;
            v[o + 1] = b;
            v[o + 2] = c;
            v[o + 3] = d;
            v[o + 4] = e;
            count++;
        }
    }
}
