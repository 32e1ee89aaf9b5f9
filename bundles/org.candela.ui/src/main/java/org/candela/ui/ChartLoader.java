package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.candela.chart.data.BarStore;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.DefaultLayout;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.store.CachedHistory;
import org.candela.chart.store.HistoryCache;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;

/**
 * Puts charts into tiles: history is loaded off the UI thread (what was kept on disk first, then the gap
 * to now), the chart is shown in the tile that asked and goes live; older history is loaded as the view
 * nears a chart's first bar. Each load belongs to its tile: another tile taking the focus meanwhile changes
 * nothing. UI thread, but for the loaders.
 */
final class ChartLoader {

    private static final Logger LOG = Logger.getLogger(ChartLoader.class.getName());
    private static final int HISTORY_BARS = 100_000;
    /** Requests per history load: 100,000 local replay bars, or a few thousand from an exchange, at once. */
    private static final int PAGES = 10;
    private static final int OLDER_PAGE = 20_000;

    private final WorkbenchWindow window;
    private final HistoryCache historyCache;
    private volatile Thread olderLoader;

    ChartLoader(WorkbenchWindow window, HistoryCache historyCache) {
        this.window = window;
        this.historyCache = historyCache;
    }

    /** Forgets the loads running for {@code target}: what they bring is not shown (another workspace opened). */
    void cancel(ChartCanvas target) {
        target.loads++;
        target.loading = false;
    }

    /** Loads history off the UI thread, then shows the chart in {@code target} and starts live data. */
    void open(ChartCanvas target, MarketDataConnector connector, String symbol, Timeframe tf) {
        target.loading = true;
        target.loadingKey = connector.id() + ":" + symbol + "@" + tf.label();
        int load = ++target.loads;
        ChartSession previous = target.session();
        List<IndicatorBinding> keep = previous == null ? List.of() : previous.indicators();
        window.status("Loading " + symbol + " " + tf + " from " + connector.name() + "…");
        Thread loader = new Thread(() -> {
            try {
                long now = System.currentTimeMillis();
                // what was kept on disk opens the chart at once, offline too; then the gap to now is fetched
                BarStore kept = CachedHistory.kept(historyCache, connector, symbol, tf, HISTORY_BARS, now);
                if (!kept.isEmpty()) window.onUi(() -> {
                    if (target.loads == load) show(target, connector, symbol, tf, kept, keep, previous == null);
                });
                // what is quick: the chart opens on Kraken's OHLC window, its older candles come as the user scrolls back
                var loaded = CachedHistory.load(historyCache, connector, symbol, tf, HISTORY_BARS, now, PAGES, kept,
                        ChartSession.Progress.QUICK_ONLY);
                window.onUi(() -> {
                    if (target.control().isDisposed() || target.loads != load) return; // another chart was asked since
                    ChartSession shown = target.session();
                    boolean open = !kept.isEmpty() && shown != null && shown.connector() == connector && shown.symbol().equals(symbol)
                            && shown.timeframe().equals(tf);
                    if (open) {
                        shown.mergeHistory(loaded.bars());
                        target.requestFrame();
                    } else if (kept.isEmpty()) {
                        show(target, connector, symbol, tf, loaded.bars(), keep, previous == null);
                    }
                    if (!loaded.note().isEmpty()) window.status(loaded.note());
                });
            } catch (Exception e) {
                window.onUi(() -> {
                    if (target.loads != load) return;
                    target.loading = false;
                    window.error("Could not load " + symbol + " from " + connector.name(), e);
                });
            }
        }, "candela-history");
        loader.setDaemon(true);
        loader.start();
    }

    private void show(ChartCanvas target, MarketDataConnector connector, String symbol, Timeframe tf, BarStore history,
            List<IndicatorBinding> keep, boolean first) {
        target.loading = false;
        if (target.control().isDisposed()) return;
        ChartSession s = new ChartSession(connector, symbol, tf, window.theme());
        s.setHistory(history);
        List<String> placeholders = new ArrayList<>();
        if (window.workspace().restore(target, s, window.indicators(), placeholders)) {
            placeholders.forEach(window::warn);
        } else if (first) {
            DefaultLayout.apply(s, window.indicators());
            s.model().setChartType(window.launch().chartType());
            s.model().pricePane().scale().setMode(window.launch().priceScale());
        } else {
            for (IndicatorBinding b : keep) {
                if (window.indicators().contains(b.indicator())) s.addIndicator(b.spec());
            }
        }
        target.setSession(s);
        s.keepIn(historyCache);
        s.startLive(target::requestFrame);
        if (s.state() == ConnectionState.FAILED) {
            window.warn(WorkbenchWindow.connectorName(connector) + " could not go live on " + symbol + ": " + s.stateDetail());
        }
        window.chartShown(target);
    }

    /**
     * Infinite history: when the view of {@code c} comes within 200 bars of the first bar, the page before
     * it is loaded off the UI thread and put in front, the view staying where it is.
     */
    void loadOlderWhenNearTheStart(ChartCanvas c) {
        ChartSession s = c.session();
        if (s == null || c.loadingOlder || !s.hasOlderHistory() || s.model().bars().isEmpty()) return;
        if (System.currentTimeMillis() < c.olderRetryAt) return;
        if (s.model().timeScale().visibleFrom() > 200) return;
        c.loadingOlder = true;
        long before = s.model().bars().time(0);
        window.status("Loading older history of " + s.symbol() + "… (Esc cancels)");
        Thread loader = new Thread(() -> {
            BarStore older = null;
            String error = null;
            try {
                older = CachedHistory.older(historyCache, s.connector(), s.symbol(), s.timeframe(), OLDER_PAGE,
                        before, PAGES, (reached, end) -> window.onUi(() -> window.status("Loading older history of " + s.symbol()
                                + ": up to " + java.time.Instant.ofEpochMilli(reached) + " of " + java.time.Instant.ofEpochMilli(end)
                                + "… (Esc cancels)")));
            } catch (Exception e) {
                error = e.getMessage();
            }
            BarStore page = older;
            String failure = error;
            boolean cancelled = Thread.currentThread().isInterrupted();
            window.onUi(() -> {
                c.loadingOlder = false;
                olderLoader = null;
                if (c.control().isDisposed() || c.session() != s) return;
                if (page == null || cancelled) {
                    window.status(cancelled ? "Loading older history cancelled" : "Could not load older history: " + failure);
                    c.olderRetryAt = System.currentTimeMillis() + (cancelled ? 120_000 : 15_000); // not again on every frame
                    return;
                }
                int added = s.prependHistory(page);
                LOG.info("loaded " + added + " older bars of " + s.symbol());
                c.requestFrame();
            });
        }, "candela-history-older");
        loader.setDaemon(true);
        olderLoader = loader;
        loader.start();
    }

    /** Chart ▸ Cancel History Download (Esc): stops a slow older-history download between its requests. */
    void cancelOlder() {
        Thread t = olderLoader;
        if (t != null) t.interrupt();
    }
}
