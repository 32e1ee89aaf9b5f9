package org.candela.connector.binance;

import java.io.IOException;
import java.net.URI;
import java.util.function.BiConsumer;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.support.LiveFeed;
import org.candela.marketdata.support.LiveSocket;

/**
 * One live subscription on a combined stream: {@code <symbol>@kline_<interval>} (the exchange's candle,
 * authoritative for its interval, pushed every 2 s) and {@code <symbol>@trade} (which moves the forming
 * candle in between). Binance sends no kline snapshot: after a reconnect the closed candles missed are
 * fetched from REST. A {@code serverShutdown} notice reconnects at once; Binance's WebSocket pings are
 * answered by the socket.
 */
final class BinanceFeed extends LiveFeed implements BinanceMessages.Events {

    private final String symbol, interval;
    private final BinanceRest rest;
    private final BinanceMessages messages = new BinanceMessages();

    BinanceFeed(String symbol, String interval, long barMillis, LiveListener listener, BinanceRest rest, URI ws,
            long staleMillis, BiConsumer<ConnectionState, String> connectorState) {
        super("binance-" + BinanceSymbols.stream(symbol), ws, staleMillis, barMillis, listener, connectorState);
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
        rest.klines(symbol, interval, fromMillis, Long.MAX_VALUE, BinanceRest.MAX_LIMIT, sink);
    }

    @Override
    public void message(String text) {
        messages.read(text, this);
    }

    @Override
    public void bar(String s, long openMillis, double open, double high, double low, double close, double volume) {
        if (s.equals(symbol)) bar(openMillis, open, high, low, close, volume);
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
                + " frames, " + messages.bad() + " malformed, " + duplicateTrades() + " duplicate trades");
    }

    long badFrames() {
        return messages.bad();
    }
}
