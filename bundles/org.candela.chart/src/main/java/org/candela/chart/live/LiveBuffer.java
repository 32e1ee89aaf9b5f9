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
 * <p>No allocation per event once the arrays have grown to the peak events per frame. Bounded: past
 * {@link #CAPACITY} events in one frame, each new event is folded into the one before it when both are of
 * the same candle (trades into their oldest, newest, high, low and volume; a bar replaces the bar before
 * it), which leaves the candle exactly as applying them one by one would; they are counted
 * ({@link #coalesced}). Past {@link #HARD_CAPACITY}, what cannot be folded is dropped and counted.
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
            if (kind == BAR) pending.bar(t, a, b, c, d, e);
            else pending.trade(timeframe.openTime(t), t, Double.doubleToRawLongBits(c), a, b);
        }
        if (first) frameRequest.run();
    }

    /**
     * Events past {@link #CAPACITY} waiting for one frame were folded into the event before them (a flood,
     * or a UI thread that could not drain): the candle is the same, the queue does not grow.
     */
    public synchronized long coalesced() {
        return pending.coalesced + draining.coalesced;
    }

    /** Events dropped because even folding could not keep the queue under {@link #HARD_CAPACITY}. */
    public synchronized long dropped() {
        return pending.dropped + draining.dropped;
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
            int changed = apply(store, ev, k);
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

    /** Applies one event: an exchange bar, then the close it was given, then trades (one, or a fold of many). */
    private int apply(BarStore store, Events ev, int k) {
        int l = k * Events.LONGS, d = k * Events.DOUBLES;
        long[] L = ev.longs;
        double[] D = ev.doubles;
        int changed = -1;
        if ((ev.kind[k] & Events.HAS_BAR) != 0) {
            // older than the chart's first bar: history comes through prependHistory, never as a live bar that
            // would put a bar at index 0 and restart every indicator from there
            if (!store.isEmpty() && L[l] < store.time(0)) return -1;
            if (L[l] == closeOpen) openTime = Long.MIN_VALUE; // the exchange's open is authoritative
            changed = store.upsert(L[l], D[d], D[d + 1], D[d + 2], D[d + 3], D[d + 4]);
        }
        if ((ev.kind[k] & Events.HAS_ADVANCE) != 0) { // trades folded away by a newer bar still moved the close
            long t = L[l + 5], seq = L[l + 6];
            if (closeOpen != L[l] || t > closeTime || (t == closeTime && seq >= closeSequence)) setClose(L[l], t, seq);
        }
        if ((ev.kind[k] & Events.HAS_TRADES) == 0) return changed;
        boolean one = L[l + 1] == L[l + 3] && L[l + 2] == L[l + 4] && D[d + 5] == D[d + 6];
        if (!one) applyTrade(store, L[l + 3], D[d + 6], 0, L[l + 4]); // the oldest sets the open if it is older
        int t = applyTrade(store, L[l + 1], D[d + 5], D[d + 9], L[l + 2]);
        if (t >= 0 && !one) {
            store.set(t, store.time(t), store.open(t), Math.max(store.high(t), D[d + 7]), Math.min(store.low(t), D[d + 8]),
                    store.close(t), store.volume(t));
        }
        return changed < 0 ? t : (t < 0 ? changed : Math.min(changed, t));
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

    /** Events held for one frame at most before folding starts. */
    public static final int CAPACITY = 8_192;
    /** Events held at most: past it, an event that cannot be folded is dropped (and counted). */
    public static final int HARD_CAPACITY = 4 * CAPACITY;

    /**
     * Events as parallel primitive arrays. An event is an exchange bar, trades, or both (a bar, then trades
     * folded after it). Trades fold into (oldest, newest, high, low, volume): everything a candle keeps of them.
     */
    private static final class Events {
        static final byte HAS_BAR = 1, HAS_TRADES = 2, HAS_ADVANCE = 4;
        /** interval open, newest trade (time, seq), oldest trade (time, seq), close advance (time, seq). */
        static final int LONGS = 7;
        /** bar o h l c v, newest price, oldest price, high, low, volume of trades. */
        static final int DOUBLES = 10;
        byte[] kind = new byte[256];
        long[] longs = new long[256 * LONGS];
        double[] doubles = new double[256 * DOUBLES];
        int count;
        long coalesced, dropped;

        void bar(long open, double o, double h, double l, double c, double v) {
            int k = count - 1;
            if (count >= CAPACITY && longs[k * LONGS] == open) { // the newer bar of the same interval replaces it
                int at = k * LONGS;
                boolean newer = (kind[k] & HAS_ADVANCE) == 0 || longs[at + 1] > longs[at + 5]
                        || (longs[at + 1] == longs[at + 5] && longs[at + 2] >= longs[at + 6]);
                if ((kind[k] & HAS_TRADES) != 0 && newer) { // the close those trades moved stays moved
                    longs[at + 5] = longs[at + 1];
                    longs[at + 6] = longs[at + 2];
                    kind[k] |= HAS_ADVANCE;
                }
                kind[k] = (byte) ((kind[k] | HAS_BAR) & ~HAS_TRADES);
                setBar(k, o, h, l, c, v);
                coalesced++;
                return;
            }
            if ((k = next(open)) < 0) return;
            kind[k] = HAS_BAR;
            setBar(k, o, h, l, c, v);
        }

        void trade(long open, long time, long seq, double price, double size) {
            int k = count - 1;
            if (count >= CAPACITY && longs[k * LONGS] == open) { // folded into the event of its interval before it
                fold(k, time, seq, price, size);
                coalesced++;
                return;
            }
            if ((k = next(open)) < 0) return;
            kind[k] = 0;
            fold(k, time, seq, price, size);
        }

        private void fold(int k, long time, long seq, double price, double size) {
            int l = k * LONGS, d = k * DOUBLES;
            if ((kind[k] & HAS_TRADES) == 0) {
                kind[k] |= HAS_TRADES;
                longs[l + 1] = longs[l + 3] = time;
                longs[l + 2] = longs[l + 4] = seq;
                doubles[d + 5] = doubles[d + 6] = doubles[d + 7] = doubles[d + 8] = price;
                doubles[d + 9] = size;
                return;
            }
            if (time > longs[l + 1] || (time == longs[l + 1] && seq >= longs[l + 2])) {
                longs[l + 1] = time;
                longs[l + 2] = seq;
                doubles[d + 5] = price;
            }
            if (time < longs[l + 3] || (time == longs[l + 3] && seq < longs[l + 4])) {
                longs[l + 3] = time;
                longs[l + 4] = seq;
                doubles[d + 6] = price;
            }
            doubles[d + 7] = Math.max(doubles[d + 7], price);
            doubles[d + 8] = Math.min(doubles[d + 8], price);
            doubles[d + 9] += size;
        }

        private void setBar(int k, double o, double h, double l, double c, double v) {
            int d = k * DOUBLES;
            doubles[d] = o;
            doubles[d + 1] = h;
            doubles[d + 2] = l;
            doubles[d + 3] = c;
            doubles[d + 4] = v;
        }

        /** A new event slot for interval {@code open}, or -1 when the queue is at its hard capacity. */
        private int next(long open) {
            if (count >= HARD_CAPACITY) {
                dropped++;
                return -1;
            }
            if (count == kind.length) {
                kind = Arrays.copyOf(kind, count * 2);
                longs = Arrays.copyOf(longs, count * 2 * LONGS);
                doubles = Arrays.copyOf(doubles, count * 2 * DOUBLES);
            }
            longs[count * LONGS] = open;
            return count++;
        }
    }
}
