package org.candela.connector.kraken;

import java.io.IOException;
import java.util.List;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;
import org.candela.marketdata.support.ExchangeConnector;
import org.candela.marketdata.support.Http;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Kraken spot, the original library's exchange: history from REST OHLC, live candles from the WebSocket v2
 * {@code ohlc} channel with the {@code trade} channel merged into the forming candle, the pair list from
 * AssetPairs. Endpoints come from {@code etc/org.candela.connector.kraken-<name>.cfg}; the real ones are the
 * defaults. Deactivating closes every socket and thread.
 */
@Component(service = MarketDataConnector.class, configurationPid = "org.candela.connector.kraken")
@Designate(ocd = KrakenConfig.class)
public final class KrakenConnector extends ExchangeConnector {

    /** How long a symbol the built-in list lacks waits for AssetPairs before it is refused. */
    static final long SYMBOLS_WAIT_MILLIS = 30_000;
    static final List<Integer> INTERVALS = List.of(1, 5, 15, 30, 60, 240, 1440, 10080, 21600);

    private volatile KrakenSymbols symbols = KrakenSymbols.defaults();
    private KrakenRest rest;

    @Activate
    void activate(KrakenConfig config, java.util.Map<String, Object> raw) {
        var check = configure("org.candela.connector.kraken", config.id(), config.name(), config.wsUrl(), config.restUrl(),
                config::staleSeconds, raw);
        rest = new KrakenRest(config.restUrl(), new Http("Kraken", 10_000));
        if (check.flag("loadSymbols", config::loadSymbols)) {
            loadOnFirstUse("pair list", () -> {
                KrakenSymbols loaded = rest.assetPairs();
                if (!loaded.isEmpty()) symbols = loaded;
            });
        }
        configProblems(check.problems());
    }

    @Deactivate
    void deactivate() {
        close();
    }

    @Override
    public List<String> symbols() {
        firstUse();
        return symbols.candelaNames();
    }

    @Override
    public List<Timeframe> timeframes() {
        return Timeframe.STANDARD.stream().filter(t -> minutes(t) > 0).toList();
    }

    @Override
    public int loadHistory(HistoryRequest request, BarSink sink) throws IOException {
        requireUsable();
        KrakenSymbols.Pair pair = pair(request.symbol());
        int minutes = minutes(request.timeframe());
        if (minutes <= 0) throw new IOException("Kraken has no " + request.timeframe().label() + " candles");
        long interval = minutes * 60_000L, end = request.endMillis();
        long since = end - (long) request.maxBars() * interval;
        int n = rest.ohlc(pair.altname(), minutes, since, end, sink);
        if (n > 0) return n;
        // before the 720 candles OHLC keeps: build a page of at most 720 candles from Trades (slow: many calls)
        return rest.trades(pair.altname(), request.timeframe(), Math.max(since, end - KrakenRest.OHLC_ROWS * interval), end, sink);
    }

    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
        requireUsable();
        KrakenSymbols.Pair pair = pair(symbol);
        int minutes = minutes(timeframe);
        if (minutes <= 0) throw new IllegalArgumentException("Kraken has no " + timeframe.label() + " candles");
        return start(new KrakenFeed(pair, minutes, listener, rest, ws(), staleMillis(), states()));
    }

    private KrakenSymbols.Pair pair(String symbol) {
        KrakenSymbols.Pair p = lookUp(symbol);
        if (p == null && awaitSymbols(SYMBOLS_WAIT_MILLIS)) p = lookUp(symbol); // not refused before Kraken was asked
        if (p == null) {
            String why = symbolsProblem().isEmpty() ? "" : " (its " + symbolsProblem() + "; the built-in list is used)";
            throw new IllegalArgumentException("Kraken has no pair '" + symbol + "'" + why + "; it offers " + String.join(", ", symbols()));
        }
        return p;
    }

    private KrakenSymbols.Pair lookUp(String symbol) {
        firstUse();
        KrakenSymbols.Pair p = symbols.pair(symbol);
        if (p == null) {
            String mapped = symbols.candelaName(symbol);
            p = mapped == null ? null : symbols.pair(mapped);
        }
        return p;
    }

    /** Kraken's interval in minutes for a timeframe, or 0 when Kraken has none. */
    static int minutes(Timeframe t) {
        long m = t.millis() / 60_000;
        return t.millis() % 60_000 == 0 && INTERVALS.contains((int) m) ? (int) m : 0;
    }
}
