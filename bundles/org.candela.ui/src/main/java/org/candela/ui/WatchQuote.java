package org.candela.ui;

import org.candela.chart.data.BarStore;
import org.candela.chart.live.LiveBuffer;
import org.candela.chart.session.ChartSession;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;

/**
 * One watchlist row's live quote: the symbol's daily candles, kept current from the connector's live feed at
 * the daily timeframe, so the last price, the day's open (for change and change %) and the day's volume
 * are the forming daily candle's close, open and volume. The yesterday's candle is loaded first, off the
 * UI thread. UI thread for everything but the load.
 */
final class WatchQuote {

    private final MarketDataConnector connector;
    private final String symbol;
    private final BarStore days = new BarStore(4);
    private final LiveBuffer live;
    private Subscription subscription;
    private volatile boolean closed;
    private String problem = "";

    WatchQuote(MarketDataConnector connector, String symbol, Runnable changed) {
        this.connector = connector;
        this.symbol = symbol;
        this.live = new LiveBuffer(Timeframe.D1, changed);
    }

    MarketDataConnector connector() {
        return connector;
    }

    String symbol() {
        return symbol;
    }

    /** Loads the last two daily candles off the UI thread, then goes live; {@code onUi} runs the rest on the UI thread. */
    void start(java.util.function.Consumer<Runnable> onUi) {
        Thread loader = new Thread(() -> {
            BarStore loaded;
            String failed = "";
            try {
                Timeframe tf = connector.timeframes().contains(Timeframe.D1) ? Timeframe.D1 : Timeframe.H1;
                loaded = ChartSession.fetchHistory(connector, symbol, tf, 2, System.currentTimeMillis(), 1);
            } catch (Exception | LinkageError e) {
                java.util.logging.Logger.getLogger(WatchQuote.class.getName()).log(java.util.logging.Level.WARNING,
                        "watchlist: " + symbol + " on " + connector.id() + " has no daily history", e);
                loaded = new BarStore(4);
                failed = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            BarStore history = loaded;
            String why = failed;
            onUi.accept(() -> {
                if (closed) return;
                for (int i = 0; i < history.size(); i++) {
                    days.append(history.time(i), history.open(i), history.high(i), history.low(i), history.close(i), history.volume(i));
                }
                problem = why;
                try {
                    subscription = connector.subscribe(symbol, Timeframe.D1, live);
                } catch (RuntimeException | LinkageError e) {
                    problem = e.getMessage() == null ? e.toString() : e.getMessage();
                }
            });
        }, "candela-watch-" + symbol);
        loader.setDaemon(true);
        loader.start();
    }

    /** Takes what arrived (UI thread); true when the quote changed. */
    boolean drain() {
        return live.drainInto(days) >= 0;
    }

    /** The last price, or NaN before any. */
    double last() {
        return days.isEmpty() ? Double.NaN : days.close(days.size() - 1);
    }

    /** The change since the day's open. */
    double change() {
        return days.isEmpty() ? Double.NaN : last() - days.open(days.size() - 1);
    }

    /** The change since the day's open, in percent. */
    double changePercent() {
        double open = days.isEmpty() ? Double.NaN : days.open(days.size() - 1);
        return open > 0 ? 100 * change() / open : Double.NaN;
    }

    double volume() {
        return days.isEmpty() ? Double.NaN : days.volume(days.size() - 1);
    }

    /** The link's state, or why there is none. */
    String state() {
        if (!problem.isEmpty()) return "failed: " + problem;
        ConnectionState s = live.state();
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    void close() {
        closed = true;
        if (subscription != null) subscription.close();
        subscription = null;
    }
}
