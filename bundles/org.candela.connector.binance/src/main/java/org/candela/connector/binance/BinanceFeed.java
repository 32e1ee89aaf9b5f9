package org.candela.connector.binance;

import java.io.IOException;
import java.net.URI;
import java.util.function.BiConsumer;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.Timeframe;
import org.candela.marketdata.support.LiveFeed;
import org.candela.marketdata.support.LiveSocket;

/**
 * One live subscription on a combined stream: {@code <symbol>@kline_<interval>} (the exchange's candle,
 * authoritative for its interval, pushed every 2 s) and {@code <symbol>@trade} (which moves the forming
 * candle in between). Binance sends no kline snapshot: after a reconnect the closed candles missed are
 * fetched from REST. A {@code serverShutdown} notice reconnects at once; Binance's WebSocket pings are
 * answered by the socket.
 *
 * <p>A kline is final only with {@code x=true} or from REST: when the next candle's kline arrives and the
 * previous one never had its final push, or whole intervals were skipped (Binance pushes every 2 s even
 * without trades, so a skip is a loss), those candles are fetched from REST.
 */
final class BinanceFeed extends LiveFeed implements BinanceMessages.Events {

    private final String symbol, interval;
    private final BinanceRest rest;
    private final BinanceMessages messages = new BinanceMessages();
    private long formingOpen = Long.MIN_VALUE;
    private boolean formingFinal;

    BinanceFeed(String symbol, String interval, Timeframe timeframe, LiveListener listener, BinanceRest rest, URI ws,
            long staleMillis, BiConsumer<ConnectionState, String> connectorState) {
        super("binance-" + BinanceSymbols.stream(symbol), ws, staleMillis, timeframe, listener, connectorState);
        this.symbol = symbol;
        this.interval = interval;
        this.rest = rest;
    }

    @Override
    protected void subscribe(LiveSocket s) {
        String stream = BinanceSymbols.stream(symbol);
        s.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + stream + "@kline_" + interval + "\",\"" + stream + "@trade\"],\"id\":1}");
    }

    @Override
    protected void backfill(long fromMillis, BarSink sink) throws IOException {
        if (rest == null) throw new IOException("no REST endpoint (a decoder alone)");
        rest.klines(symbol, interval, fromMillis, Long.MAX_VALUE, BinanceRest.MAX_LIMIT, sink);
    }

    @Override
    public void message(String text) {
        messages.read(text, this);
    }

    @Override
    public void bar(String s, long openMillis, double open, double high, double low, double close, double volume, boolean closed) {
        if (!s.equals(symbol)) return;
        if (formingOpen != Long.MIN_VALUE && openMillis > formingOpen) {
            long from = formingFinal ? timeframe().nextOpen(formingOpen) : formingOpen;
            repair(from, openMillis); // the unfinished candle and any skipped ones, from REST
        }
        if (openMillis >= formingOpen) {
            formingFinal = openMillis == formingOpen && formingFinal || closed;
            formingOpen = openMillis;
        }
        bar(openMillis, open, high, low, close, volume);
    }

    @Override
    public void trade(String s, long id, long timeMillis, double price, double size) {
        if (s.equals(symbol)) trade(id, timeMillis, price, size);
    }

    @Override
    public void shutdown() {
        reconnect("Binance announced a server shutdown");
    }

    @Override
    public void error(int code, String message) {
        fail("Binance refused the subscription: " + message + " (code " + code + ")");
    }

    @Override
    public void close() {
        super.close();
        java.util.logging.Logger.getLogger(BinanceFeed.class.getName()).info("binance " + symbol + ": " + messages.frames()
                + " frames, " + messages.bad() + " malformed, " + messages.ignoredCount() + " of unknown types, " + duplicateTrades()
                + " duplicate trades, " + repairs() + " repairs from REST");
    }

    long badFrames() {
        return messages.bad();
    }
}
