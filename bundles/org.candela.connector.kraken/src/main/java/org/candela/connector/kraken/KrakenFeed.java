package org.candela.connector.kraken;

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
 * One live subscription: a WebSocket v2 link with the {@code ohlc} channel (authoritative candles) and the
 * {@code trade} channel (which moves the forming candle between OHLC pushes) for one pair, merged by the
 * host's live buffer (HYBRID). Reconnects, backfill and de-duplication come from {@link LiveFeed}.
 *
 * <p>Kraken sends an {@code ohlc} update only when a pair trades, so a skipped interval alone may be a quiet
 * minute. A lost one shows as a jump in the trade ids that crosses a candle boundary, or an update whose
 * {@code interval_begin} skips past the last candle: the candles in between are fetched from REST (OHLC, or
 * Trades where OHLC no longer reaches), and a quiet minute simply comes back empty.
 */
final class KrakenFeed extends LiveFeed implements KrakenMessages.Events {

    private final KrakenSymbols.Pair pair;
    private final int minutes;
    private final KrakenRest rest;
    private final KrakenMessages messages = new KrakenMessages();
    private long lastTradeId = Long.MIN_VALUE, lastTradeTime, tradeGaps;

    KrakenFeed(KrakenSymbols.Pair pair, int minutes, LiveListener listener, KrakenRest rest, URI ws, long staleMillis,
            BiConsumer<ConnectionState, String> connectorState) {
        super("kraken-" + pair.candela().replace('/', '-').toLowerCase(Locale.ROOT), ws, staleMillis,
                Timeframe.ofMillis(minutes * 60_000L), listener, connectorState);
        this.pair = pair;
        this.minutes = minutes;
        this.rest = rest;
    }

    @Override
    protected void subscribe(LiveSocket s) {
        String symbol = "[\"" + pair.candela() + "\"]";
        s.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"ohlc\",\"symbol\":" + symbol + ",\"interval\":" + minutes
                + ",\"snapshot\":true},\"req_id\":1}");
        s.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"trade\",\"symbol\":" + symbol + ",\"snapshot\":false},\"req_id\":2}");
    }

    @Override
    protected void backfill(long fromMillis, BarSink sink) throws IOException {
        if (rest == null) throw new IOException("no REST endpoint (a decoder alone)");
        rest.history(pair.altname(), timeframe(), fromMillis, Long.MAX_VALUE, sink);
    }

    /** Kraken's application-level ping: a live server answers {@code pong}, which counts as data. */
    @Override
    public void silent(LiveSocket s) {
        s.send("{\"method\":\"ping\",\"req_id\":" + (++pings + 100) + "}");
    }

    private int pings;

    @Override
    public void message(String text) {
        messages.read(text, this);
    }

    @Override
    public void bar(String symbol, long openMillis, double open, double high, double low, double close, double volume, boolean snapshot) {
        if (symbol.equals(pair.candela())) candle(openMillis, open, high, low, close, volume, snapshot);
    }

    @Override
    public void trade(String symbol, long id, long timeMillis, double price, double size) {
        if (!symbol.equals(pair.candela())) return;
        if (lastTradeId != Long.MIN_VALUE && id > lastTradeId + 1) {
            tradeGaps++;
            long from = timeframe().openTime(lastTradeTime), to = timeframe().openTime(timeMillis);
            // within one candle the next OHLC push covers the lost trades; across candles, REST does
            if (to > from) repair(from, to);
        }
        if (id > lastTradeId) {
            lastTradeId = id;
            lastTradeTime = timeMillis;
        }
        trade(id, timeMillis, price, size);
    }

    @Override
    public void status(String system) {
        if (system.equals("online")) state(ConnectionState.LIVE, "Kraken is online");
        else state(ConnectionState.STALE, "Kraken reports " + system.replace('_', ' '));
    }

    @Override
    public void rejected(String symbol, String error) {
        fail("Kraken refused " + symbol + ": " + error);
    }

    long badFrames() {
        return messages.bad();
    }

    @Override
    public void close() {
        super.close();
        java.util.logging.Logger.getLogger(KrakenFeed.class.getName()).info("kraken " + pair.candela() + ": " + messages.frames()
                + " frames, " + messages.bad() + " malformed, " + messages.ignoredCount() + " of unknown types, " + duplicateTrades() + " duplicate trades, " + tradeGaps
                + " trade-id gaps, " + repairs() + " repairs from REST");
    }
}
