package org.candela.connector.coinbase;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Timeframe;
import org.candela.marketdata.support.LiveFeed;
import org.candela.marketdata.support.LiveSocket;

/**
 * One live subscription to Coinbase Advanced Trade: {@code heartbeats} (without them Coinbase closes a
 * quiet channel after a minute), {@code market_trades} (which build the forming candle) and, for 5-minute
 * charts, {@code candles} (Coinbase's 5-minute buckets, authoritative for theirs). One channel per message,
 * sent at once: Coinbase drops a link that has not subscribed within 5 s. A jump in {@code sequence_num}
 * means frames were lost: the link is rebuilt and the missed candles backfilled from REST. A candles update
 * that skips past the last candle fetches the skipped ones from REST (a quiet bucket comes back empty).
 */
final class CoinbaseFeed extends LiveFeed implements CoinbaseMessages.Events {

    private final String product, granularity;
    private final int minutes;
    private final CoinbaseRest rest;
    private final CoinbaseMessages messages = new CoinbaseMessages();
    private long gaps;

    CoinbaseFeed(String product, int minutes, String granularity, LiveListener listener, CoinbaseRest rest, URI ws,
            long staleMillis, BiConsumer<ConnectionState, String> connectorState) {
        super("coinbase-" + product.toLowerCase(Locale.ROOT), ws, staleMillis, Timeframe.ofMillis(minutes * 60_000L), listener,
                connectorState);
        this.product = product;
        this.minutes = minutes;
        this.granularity = granularity;
        this.rest = rest;
    }

    @Override
    protected void subscribe(LiveSocket s) {
        messages.reset();
        s.send("{\"type\":\"subscribe\",\"channel\":\"heartbeats\"}");
        s.send("{\"type\":\"subscribe\",\"product_ids\":[\"" + product + "\"],\"channel\":\"market_trades\"}");
        if (minutes == 5) s.send("{\"type\":\"subscribe\",\"product_ids\":[\"" + product + "\"],\"channel\":\"candles\"}");
    }

    @Override
    protected void backfill(long fromMillis, BarSink sink) throws IOException {
        if (rest == null) throw new IOException("no REST endpoint (a decoder alone)");
        long end = System.currentTimeMillis() + minutes * 60_000L;
        long from = Math.max(fromMillis, end - (long) CoinbaseRest.MAX_ROWS * minutes * 60_000L);
        rest.candles(product, granularity, from, end, sink);
    }

    @Override
    public void message(String text) {
        messages.read(text, this);
    }

    @Override
    public void bar(String p, long openMillis, double open, double high, double low, double close, double volume, boolean snapshot) {
        if (p.equals(product)) candle(openMillis, open, high, low, close, volume, snapshot);
    }

    @Override
    public void trade(String p, String id, long timeMillis, double price, double size) {
        if (p.equals(product)) trade(id, timeMillis, price, size);
    }

    @Override
    public void gap(long expected, long got) {
        gaps++;
        reconnect("Coinbase frames were lost (sequence " + expected + " → " + got + ")");
    }

    @Override
    public void error(String message) {
        fail("Coinbase refused the subscription: " + message);
    }

    long badFrames() {
        return messages.bad();
    }

    @Override
    public void close() {
        super.close();
        java.util.logging.Logger.getLogger(CoinbaseFeed.class.getName()).info("coinbase " + product + ": " + messages.frames()
                + " frames, " + messages.bad() + " malformed, " + messages.ignoredCount() + " of unknown types, " + duplicateTrades() + " duplicate trades, " + gaps + " sequence gaps");
    }
}
