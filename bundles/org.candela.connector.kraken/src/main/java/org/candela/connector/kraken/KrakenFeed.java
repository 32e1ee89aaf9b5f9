package org.candela.connector.kraken;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.support.LiveSocket;
import org.candela.marketdata.support.TradeFilter;

/**
 * One live subscription: a WebSocket v2 link with the {@code ohlc} channel (authoritative candles) and the
 * {@code trade} channel (which moves the forming candle between OHLC pushes) for one pair, merged by the
 * host's live buffer (HYBRID). Trades are de-duplicated by trade id. After a reconnect the candles missed
 * meanwhile are backfilled from REST before subscribing again; the snapshot that follows overlaps them and
 * replaces, never appends, what is already there.
 */
final class KrakenFeed implements LiveSocket.Handler, KrakenMessages.Events, Subscription {

    private static final Logger LOG = Logger.getLogger(KrakenFeed.class.getName());

    private final KrakenSymbols.Pair pair;
    private final int minutes;
    private final LiveListener listener;
    private final KrakenRest rest;
    private final LiveSocket socket;
    private final KrakenMessages messages = new KrakenMessages();
    private final TradeFilter trades = new TradeFilter();
    private final BiConsumer<ConnectionState, String> states;
    private volatile long lastBarOpen = Long.MIN_VALUE;
    private volatile boolean failed;
    private long lastTradeId = Long.MIN_VALUE, tradeGaps;

    KrakenFeed(KrakenSymbols.Pair pair, int minutes, LiveListener listener, KrakenRest rest, URI ws, long staleMillis,
            BiConsumer<ConnectionState, String> connectorState) {
        this.pair = pair;
        this.minutes = minutes;
        this.listener = listener;
        this.rest = rest;
        this.states = (s, detail) -> {
            if (failed) return; // a refused subscription stays FAILED
            listener.onState(s, detail);
            connectorState.accept(s, detail);
        };
        this.socket = new LiveSocket("kraken-" + pair.candela().replace('/', '-').toLowerCase(Locale.ROOT), ws, this,
                states, staleMillis);
    }

    void start() {
        socket.start();
    }

    @Override
    public void opened(LiveSocket s) {
        if (s.connects() > 1 && lastBarOpen != Long.MIN_VALUE) backfill();
        String symbol = "[\"" + pair.candela() + "\"]";
        s.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"ohlc\",\"symbol\":" + symbol + ",\"interval\":" + minutes
                + ",\"snapshot\":true},\"req_id\":1}");
        s.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"trade\",\"symbol\":" + symbol + ",\"snapshot\":false},\"req_id\":2}");
    }

    /** The candles since the last one seen, from REST: what the link missed while it was down. */
    private void backfill() {
        try {
            int n = rest.ohlc(pair.altname(), minutes, lastBarOpen, Long.MAX_VALUE, this::restBar);
            LOG.info("kraken " + pair.candela() + ": backfilled " + n + " candles after a reconnect");
        } catch (IOException e) {
            listener.onState(ConnectionState.LIVE, "reconnected; the backfill failed: " + e.getMessage());
        }
    }

    private void restBar(long open, double o, double h, double l, double c, double v) {
        bar(pair.candela(), open, o, h, l, c, v);
    }

    @Override
    public void message(String text) {
        messages.read(text, this);
    }

    @Override
    public void bar(String symbol, long openMillis, double open, double high, double low, double close, double volume) {
        if (!symbol.equals(pair.candela()) || openMillis % (minutes * 60_000L) != 0) return;
        listener.onBar(openMillis, open, high, low, close, volume);
        if (openMillis > lastBarOpen) lastBarOpen = openMillis;
    }

    @Override
    public void trade(String symbol, long id, long timeMillis, double price, double size) {
        if (!symbol.equals(pair.candela()) || !trades.accept(id)) return;
        if (lastTradeId != Long.MIN_VALUE && id > lastTradeId + 1) tradeGaps++; // the next OHLC push covers them
        if (id > lastTradeId) lastTradeId = id;
        listener.onTrade(timeMillis, price, size);
    }

    @Override
    public void status(String system) {
        if (system.equals("online")) states.accept(ConnectionState.LIVE, "Kraken is online");
        else states.accept(ConnectionState.STALE, "Kraken reports " + system.replace('_', ' '));
    }

    @Override
    public void rejected(String symbol, String error) {
        states.accept(ConnectionState.FAILED, "Kraken refused " + symbol + ": " + error);
        failed = true;
        Thread closer = new Thread(socket::close, "candela-kraken-close"); // not on the socket's own thread
        closer.setDaemon(true);
        closer.start();
    }

    /** Frames read, malformed ones, duplicate trades dropped, trade-id gaps seen. */
    long frames() {
        return messages.frames();
    }

    long badFrames() {
        return messages.bad();
    }

    long duplicateTrades() {
        return trades.duplicates();
    }

    long tradeGaps() {
        return tradeGaps;
    }

    long connects() {
        return socket.connects();
    }

    @Override
    public void close() {
        socket.close();
    }
}
