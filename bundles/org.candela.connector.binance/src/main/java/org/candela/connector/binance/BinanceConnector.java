package org.candela.connector.binance;

import java.io.IOException;
import java.util.Map;
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
 * Binance spot: history from REST klines (1000 a page), live candles from the kline stream with the trade
 * stream merged into the forming candle, the symbol list from exchangeInfo. Endpoints come from
 * {@code etc/org.candela.connector.binance-<name>.cfg}; Binance's are the defaults.
 */
@Component(service = MarketDataConnector.class, configurationPid = "org.candela.connector.binance")
@Designate(ocd = BinanceConfig.class)
public final class BinanceConnector extends ExchangeConnector {

    /** Binance's kline intervals by length in minutes. */
    static final Map<Integer, String> INTERVALS = Map.ofEntries(Map.entry(1, "1m"), Map.entry(3, "3m"), Map.entry(5, "5m"),
            Map.entry(15, "15m"), Map.entry(30, "30m"), Map.entry(60, "1h"), Map.entry(120, "2h"), Map.entry(240, "4h"),
            Map.entry(360, "6h"), Map.entry(480, "8h"), Map.entry(720, "12h"), Map.entry(1440, "1d"), Map.entry(4320, "3d"),
            Map.entry(10080, "1w"));

    private volatile BinanceSymbols symbols = BinanceSymbols.defaults();
    private BinanceRest rest;

    @Activate
    void activate(BinanceConfig config, java.util.Map<String, Object> raw) {
        var check = configure("org.candela.connector.binance", config.id(), config.name(), config.wsUrl(), config.restUrl(),
                config::staleSeconds, raw);
        rest = new BinanceRest(config.restUrl(), new Http("Binance", 10_000));
        if (check.flag("loadSymbols", config::loadSymbols)) {
            loadOnFirstUse("symbol list", () -> {
                BinanceSymbols loaded = rest.exchangeInfo();
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
        return Timeframe.STANDARD.stream().filter(t -> interval(t) != null).toList();
    }

    @Override
    public int loadHistory(HistoryRequest request, BarSink sink) throws IOException {
        requireUsable();
        String interval = interval(request.timeframe());
        if (interval == null) throw new IOException("Binance has no " + request.timeframe().label() + " candles");
        return rest.klines(symbol(request.symbol()), interval, -1, request.endMillis(), request.maxBars(), sink);
    }

    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
        requireUsable();
        String binance = symbol(symbol), interval = interval(timeframe);
        if (interval == null) throw new IllegalArgumentException("Binance has no " + timeframe.label() + " candles");
        return start(new BinanceFeed(binance, interval, timeframe, listener, rest, ws(), staleMillis(), states()));
    }

    private String symbol(String candela) {
        String s = lookUp(candela);
        if (s == null && awaitSymbols(30_000)) s = lookUp(candela); // not refused before Binance was asked
        if (s == null) {
            String why = symbolsProblem().isEmpty() ? "" : " (its " + symbolsProblem() + "; the built-in list is used)";
            throw new IllegalArgumentException("Binance has no symbol '" + candela + "'" + why + "; it offers " + String.join(", ", symbols()));
        }
        return s;
    }

    private String lookUp(String candela) {
        firstUse();
        String s = symbols.binance(candela);
        if (s == null && symbols.candela(candela) != null) s = candela.toUpperCase(java.util.Locale.ROOT); // BTCUSDT given
        return s;
    }

    static String interval(Timeframe t) {
        if (t.months() > 0) return t.months() == 1 ? "1M" : null;
        return t.millis() % 60_000 == 0 ? INTERVALS.get((int) (t.millis() / 60_000)) : null;
    }
}
