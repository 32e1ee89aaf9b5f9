package org.candela.chart.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.candela.chart.data.BarStore;
import org.candela.chart.live.LiveBuffer;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.model.ChartModel;
import org.candela.drawing.api.DrawingTool;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.PriceFormat;
import org.candela.chart.store.HistoryCache;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.candela.marketdata.api.BarSink;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.HistoryRequest;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Subscription;
import org.candela.marketdata.api.Timeframe;

/**
 * A chart bound to a connector's symbol and timeframe, with its indicators. The same session drives the
 * workstation window and {@code --snapshot}. Everything but {@link #fetchHistory} runs on the UI thread.
 *
 * <pre>{@code
 * BarStore history = ChartSession.fetchHistory(replay, "BTC/USD", Timeframe.M1, 5000, now); // worker thread
 * ChartSession s = new ChartSession(replay, "BTC/USD", Timeframe.M1, Theme.DARK);          // UI thread
 * s.setHistory(history);
 * s.addIndicator(sma, ParameterValues.defaults(sma.descriptor()));
 * s.startLive(this::requestFrame);  // then once per frame: s.drain(); view.build(...)
 * }</pre>
 *
 * <p>Indicators compute on threads of their own ({@link IndicatorBinding}); {@link #drain} takes their
 * values at each frame, and a one-shot command that needs them all waits with {@link #awaitIndicators}.
 */
public final class ChartSession {

    private static final Logger LOG = Logger.getLogger(ChartSession.class.getName());
    private static final int PAGE = 10_000;

    private final MarketDataConnector connector;
    private final String symbol;
    private final Timeframe timeframe;
    private final ChartModel model;
    private final List<IndicatorBinding> indicators = new ArrayList<>();
    private LiveBuffer live;
    private Subscription subscription;
    private HistoryCache cache;
    private HistoryCache.Key cacheKey;
    private volatile Runnable frameRequest = () -> { };
    private final Object indicatorSignal = new Object();
    private final Runnable indicatorResult = this::indicatorResult;

    public ChartSession(MarketDataConnector connector, String symbol, Timeframe timeframe, Theme theme) {
        this.connector = connector;
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.model = new ChartModel(symbol + " · " + timeframe.label() + " · " + connector.name(), new BarStore(),
                timeframe.millis(), theme);
        drawings = new ChartDrawings(symbol + " " + timeframe.label(), () -> frameRequest.run());
        model.setDrawings(drawings);
        alerts = new SessionAlerts(model.bars(), timeframe.millis(), model.pricePane(), indicatorResult);
    }

    private final SessionAlerts alerts;

    /** The alerts running on this chart's data, evaluated at each {@link #drain}. */
    public SessionAlerts alerts() {
        return alerts;
    }

    private final ChartDrawings drawings;

    /** The chart's drawings (their tools run on a lane of their own; shapes are taken at {@link #drain}). */
    public ChartDrawings drawings() {
        return drawings;
    }

    /** Adds a drawing of {@code tool} (null when it is not installed: kept, drawn when it comes). */
    public ChartDrawings.Drawing addDrawing(DrawingSpec spec, DrawingTool tool) {
        return drawings.add(spec, tool, model.bars(), model.barMillis());
    }

    /** Changes a drawing (dragged, edited). */
    public void updateDrawing(ChartDrawings.Drawing d, DrawingSpec spec) {
        drawings.update(d, spec, model.bars(), model.barMillis());
    }

    /** Waits until every drawing's shapes are computed (or failed): for one-shot commands, never on the UI thread. */
    public void awaitDrawings() throws InterruptedException {
        drawings.await();
    }

    /**
     * Loads up to {@code maxBars} bars that open before {@code endMillis}, page by page, oldest first.
     * Blocks: call it off the UI thread. Malformed or out-of-order bars are skipped and logged.
     */
    public static BarStore fetchHistory(MarketDataConnector connector, String symbol, Timeframe tf, int maxBars,
            long endMillis) throws IOException {
        return fetchHistory(connector, symbol, tf, maxBars, endMillis, Integer.MAX_VALUE);
    }

    /**
     * As {@link #fetchHistory(MarketDataConnector, String, Timeframe, int, long)}, asking for at most
     * {@code maxPages} pages: the window opens a chart after a few requests to an exchange (Coinbase gives
     * 350 candles a page) and loads more as the user scrolls back.
     */
    public static BarStore fetchHistory(MarketDataConnector connector, String symbol, Timeframe tf, int maxBars,
            long endMillis, int maxPages) throws IOException {
        return fetchHistory(connector, symbol, tf, maxBars, endMillis, maxPages, Long.MIN_VALUE);
    }

    /**
     * As {@link #fetchHistory(MarketDataConnector, String, Timeframe, int, long, int)}, only the bars that open
     * after {@code afterMillis}: paging stops once a page reaches back to it (the history kept on disk
     * already holds what is older).
     */
    public static BarStore fetchHistory(MarketDataConnector connector, String symbol, Timeframe tf, int maxBars,
            long endMillis, int maxPages, long afterMillis) throws IOException {
        return fetchHistory(connector, symbol, tf, maxBars, endMillis, maxPages, afterMillis, (r, e) -> { });
    }

    /** How far a history download has come, as connectors report it ({@link org.candela.marketdata.api.BarSink#progress}). */
    @FunctionalInterface
    public interface Progress {
        /** Only what is quick: no candles built from pages of trades (a window opening a chart). */
        Progress QUICK_ONLY = (r, e) -> { };

        void reached(long reachedMillis, long endMillis);
    }

    /** As above, telling {@code progress} how far a slow source (Kraken's trades) has come. */
    public static BarStore fetchHistory(MarketDataConnector connector, String symbol, Timeframe tf, int maxBars,
            long endMillis, int maxPages, long afterMillis, Progress progress) throws IOException {
        List<BarStore> pages = new ArrayList<>();
        int total = 0;
        long end = endMillis;
        int[] skipped = {0};
        while (total < maxBars && pages.size() < maxPages) {
            BarStore page = new BarStore(Math.min(PAGE, maxBars - total));
            connector.loadHistory(new HistoryRequest(symbol, tf, end, Math.min(PAGE, maxBars - total)), new BarSink() {
                public void bar(long t, double o, double h, double l, double c, double v) {
                    if (!BarStore.isValid(o, h, l, c, v) || t >= endMillis || t <= page.lastTime()) skipped[0]++;
                    else if (t > afterMillis) page.append(t, o, h, l, c, v);
                }

                public void progress(long reachedMillis, long pageEndMillis) {
                    progress.reached(reachedMillis, pageEndMillis);
                }

                public boolean stopped() {
                    return progress == Progress.QUICK_ONLY;
                }
            });
            if (page.isEmpty()) break;
            pages.add(0, page);
            total += page.size();
            end = page.time(0);
            if (afterMillis != Long.MIN_VALUE && end <= tf.nextOpen(afterMillis)) break; // reached what is kept
        }
        if (skipped[0] > 0) LOG.warning(connector.id() + " history: skipped " + skipped[0] + " malformed bars");
        BarStore all = new BarStore(total);
        for (BarStore p : pages) {
            for (int i = 0; i < p.size(); i++) {
                if (p.time(i) > all.lastTime()) all.append(p.time(i), p.open(i), p.high(i), p.low(i), p.close(i), p.volume(i));
            }
        }
        return all;
    }

    public ChartModel model() {
        return model;
    }

    public MarketDataConnector connector() {
        return connector;
    }

    public String symbol() {
        return symbol;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    /** Replaces the bars with {@code history} and recomputes every indicator. */
    public void setHistory(BarStore history) {
        BarStore bars = model.bars();
        bars.clear();
        for (int i = 0; i < history.size(); i++) {
            bars.append(history.time(i), history.open(i), history.high(i), history.low(i), history.close(i),
                    history.volume(i));
        }
        if (!bars.isEmpty()) model.pricePane().setDecimals(PriceFormat.decimalsOf(bars.closeArray(), 0, bars.size()));
        drawings.setPriceDecimals(model.pricePane().decimals());
        model.barsReset();
        for (IndicatorBinding b : indicators) b.sync(bars, -1);
        alerts.sync(-1);
        drawings.barsChanged(bars, model.barMillis());
    }

    /**
     * Merges bars that came after the chart opened (the gap to now, fetched while the kept history was
     * already shown): each replaces the bar of its time or is added in order; indicators are recomputed.
     */
    public void mergeHistory(BarStore newer) {
        if (newer.isEmpty()) return;
        BarStore bars = model.bars();
        for (int i = 0; i < newer.size(); i++) {
            bars.upsert(newer.time(i), newer.open(i), newer.high(i), newer.low(i), newer.close(i), newer.volume(i));
        }
        model.barsReset();
        for (IndicatorBinding b : indicators) b.sync(bars, -1);
        alerts.sync(-1);
        drawings.barsChanged(bars, model.barMillis());
    }

    /**
     * Puts older bars in front (the user scrolled past the first bar): the view stays on the bars it shows,
     * the indicators are recomputed. Returns how many bars were added; 0 means there is no older history.
     */
    public int prependHistory(BarStore older) {
        int added = model.bars().prepend(older);
        if (added == 0) {
            olderHistory = false;
            return 0;
        }
        model.barsReset(); // the right offset stays: every bar keeps its x
        for (IndicatorBinding b : indicators) b.sync(model.bars(), -1);
        alerts.sync(-1);
        drawings.barsChanged(model.bars(), model.barMillis());
        return added;
    }

    /** False once a request for older history brought nothing. */
    public boolean hasOlderHistory() {
        return olderHistory;
    }

    private boolean olderHistory = true;

    /**
     * Subscribes to live data; {@code frameRequest} is called (from connector threads) when data arrives. A
     * connector that throws leaves the session FAILED with the reason ({@link #stateDetail}), never throws.
     */
    public void startLive(Runnable frameRequest) {
        if (subscription != null) throw new IllegalStateException("already live");
        this.frameRequest = frameRequest;
        // through the field: a chart moved to another canvas (a new layout) asks that canvas for its frames
        live = new LiveBuffer(timeframe, () -> this.frameRequest.run());
        try {
            subscription = connector.subscribe(symbol, timeframe, live);
        } catch (RuntimeException | LinkageError e) { // the chart keeps its history and says why it is not live
            LOG.log(java.util.logging.Level.WARNING, connector.id() + " could not subscribe to " + symbol, e);
            live.onState(ConnectionState.FAILED, "could not subscribe: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /**
     * Keeps the live bars in {@code cache} too (when the connector has a source worth keeping): each changed
     * bar is written as it changes, O(1), synced once per closed candle.
     */
    public void keepIn(HistoryCache cache) {
        this.cache = cache;
        this.cacheKey = cache == null ? null : HistoryCache.Key.of(connector, symbol, timeframe);
    }

    /** Who is told (from any thread) that there is something new to draw: live data and indicator values. */
    public void setFrameRequest(Runnable frameRequest) {
        this.frameRequest = frameRequest;
    }

    private void indicatorResult() {
        synchronized (indicatorSignal) {
            indicatorSignal.notifyAll();
        }
        frameRequest.run();
    }

    /**
     * Applies buffered live data and takes the indicators' new values (UI thread, once per frame). Returns
     * true when bars or indicator values changed.
     */
    public boolean drain() {
        boolean changedAny = false;
        if (live != null) {
            notice();
            int before = model.bars().size();
            int changed = live.drainInto(model.bars());
            if (changed >= 0) {
                model.barsChanged(changed);
                if (cacheKey != null) keep(changed);
                for (IndicatorBinding b : indicators) b.sync(model.bars(), changed);
                alerts.sync(changed);
                // a bar closed (or an older one changed): tools that read the bars draw again; the forming bar alone does not
                if (drawings.size() > 0 && (model.bars().size() != before || changed < before - 1)) {
                    drawings.barsChanged(model.bars(), model.barMillis());
                }
                changedAny = true;
            }
        }
        for (int i = 0; i < indicators.size(); i++) changedAny |= indicators.get(i).poll();
        changedAny |= drawings.poll();
        alerts.poll();
        alerts.evaluate(System.currentTimeMillis());
        return changedAny;
    }

    /**
     * Waits until every indicator has computed what it was asked (or failed), taking the values: for
     * one-shot commands, never on the UI thread. Ends: a plugin that never returns fails by the budget.
     */
    public void awaitIndicators() throws InterruptedException {
        while (true) {
            boolean idle = true;
            for (IndicatorBinding b : indicators) {
                b.poll();
                idle &= b.idle();
            }
            alerts.poll();
            idle &= alerts.idle();
            if (idle) {
                for (IndicatorBinding b : indicators) b.poll();
                return;
            }
            synchronized (indicatorSignal) {
                indicatorSignal.wait(20); // woken by a result; the timeout lets the watchdog look at a stuck one
            }
        }
    }

    private void keep(int from) {
        BarStore b = model.bars();
        try {
            if (from < b.size() - 1) {
                BarStore changed = new BarStore(b.size() - from);
                for (int i = from; i < b.size(); i++) changed.append(b.time(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i));
                cache.write(cacheKey, changed);
            } else {
                int i = b.size() - 1;
                cache.put(cacheKey, b.time(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("live bars of " + symbol + " are no longer kept on disk: " + e.getMessage());
            cacheKey = null;
        }
    }

    /** Shows on the chart when the link is not well, and in what way: the status bar is easy to miss. */
    private void notice() {
        ConnectionState s = live.state();
        String detail = live.stateDetail();
        if (s == noticeState && detail.equals(noticeDetail)) return; // built once per change, not per frame
        noticeState = s;
        noticeDetail = detail;
        String text = switch (s) {
            case LIVE, CLOSED -> "";
            case CONNECTING -> "Connecting to " + connector.name() + "…";
            case STALE -> connector.name() + ": no data — " + detail;
            case RECONNECTING -> connector.name() + " is reconnecting — " + detail;
            case FAILED -> connector.name() + " failed — " + detail;
        };
        model.setNotice(text);
    }

    private ConnectionState noticeState;
    private String noticeDetail = "";

    /** Live events folded into their candles because they came faster than frames drained them. */
    public long coalescedLiveEvents() {
        return live == null ? 0 : live.coalesced();
    }

    public ConnectionState state() {
        return live == null ? ConnectionState.CLOSED : live.state();
    }

    public String stateDetail() {
        return live == null ? "" : live.stateDetail();
    }

    /** Adds an indicator fed from prices: overlay on the price pane, or in a new pane of its own. */
    public IndicatorBinding addIndicator(Indicator indicator, ParameterValues parameters) {
        return addIndicator(IndicatorSpec.of(indicator, parameters));
    }

    /**
     * Adds an indicator: overlay on the price pane, or in a pane of its own. One fed from another goes where
     * that one is: into the pane of the indicator it reads when that is on the chart (an EMA of the RSI in
     * the RSI's pane), else into a pane of its own with the input's range and levels.
     */
    public IndicatorBinding addIndicator(IndicatorSpec spec) {
        boolean overlay = spec.home().placement() == Placement.OVERLAY;
        Pane shared = overlay ? model.pricePane() : paneOf(spec.input());
        boolean own = shared == null;
        Pane pane = own ? model.addPane(1) : shared;
        IndicatorBinding b = bind(spec, pane, own, pane.series().size());
        indicators.add(b);
        return b;
    }

    /** The own pane of the indicator {@code input} names, when it is on the chart; else null. */
    private Pane paneOf(IndicatorSpec input) {
        if (input == null) return null;
        for (IndicatorBinding b : indicators) if (b.ownPane() && b.spec().name().equals(input.name())) return b.pane();
        return null;
    }

    /**
     * Replaces an indicator with the same one at other settings (the settings dialog), in the same place:
     * the same pane and the same position among its series. Returns the new binding.
     */
    public IndicatorBinding replaceIndicator(IndicatorBinding old, IndicatorSpec spec) {
        int at = indicators.indexOf(old);
        if (at < 0) throw new IllegalArgumentException(old.spec().name() + " is not on this chart");
        boolean own = old.ownPane();
        boolean samePlace = spec.home().equals(old.spec().home()) && java.util.Objects.equals(name(spec.input()), name(old.spec().input()));
        if (!samePlace) {
            removeBinding(old);
            return addIndicator(spec);
        }
        int position = Math.max(0, old.pane().series().indexOf(old.drawn().get(0)));
        old.pane().series().removeAll(old.drawn());
        old.close();
        IndicatorBinding b = bind(spec, old.pane(), own, position);
        indicators.set(at, b);
        return b;
    }

    private static String name(IndicatorSpec s) {
        return s == null ? null : s.name();
    }

    private IndicatorBinding bind(IndicatorSpec spec, Pane pane, boolean own, int position) {
        var d = spec.home();
        if (own) {
            pane.setYLocked(true);
            if (d.hasFixedRange()) pane.setFixedRange(d.rangeMin(), d.rangeMax());
            pane.setLevels(d.levels().stream().mapToDouble(Double::doubleValue).toArray());
        }
        IndicatorBinding b = new IndicatorBinding(spec, pane, own, indicatorResult);
        pane.series().addAll(Math.min(position, pane.series().size()), b.drawn());
        b.sync(model.bars(), -1);
        return b;
    }

    /** Removes every indicator that uses this service (it was uninstalled); returns how many. */
    public int removeIndicator(Indicator indicator) {
        int removed = 0;
        for (IndicatorBinding b : List.copyOf(indicators)) {
            if (b.spec().uses(indicator) && removeBinding(b)) removed++;
        }
        return removed;
    }

    /** Removes one indicator from the chart; returns whether it was there. */
    public boolean removeBinding(IndicatorBinding b) {
        if (!indicators.remove(b)) return false;
        b.close();
        b.pane().series().removeAll(b.drawn());
        if (b.ownPane()) {
            for (IndicatorBinding other : List.copyOf(indicators)) {
                if (other.pane() == b.pane()) { // those it fed, drawn in its pane, go with it
                    other.close();
                    indicators.remove(other);
                }
            }
            model.removePane(b.pane());
        }
        return true;
    }

    public List<IndicatorBinding> indicators() {
        return List.copyOf(indicators);
    }

    /** Stops live data and the indicators' threads. */
    public void close() {
        drawings.close();
        if (subscription != null) subscription.close();
        subscription = null;
        for (IndicatorBinding b : indicators) b.close();
        alerts.close();
        if (live != null && live.coalesced() + live.dropped() > 0) {
            LOG.info(symbol + ": " + live.coalesced() + " live events folded into their candles in floods, " + live.dropped() + " dropped");
        }
    }
}
