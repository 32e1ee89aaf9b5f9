package org.candela.marketdata.support;

import java.io.IOException;
import java.net.URI;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Subscription;

/**
 * What every exchange's live subscription does the same way, so a connector writes only its protocol:
 * a {@link LiveSocket} that reconnects; after a reconnect, subscribing again ({@link #subscribe}) and the
 * candles that closed meanwhile fetched from REST ({@link #backfill}); candles passed on keyed by their
 * interval start (the host upserts, so an overlapping snapshot replaces instead of appending); trades
 * de-duplicated by id; a refused subscription kept FAILED with the exchange's reason.
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
    private final long barMillis;
    private final LiveListener listener;
    private final LiveSocket socket;
    private final TradeFilter trades = new TradeFilter();
    private final BiConsumer<ConnectionState, String> states;
    private volatile long lastBarOpen = Long.MIN_VALUE;
    private volatile boolean failed;

    /**
     * @param name           for threads and logs: {@code kraken-btc-usd}
     * @param barMillis      the subscribed candle length
     * @param connectorState also told every state (the connector's own {@code state()})
     */
    protected LiveFeed(String name, URI uri, long staleMillis, long barMillis, LiveListener listener,
            BiConsumer<ConnectionState, String> connectorState) {
        this.name = name;
        this.barMillis = barMillis;
        this.listener = listener;
        this.states = (s, detail) -> {
            if (failed) return; // a refused subscription stays FAILED
            listener.onState(s, detail);
            connectorState.accept(s, detail);
        };
        this.socket = new LiveSocket(name, uri, this, states, staleMillis);
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
            long forming = Math.floorDiv(System.currentTimeMillis(), barMillis) * barMillis;
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
        if (Math.floorMod(openMillis, barMillis) != 0) return;
        listener.onBar(openMillis, open, high, low, close, volume);
        if (openMillis > lastBarOpen) lastBarOpen = openMillis;
    }

    /** A trade; one whose id was seen already is dropped. */
    protected final void trade(long id, long timeMillis, double price, double size) {
        if (trades.accept(id)) traded(timeMillis, price, size);
    }

    /** A trade with a string id (Coinbase). */
    protected final void trade(String id, long timeMillis, double price, double size) {
        if (trades.accept(id)) traded(timeMillis, price, size);
    }

    private void traded(long timeMillis, double price, double size) {
        listener.onTrade(timeMillis, price, size);
        long open = Math.floorDiv(timeMillis, barMillis) * barMillis; // the candle it built: backfill from there
        if (open > lastBarOpen) lastBarOpen = open;
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
    }
}
