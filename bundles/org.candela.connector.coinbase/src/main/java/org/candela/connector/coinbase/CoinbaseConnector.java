package org.candela.connector.coinbase;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Coinbase Advanced Trade: history from the public REST candles (about 350 a page, newest first), live
 * candles built from {@code market_trades} (and Coinbase's own 5-minute {@code candles} on 5-minute
 * charts), kept alive by {@code heartbeats}. Candela's {@code BTC/USD} is Coinbase's {@code BTC-USD}.
 */
@Component(service = MarketDataConnector.class, configurationPid = "org.candela.connector.coinbase")
@Designate(ocd = CoinbaseConfig.class)
public final class CoinbaseConnector extends ExchangeConnector {

    /** Coinbase's candle granularities by length in minutes. */
    static final Map<Integer, String> GRANULARITIES = Map.of(1, "ONE_MINUTE", 5, "FIVE_MINUTE", 15, "FIFTEEN_MINUTE",
            30, "THIRTY_MINUTE", 60, "ONE_HOUR", 120, "TWO_HOUR", 360, "SIX_HOUR", 1440, "ONE_DAY");

    private volatile List<String> symbols = List.of();
    private CoinbaseRest rest;

    @Activate
    void activate(CoinbaseConfig config, java.util.Map<String, Object> raw) {
        var check = configure("org.candela.connector.coinbase", config.id(), config.name(), config.wsUrl(), config.restUrl(),
                config::staleSeconds, raw);
        rest = new CoinbaseRest(config.restUrl(), new Http("Coinbase", 10_000));
        List<String> names = new ArrayList<>();
        // a .cfg file gives the list as one comma-separated string; ConfigAdmin as an array: take both
        for (String entry : config.products()) {
            for (String p : entry.split(",")) if (!p.isBlank()) names.add(candela(p.trim()));
        }
        symbols = List.copyOf(names);
        configProblems(check.problems());
    }

    @Deactivate
    void deactivate() {
        close();
    }

    /** {@code BTC-USD} for {@code BTC/USD}. */
    static String product(String candela) {
        return candela.replace('/', '-');
    }

    /** {@code BTC/USD} for {@code BTC-USD}. */
    static String candela(String product) {
        return product.replace('-', '/');
    }

    @Override
    public List<String> symbols() {
        return symbols;
    }

    @Override
    public List<Timeframe> timeframes() {
        return Timeframe.STANDARD.stream().filter(t -> granularity(t) != null).toList();
    }

    @Override
    public int loadHistory(HistoryRequest request, BarSink sink) throws IOException {
        requireUsable();
        String g = granularity(request.timeframe());
        if (g == null) throw new IOException("Coinbase has no " + request.timeframe().label() + " candles");
        int rows = Math.min(CoinbaseRest.MAX_ROWS, request.maxBars());
        return rest.candles(product(check(request.symbol())), g, request.endMillis() - rows * request.timeframe().millis(),
                request.endMillis(), sink);
    }

    @Override
    public Subscription subscribe(String symbol, Timeframe timeframe, LiveListener listener) {
        requireUsable();
        String g = granularity(timeframe);
        if (g == null) throw new IllegalArgumentException("Coinbase has no " + timeframe.label() + " candles");
        return start(new CoinbaseFeed(product(check(symbol)), (int) (timeframe.millis() / 60_000), g, listener, rest, ws(), staleMillis(), states()));
    }

    /**
     * The product of a symbol. One not in the configured list is looked up at Coinbase (one small candles
     * request) before it is refused: the list names the products to offer, not all that Coinbase lists.
     */
    private String check(String symbol) {
        String s = symbol.contains("-") ? candela(symbol) : symbol;
        if (symbols.contains(s)) return s;
        String reason;
        try {
            long now = System.currentTimeMillis();
            rest.candles(product(s), "ONE_MINUTE", now - 5 * 60_000L, now, (t, o, h, l, c, v) -> { });
            synchronized (this) {
                List<String> more = new ArrayList<>(symbols);
                more.add(s);
                symbols = List.copyOf(more);
            }
            return s;
        } catch (IOException e) {
            reason = e.getMessage();
        }
        throw new IllegalArgumentException("Coinbase has no product '" + symbol + "' (" + reason + "); it offers " + String.join(", ", symbols));
    }

    static String granularity(Timeframe t) {
        return t.months() == 0 && t.millis() % 60_000 == 0 ? GRANULARITIES.get((int) (t.millis() / 60_000)) : null;
    }
}
