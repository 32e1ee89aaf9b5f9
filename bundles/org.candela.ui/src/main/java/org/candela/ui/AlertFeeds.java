package org.candela.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.candela.chart.alert.Alert;
import org.candela.chart.data.BarStore;
import org.candela.chart.session.ChartSession;
import org.candela.chart.store.CachedHistory;
import org.candela.chart.store.HistoryCache;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;

/**
 * The feeds alerts run on when no open chart shows their symbol and timeframe: a chart's session without a
 * view — history loaded off the UI thread, live data, the alerts' indicators — drained on the UI thread as a
 * hidden tab is. One per {@code connector:symbol@timeframe}; closed when no alert needs it (a chart of it opened,
 * or its alerts were deleted or stopped).
 */
final class AlertFeeds {

    private static final Logger LOG = Logger.getLogger(AlertFeeds.class.getName());
    /** Enough bars for the indicators' warm-up (a 200-bar average, a MACD) and a cross. */
    static final int HISTORY_BARS = 5_000;
    private static final int PAGES = 5;

    private final WorkbenchWindow window;
    private final HistoryCache cache;
    private final Map<String, Feed> feeds = new HashMap<>();

    private static final class Feed {
        MarketDataConnector connector;
        ChartSession session; // null while its history loads
        String problem = "";
        final java.util.concurrent.atomic.AtomicBoolean drainAsked = new java.util.concurrent.atomic.AtomicBoolean();
    }

    AlertFeeds(WorkbenchWindow window, HistoryCache cache) {
        this.window = window;
        this.cache = cache;
    }

    static String key(Alert a) {
        return a.symbolKey() + "@" + a.timeframe();
    }

    /** The feed's session for {@code a}'s symbol and timeframe, or null while it loads (it starts loading now). */
    ChartSession session(Alert a, MarketDataConnector connector, Timeframe tf) {
        Feed f = feeds.get(key(a));
        if (f != null) return f.session;
        Feed feed = new Feed();
        feed.connector = connector;
        feeds.put(key(a), feed);
        Thread loader = new Thread(() -> {
            try {
                BarStore history = CachedHistory.load(cache, connector, a.symbol(), tf, HISTORY_BARS, System.currentTimeMillis(), PAGES).bars();
                window.onUi(() -> start(feed, connector, a.symbol(), tf, history));
            } catch (Exception e) {
                window.onUi(() -> feed.problem = "could not load " + a.symbol() + " from " + connector.name() + ": " + e.getMessage());
            }
        }, "candela-alert-feed");
        loader.setDaemon(true);
        loader.start();
        return null;
    }

    private void start(Feed feed, MarketDataConnector connector, String symbol, Timeframe tf, BarStore history) {
        if (!feeds.containsValue(feed)) return; // no longer needed
        ChartSession s = new ChartSession(connector, symbol, tf, window.theme());
        s.setHistory(history);
        feed.session = s;
        s.startLive(() -> { // no frames: a burst of data is drained once, however many events it had
            if (!feed.drainAsked.getAndSet(true)) window.onUi(() -> drain(feed));
        });
        LOG.info("alerts watch " + symbol + " " + tf.label() + " on " + connector.name() + " without a chart");
        window.alerts().reconcile();
    }

    /** Live data came: applied once, however many events came before the UI thread got to it. */
    private void drain(Feed feed) {
        feed.drainAsked.set(false);
        if (feed.session != null && feeds.containsValue(feed)) feed.session.drain();
    }

    /** What stopped the feed of {@code a} from loading, or empty. */
    String problem(Alert a) {
        Feed f = feeds.get(key(a));
        return f == null ? "" : f.problem;
    }

    /** Whether {@code s} is one of these feeds (not a chart). */
    boolean owns(ChartSession s) {
        for (Feed f : feeds.values()) if (f.session == s) return true;
        return false;
    }

    /** Closes every feed not in {@code needed}. */
    void retain(Set<String> needed) {
        feeds.entrySet().removeIf(e -> {
            if (needed.contains(e.getKey())) return false;
            if (e.getValue().session != null) e.getValue().session.close();
            return true;
        });
    }

    /** Closes the feeds on {@code c} (it was uninstalled). */
    void closeOn(MarketDataConnector c) {
        feeds.values().removeIf(f -> { // a feed still loading is dropped too: what it brings is not shown
            if (f.connector != c) return false;
            if (f.session != null) f.session.close();
            return true;
        });
    }

    void close() {
        retain(Set.of());
    }
}
