package org.candela.marketdata.support;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;

/**
 * What every exchange's live subscription does the same way, so a connector writes only its protocol:
 * a {@link LiveSocket} that reconnects; after a reconnect, subscribing again ({@link #subscribe}) and the
 * candles that closed meanwhile fetched from REST ({@link #backfill}); candles passed on keyed by their
 * interval start (the host upserts, so an overlapping snapshot replaces instead of appending); trades
 * de-duplicated by id; a refused subscription kept FAILED with the exchange's reason; candles the live link
 * lost (a skipped interval, a candle that never got its final push) fetched from REST ({@link #repair}) on
 * the feed's own repair thread, never invented.
 *
 * <pre>{@code
 * final class MyFeed extends LiveFeed {
 *     protected void subscribe(LiveSocket s) { s.send("{\"op\":\"subscribe\",\"symbol\":\"BTC-USD\"}"); }
 *     protected void backfill(long from, BarSink sink) throws IOException { rest.candles(from, sink); }
 *     public void message(String text) { ... bar(open, o, h, l, c, v); trade(id, time, price, size); ... }
 * }
 * }</pre>
 */
public abstract class LiveFeed implements LiveSocket.Handler, Subscription {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());

    private final String name;
    private final Timeframe timeframe;
    private final LiveListener listener;
    private final LiveSocket socket;
    private final TradeFilter trades = new TradeFilter();
    private final BiConsumer<ConnectionState, String> states;
    private volatile long lastBarOpen = Long.MIN_VALUE, lastCandleOpen = Long.MIN_VALUE;
    private volatile boolean failed;
    private ExecutorService repairs; // made on the first repair, stopped by close
    private long repaired, repairedTo = Long.MIN_VALUE;
    private boolean closed;

    /**
     * @param name           for threads and logs: {@code kraken-btc-usd}
     * @param timeframe      the subscribed candle timeframe
     * @param connectorState also told every state (the connector's own {@code state()})
     */
    protected LiveFeed(String name, URI uri, long staleMillis, Timeframe timeframe, LiveListener listener,
            BiConsumer<ConnectionState, String> connectorState) {
        this.name = name;
        this.timeframe = timeframe;
        this.listener = listener;
        this.states = (s, detail) -> {
            if (failed) return; // a refused subscription stays FAILED
            listener.onState(s, detail);
            connectorState.accept(s, detail);
        };
        this.socket = new LiveSocket(name, uri, this, states, staleMillis);
    }

    /**
     * A feed of candles of fixed length {@code barMillis} (1.0's constructor).
     *
     * @deprecated use the {@link Timeframe} constructor: weeks and months are not a fixed count of millis
     */
    @Deprecated
    protected LiveFeed(String name, URI uri, long staleMillis, long barMillis, LiveListener listener,
            BiConsumer<ConnectionState, String> connectorState) {
        this(name, uri, staleMillis, Timeframe.ofMillis(barMillis), listener, connectorState);
    }

    /** Sends the subscriptions on a (re)connected socket. */
    protected abstract void subscribe(LiveSocket socket);

    /** Delivers the candles from {@code fromMillis} on, from REST, oldest first. */
    protected abstract void backfill(long fromMillis, BarSink sink) throws IOException;

    public final void start() {
        socket.start();
    }

    /**
     * Subscribes at once (some exchanges close a link that has not subscribed within seconds), then, after
     * a reconnect, backfills the candles that closed meanwhile; the forming one comes from the live data.
     */
    @Override
    public final void opened(LiveSocket s) {
        subscribe(s);
        if (s.connects() > 1 && lastBarOpen != Long.MIN_VALUE) {
            long forming = timeframe.openTime(System.currentTimeMillis());
            try {
                backfill(lastBarOpen, (t, o, h, l, c, v) -> {
                    if (t < forming) bar(t, o, h, l, c, v);
                });
            } catch (IOException e) {
                listener.onState(ConnectionState.LIVE, "reconnected; the backfill failed: " + e.getMessage());
            }
        }
    }

    /** The link went quiet: an exchange with an application-level ping sends it here. */
    @Override
    public void silent(LiveSocket s) {
    }

    /** A candle opening at {@code openMillis}; one not on the interval grid is dropped. */
    protected final void bar(long openMillis, double open, double high, double low, double close, double volume) {
        if (!timeframe.isOpenTime(openMillis)) return;
        listener.onBar(openMillis, open, high, low, close, volume);
        if (openMillis > lastBarOpen) lastBarOpen = openMillis;
    }

    /**
     * A candle from the exchange's candle channel ({@code snapshot}: sent on subscribing). A live update that
     * skips whole intervals past the last candle fetches the skipped ones ({@link #repair}): lost frames, or
     * a quiet interval, for which REST has nothing and nothing is made.
     */
    protected final void candle(long openMillis, double open, double high, double low, double close, double volume, boolean snapshot) {
        if (!snapshot && lastCandleOpen != Long.MIN_VALUE && openMillis > timeframe.nextOpen(lastCandleOpen)) {
            repair(timeframe.nextOpen(lastCandleOpen), openMillis);
        }
        if (openMillis > lastCandleOpen) lastCandleOpen = openMillis;
        bar(openMillis, open, high, low, close, volume);
    }

    /**
     * A trade; one whose id was seen already is dropped. The id is also the trade's sequence: among
     * trades of one time the highest id sets the close.
     */
    protected final void trade(long id, long timeMillis, double price, double size) {
        if (trades.accept(id)) traded(timeMillis, id, price, size);
    }

    /** A trade with a string id (Coinbase): its sequence is the id's number when it is one, else 0. */
    protected final void trade(String id, long timeMillis, double price, double size) {
        if (trades.accept(id)) traded(timeMillis, sequence(id), price, size);
    }

    private static long sequence(String id) {
        if (id.isEmpty() || id.length() > 18) return 0;
        long v = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') return 0;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private void traded(long timeMillis, long sequence, double price, double size) {
        listener.onTrade(timeMillis, sequence, price, size);
        long open = timeframe.openTime(timeMillis); // the candle it built: backfill from there
        if (open > lastBarOpen) lastBarOpen = open;
    }

    /** The subscribed timeframe. */
    protected final Timeframe timeframe() {
        return timeframe;
    }

    /**
     * Fetches from REST the candles that open in {@code [fromMillis, toMillis)} and passes them on as
     * authoritative bars: the live link lost them (a skipped interval) or never finalised them (no closing
     * push). Runs on the feed's repair thread, one repair after another; returns at once. A candle REST does
     * not have stays missing: nothing is invented.
     */
    protected final void repair(long fromMillis, long toMillis) {
        ExecutorService e;
        long from;
        synchronized (this) {
            from = Math.max(fromMillis, repairedTo); // two signals of one loss fetch it once
            if (closed || from >= toMillis) return;
            repairedTo = toMillis;
            if (repairs == null) {
                repairs = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "candela-" + name + "-repair");
                    t.setDaemon(true);
                    return t;
                });
            }
            e = repairs;
            repaired++;
        }
        long start = from;
        try {
            e.execute(() -> {
                try {
                    backfill(start, (t, o, h, l, c, v) -> {
                        if (t >= start && t < toMillis) bar(t, o, h, l, c, v);
                    });
                } catch (IOException | RuntimeException x) {
                    LOG.info(name + ": the candles from " + java.time.Instant.ofEpochMilli(start) + " could not be fetched: " + x);
                }
            });
        } catch (RejectedExecutionException closing) {
            // the feed is closing
        }
    }

    /** Repairs asked for so far. */
    public final synchronized long repairs() {
        return repaired;
    }

    protected final void state(ConnectionState s, String detail) {
        states.accept(s, detail);
    }

    /** The exchange refused: FAILED with its reason, and the socket closed (from another thread). Once. */
    protected final synchronized void fail(String reason) {
        if (failed) return;
        states.accept(ConnectionState.FAILED, reason);
        failed = true;
        LOG.info(name + ": " + reason);
        Thread closer = new Thread(socket::close, "candela-" + name + "-close");
        closer.setDaemon(true);
        closer.start();
    }

    /** Reconnects (a shutdown notice, a detected gap). */
    protected final void reconnect(String why) {
        socket.reconnect(why);
    }

    public final long duplicateTrades() {
        return trades.duplicates();
    }

    public final long connects() {
        return socket.connects();
    }

    @Override
    public void close() {
        socket.close();
        ExecutorService e;
        synchronized (this) {
            closed = true;
            e = repairs;
        }
        if (e == null) return;
        e.shutdownNow();
        try {
            e.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
        }
    }
}
