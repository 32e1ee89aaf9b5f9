package org.candela.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.candela.app.KeptHistory;
import org.candela.app.Launch;
import org.candela.chart.data.BarStore;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.DefaultLayout;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.store.CachedHistory;
import org.candela.chart.store.HistoryCache;
import org.candela.chart.view.ChartView;
import org.candela.chart.workspace.ChartState;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.ParameterValues;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;
import org.candela.render.gl.GlyphAtlas;
import org.candela.render.gl.OffscreenCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

/**
 * The main window: menu bar, the chart canvas and a status bar with the connection state. UI thread only.
 */
final class WorkbenchWindow {

    private static final Logger LOG = Logger.getLogger(WorkbenchWindow.class.getName());
    private static final int HISTORY_BARS = 100_000;
    /** Requests per history load: 100,000 local replay bars, or a few thousand from an exchange, at once. */
    private static final int PAGES = 10;

    private final Display display;
    private final Shell shell;
    private final ChartCanvas chart;
    private final Label status;
    private final List<Indicator> indicators;
    private final List<MarketDataConnector> connectors;
    private final Launch launch;
    private final WorkbenchMenus menus;
    private final ChartScript script = new ChartScript(this);
    private final org.osgi.framework.BundleContext ctx;
    private final PluginFolder plugins;
    private final HistoryCache historyCache;
    private String statusText = "";
    private boolean loading;

    WorkbenchWindow(Display display, Launch launch, List<Indicator> indicators, List<MarketDataConnector> connectors,
            org.osgi.framework.BundleContext ctx) {
        this.display = display;
        this.ctx = ctx;
        this.plugins = launch.pluginsDir().isEmpty() ? null : new PluginFolder(ctx, Path.of(launch.pluginsDir()), () -> indicators);
        this.launch = launch;
        this.historyCache = KeptHistory.of(ctx);
        this.workspace = new WorkspaceKeeper(launch.workspace(), Path.of(launch.dataDir(), "workspaces"));
        this.indicators = indicators;
        this.connectors = connectors;
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Candela");
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        shell.setLayout(layout);
        chart = new ChartCanvas(shell, new GlyphAtlas(12));
        chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(shell, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chart.onFrame(() -> {
            updateStatus();
            loadOlderWhenNearTheStart();
        });
        chart.onLegendDoubleClick(series -> {
            IndicatorBinding b = bindingOf(series);
            if (b != null) editIndicator(b);
        });
        chart.control().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) == 0) return;
            if (e.keyCode == 'i' || e.keyCode == 'I') openAddIndicatorDialog(); // Ctrl+K is the Chart menu's
        });
        menus = new WorkbenchMenus(this);
        ChartContextMenu context = new ChartContextMenu(this);
        chart.control().addListener(SWT.MenuDetect, e -> {
            var at = chart.control().toControl(e.x, e.y);
            context.open(at.x, at.y, e.x, e.y);
        });
        shell.setBounds(0, 0, 1280, 800);
    }

    void open() {
        List<String> problems = new ArrayList<>();
        ChartState saved = workspace.load(shell, problems);
        try {
            theme = Theme.named(workspace.theme());
        } catch (IllegalArgumentException e) {
            problems.add("the workspace's theme: " + e.getMessage());
        }
        chart.setBackground(theme.background());
        shell.addListener(SWT.Close, e -> workspace.close(workspace.snapshot(shell, chart.session(), theme.name())));
        shell.open();
        chart.control().setFocus();
        problems.forEach(this::warn);
        if (saved != null) {
            pendingChart = withCommandLine(saved);
            // a plugin connector registers shortly after start; one that never comes leaves the default chart
            display.timerExec(CONNECTOR_WAIT_MS, () -> {
                if (pendingChart != null && chart.session() == null && !loading && !shell.isDisposed()) {
                    warn("the workspace's chart is on '" + pendingChart.connector() + "', which is not installed: "
                            + "opening " + launch.connector() + " instead (the workspace keeps it)");
                    pendingChart = null;
                    connectorsChanged();
                }
            });
        }
        connectorsChanged();
        display.timerExec(WorkspaceKeeper.SAVE_EVERY_MS, autosave);
    }

    WorkspaceKeeper workspace() {
        return workspace;
    }

    /** File ▸ Open Workspace… (or a recent one): the current one is saved, the chosen one replaces the chart. */
    void openWorkspace(Path file) {
        if (loading) {
            warn("a chart is loading: open the workspace when it has");
            return;
        }
        List<String> problems = new ArrayList<>();
        ChartState next = workspace.switchTo(file, shell, workspace.snapshot(shell, chart.session(), theme.name()), problems);
        problems.forEach(this::warn);
        try {
            setTheme(Theme.named(workspace.theme()));
        } catch (IllegalArgumentException e) {
            warn("the workspace's theme: " + e.getMessage());
        }
        chart.setSession(null);
        pendingChart = next;
        connectorsChanged();
        shell.setText("Candela — " + file.getFileName());
    }

    /** File ▸ Save Workspace As…: the window saves into the chosen file from now on. */
    void saveWorkspaceAs(Path file) {
        try {
            workspace.saveAs(file, workspace.snapshot(shell, chart.session(), theme.name()));
            setStatus("Saved the workspace to " + file);
        } catch (java.io.IOException e) {
            error("Could not save the workspace", e);
        }
    }

    void openWorkspaceDialog() {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setText("Open Workspace");
        d.setFilterExtensions(new String[] {"*.json", "*"});
        d.setFilterPath(workspace.file().toAbsolutePath().getParent().toString());
        String f = d.open();
        if (f != null) openWorkspace(Path.of(f));
    }

    void saveWorkspaceAsDialog() {
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setText("Save Workspace As");
        d.setFilterExtensions(new String[] {"*.json"});
        d.setFilterPath(workspace.file().toAbsolutePath().getParent().toString());
        d.setOverwrite(true);
        String f = d.open();
        if (f != null) saveWorkspaceAs(Path.of(f.endsWith(".json") ? f : f + ".json"));
    }

    /** View ▸ Theme: the chart takes the theme's colours at once; remembered in the workspace. */
    void setTheme(Theme t) {
        theme = t;
        ChartSession s = chart.session();
        if (s != null) s.model().setTheme(t);
        chart.setBackground(t.background());
        chart.requestFrame();
    }

    Theme theme() {
        return theme;
    }

    private Theme theme = Theme.DARK;
    private static final int CONNECTOR_WAIT_MS = 5_000;
    private final WorkspaceKeeper workspace;
    /** The workspace's chart, waiting for its connector. */
    private ChartState pendingChart;
    private final Runnable autosave = this::autosave;

    private void autosave() {
        if (shell.isDisposed()) return;
        if (!loading) workspace.saveIfChanged(workspace.snapshot(shell, chart.session(), theme.name()));
        display.timerExec(WorkspaceKeeper.SAVE_EVERY_MS, autosave);
    }

    /** The saved chart, with the connector, symbol and timeframe the command line names instead, if it does. */
    private ChartState withCommandLine(ChartState c) {
        String connector = Launch.given(ctx, "candela.connector") ? launch.connector() : c.connector();
        String symbol = Launch.given(ctx, "candela.symbol") ? launch.symbol() : c.symbol();
        String tf = Launch.given(ctx, "candela.timeframe") ? launch.timeframe().label() : c.timeframe();
        return new ChartState(connector, symbol, tf, c.chartType(), c.priceScale(), c.barSpacing(), c.rightOffset(),
                c.paneWeights(), c.indicators());
    }

    /** Runs {@code r} on the UI thread; dropped when the window is already gone (a loader finishing late). */
    private void onUi(Runnable r) {
        try {
            if (!display.isDisposed()) display.asyncExec(r);
        } catch (org.eclipse.swt.SWTException gone) {
            LOG.fine("the window closed before a background task finished");
        }
    }

    boolean isDisposed() {
        return shell.isDisposed();
    }

    void close() {
        if (!shell.isDisposed()) shell.close();
    }

    /** File ▸ Clear Cached History: deletes every kept series (the open chart keeps its bars in memory). */
    void clearHistoryCache() {
        try {
            long bytes = historyCache.sizeBytes();
            int n = historyCache.purge(null);
            setStatus("Cleared the cached history: " + n + " series, " + (bytes / 1024) + " KB");
        } catch (java.io.IOException e) {
            setStatus("Could not clear the cached history: " + e.getMessage());
        }
    }

    Shell shell() {
        return shell;
    }

    ChartCanvas chart() {
        return chart;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    List<MarketDataConnector> connectors() {
        return connectors;
    }

    /** Opens the launch connector's chart once it is installed (the replay feed by default). */
    void connectorsChanged() {
        if (chart.session() != null || loading) return;
        if (pendingChart != null) {
            MarketDataConnector c = connector(pendingChart.connector());
            if (c == null) return; // not yet installed
            ChartState state = pendingChart;
            pendingChart = null;
            Timeframe tf;
            try {
                tf = Timeframe.parse(state.timeframe());
            } catch (IllegalArgumentException e) {
                warn("the workspace's timeframe '" + state.timeframe() + "' is not one: " + e.getMessage());
                tf = launch.timeframe();
            }
            workspace.restoreNext(state);
            open(c, state.symbol(), tf);
            return;
        }
        MarketDataConnector preferred = connector(launch.connector());
        if (preferred != null) open(preferred, launch.symbol(), launch.timeframe());
    }

    /** The installed connector with this id, or null. */
    MarketDataConnector connector(String id) {
        for (MarketDataConnector c : connectors) {
            try {
                if (c.id().equals(id)) return c;
            } catch (RuntimeException | LinkageError e) {
                warn(c.getClass().getName() + " cannot say its id: " + e);
            }
        }
        return null;
    }

    /** A connector's name for a message, even when asking it throws. */
    static String connectorName(MarketDataConnector c) {
        try {
            return c.name();
        } catch (RuntimeException | LinkageError e) {
            return c.getClass().getName();
        }
    }

    void connectorRemoved(MarketDataConnector c) {
        ChartSession s = chart.session();
        if (s != null && s.connector() == c) {
            chart.setSession(null);
            setStatus(c.name() + " was uninstalled: its chart is closed");
        }
    }

    /** Indicator services came or went: the Add Indicator dialog and the charts follow (see {@link IndicatorServices}). */
    void indicatorRemoved(Indicator i) {
        indicatorServices.removed(i);
    }

    void indicatorAdded(Indicator i) {
        indicatorServices.added(i);
        ChartSession s = chart.session();
        if (s != null && workspace.retryMissing(s, indicators) > 0) chart.requestFrame(); // a placeholder's plugin came
    }

    void openAddIndicatorDialog() {
        indicatorServices.openAddDialog();
    }

    private final IndicatorServices indicatorServices = new IndicatorServices(this);


    void addIndicator(Indicator i) {
        ChartSession s = chart.session();
        if (s == null) return;
        try {
            s.addIndicator(i, ParameterValues.defaults(i.descriptor()));
        } catch (RuntimeException e) {
            error("Could not add " + i.descriptor().name(), e);
        }
        chart.requestFrame();
    }

    /** The plugins folder, or null when the launch has none. */
    PluginFolder plugins() {
        return plugins;
    }

    /** File ▸ Plugins…: the plugin manager. */
    void openPluginManager() {
        if (plugins == null) return;
        new PluginManagerDialog(this, plugins, ctx).open();
    }

    /**
     * Chart ▸ Symbol Search… (Ctrl+K): every symbol of every connector installed, grouped by connector and
     * searchable; Enter opens it at the current timeframe.
     */
    void openSymbolSearch() {
        ChartSession current = chart.session();
        Timeframe tf = current == null ? launch.timeframe() : current.timeframe();
        new SearchDialog<SymbolOf>(shell, "Symbol Search", "Search symbols", "Open", this::symbolEntries,
                t -> t.symbol() + " on " + t.connector().name() + " · " + t.connector().state(),
                t -> open(t.connector(), t.symbol(), t.connector().timeframes().contains(tf) ? tf : Timeframe.M1), true).open();
    }

    /** A symbol of a connector. */
    record SymbolOf(MarketDataConnector connector, String symbol) {
    }

    private List<SearchDialog.Entry<SymbolOf>> symbolEntries() {
        List<SearchDialog.Entry<SymbolOf>> out = new ArrayList<>();
        for (MarketDataConnector c : connectors) {
            try {
                for (String symbol : c.symbols()) {
                    out.add(new SearchDialog.Entry<>(c.name(), symbol, symbol.replace("/", "") + " " + c.id(), new SymbolOf(c, symbol)));
                }
            } catch (RuntimeException | LinkageError e) { // one broken connector leaves the others searchable
                warn(connectorName(c) + " could not list its symbols: " + e);
            }
        }
        return out;
    }


    /** The settings dialog of an indicator on the chart (from the legend, the pane menu or the Indicators menu). */
    void editIndicator(IndicatorBinding b) {
        ChartSession s = chart.session();
        if (s == null || !s.indicators().contains(b)) return;
        new IndicatorSettingsDialog(this, s, b).open();
    }

    /** The indicator a legend line belongs to, or null. */
    IndicatorBinding bindingOf(org.candela.chart.model.Series series) {
        for (IndicatorBinding b : bindings()) if (b.drawn().contains(series)) return b;
        return null;
    }


    void removeIndicator(IndicatorBinding b) {
        ChartSession s = chart.session();
        if (s != null && s.removeBinding(b)) chart.requestFrame();
    }

    /** Loads history off the UI thread, then shows the chart and starts live data. */
    void open(MarketDataConnector connector, String symbol, Timeframe tf) {
        loading = true;
        ChartSession previous = chart.session();
        List<IndicatorBinding> keep = previous == null ? List.of() : previous.indicators();
        setStatus("Loading " + symbol + " " + tf + " from " + connector.name() + "…");
        Thread loader = new Thread(() -> {
            try {
                long now = System.currentTimeMillis();
                // what was kept on disk opens the chart at once, offline too; then the gap to now is fetched
                BarStore kept = CachedHistory.kept(historyCache, connector, symbol, tf, HISTORY_BARS, now);
                if (!kept.isEmpty()) onUi(() -> show(connector, symbol, tf, kept, keep, previous == null));
                // what is quick: the chart opens on Kraken's OHLC window, its older candles come as the user scrolls back
                var loaded = CachedHistory.load(historyCache, connector, symbol, tf, HISTORY_BARS, now, PAGES, kept,
                        ChartSession.Progress.QUICK_ONLY);
                onUi(() -> {
                    ChartSession shown = chart.session();
                    boolean open = !kept.isEmpty() && shown != null && shown.connector() == connector && shown.symbol().equals(symbol)
                            && shown.timeframe().equals(tf);
                    if (open) {
                        shown.mergeHistory(loaded.bars());
                        chart.requestFrame();
                    } else if (kept.isEmpty()) {
                        show(connector, symbol, tf, loaded.bars(), keep, previous == null);
                    }
                    if (!loaded.note().isEmpty()) setStatus(loaded.note());
                });
            } catch (Exception e) {
                onUi(() -> {
                    loading = false;
                    error("Could not load " + symbol + " from " + connector.name(), e);
                });
            }
        }, "candela-history");
        loader.setDaemon(true);
        loader.start();
    }

    private void show(MarketDataConnector connector, String symbol, Timeframe tf, BarStore history,
            List<IndicatorBinding> keep, boolean first) {
        loading = false;
        if (shell.isDisposed()) return;
        ChartSession s = new ChartSession(connector, symbol, tf, theme);
        s.setHistory(history);
        List<String> placeholders = new ArrayList<>();
        if (workspace.restore(s, indicators, placeholders)) {
            placeholders.forEach(this::warn);
        } else if (first) {
            DefaultLayout.apply(s, indicators);
            s.model().setChartType(launch.chartType());
            s.model().pricePane().scale().setMode(launch.priceScale());
        } else {
            for (IndicatorBinding b : keep) {
                if (indicators.contains(b.indicator())) s.addIndicator(b.spec());
            }
        }
        chart.setSession(s);
        s.keepIn(historyCache);
        s.startLive(chart::requestFrame);
        if (s.state() == org.candela.marketdata.api.ConnectionState.FAILED) {
            warn(connectorName(connector) + " could not go live on " + symbol + ": " + s.stateDetail());
        }
        shell.setText("Candela — " + s.model().title());
    }

    /**
     * Infinite history: when the view comes within 200 bars of the first bar, the page before it is loaded
     * off the UI thread and put in front, the view staying where it is.
     */
    private void loadOlderWhenNearTheStart() {
        ChartSession s = chart.session();
        if (s == null || loadingOlder || !s.hasOlderHistory() || s.model().bars().isEmpty()) return;
        if (System.currentTimeMillis() < olderRetryAt) return;
        if (s.model().timeScale().visibleFrom() > 200) return;
        loadingOlder = true;
        long before = s.model().bars().time(0);
        setStatus("Loading older history of " + s.symbol() + "… (Esc cancels)");
        Thread loader = new Thread(() -> {
            BarStore older = null;
            String error = null;
            try {
                older = CachedHistory.older(historyCache, s.connector(), s.symbol(), s.timeframe(), OLDER_PAGE,
                        before, PAGES, (reached, end) -> onUi(() -> setStatus("Loading older history of " + s.symbol() + ": up to "
                                + java.time.Instant.ofEpochMilli(reached) + " of " + java.time.Instant.ofEpochMilli(end) + "… (Esc cancels)")));
            } catch (Exception e) {
                error = e.getMessage();
            }
            BarStore page = older;
            String failure = error;
            boolean cancelled = Thread.currentThread().isInterrupted();
            onUi(() -> {
                loadingOlder = false;
                olderLoader = null;
                if (chart.session() != s) return;
                if (page == null || cancelled) {
                    setStatus(cancelled ? "Loading older history cancelled" : "Could not load older history: " + failure);
                    olderRetryAt = System.currentTimeMillis() + (cancelled ? 120_000 : 15_000); // not again on every frame
                    return;
                }
                int added = s.prependHistory(page);
                LOG.info("loaded " + added + " older bars of " + s.symbol());
                chart.requestFrame();
            });
        }, "candela-history-older");
        loader.setDaemon(true);
        olderLoader = loader;
        loader.start();
    }

    /** Chart ▸ Cancel History Download (Esc): stops a slow older-history download between its requests. */
    void cancelHistoryDownload() {
        Thread t = olderLoader;
        if (t != null) t.interrupt();
    }

    private volatile Thread olderLoader;
    private static final int OLDER_PAGE = 20_000;
    private boolean loadingOlder;
    private long olderRetryAt;

    /**
     * File ▸ Import CSV…: copies a CSV of bars or trades into the replay folder, where the replay feed
     * offers it as a symbol, and opens it: its first half as history, the rest played live.
     */
    void importCsv() {
        String home = ctx.getProperty("candela.home");
        MarketDataConnector replay = connectors.stream().filter(c -> c.id().equals("replay")).findFirst().orElse(null);
        if (home == null || replay == null) {
            setStatus("Import needs the replay feed and the product's replay/ folder");
            return;
        }
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setFilterExtensions(new String[] {"*.csv"});
        String file = d.open();
        if (file == null) return;
        try {
            Path dir = Path.of(home, "replay");
            java.nio.file.Files.createDirectories(dir);
            Path target = dir.resolve(Path.of(file).getFileName());
            java.nio.file.Files.copy(Path.of(file), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            open(replay, target.getFileName().toString(), Timeframe.M1);
        } catch (Exception e) {
            error("Could not import " + file, e);
        }
    }

    /** File ▸ Save Snapshot: the chart as it is now, offscreen, as PNG. */
    void saveSnapshot() {
        ChartSession s = chart.session();
        if (s == null) return;
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.png"});
        d.setFileName("candela.png");
        String file = d.open();
        if (file == null) return;
        var size = chart.control().getSize();
        try (OffscreenCanvas c = new OffscreenCanvas(size.x, size.y, chart.atlas())) {
            DrawList list = new DrawList();
            new ChartView(s.model(), chart.atlas()).build(size.x, size.y, list);
            c.render(list);
            c.writePng(Path.of(file));
            setStatus("Saved " + file);
        } catch (Exception e) {
            error("Could not save the snapshot", e);
        }
    }

    private void updateStatus() {
        ChartSession s = chart.session();
        String warning = System.nanoTime() < warningUntil ? "    ⚠ " + warnings.get(warnings.size() - 1) : "";
        if (s == null) {
            if (!warning.isEmpty()) setStatus(warning.trim());
            return;
        }
        String text = s.connector().name() + " · " + s.symbol() + " · " + s.timeframe() + "    " + s.state()
                + (s.stateDetail().isEmpty() ? "" : " — " + s.stateDetail()) + "    "
                + String.format("%,d", s.model().bars().size()) + " bars" + warning;
        setStatus(text);
    }

    /**
     * Something went wrong that the user should know but need not confirm (a plugin refused or stopped, a
     * connector that failed): logged, and shown in the status bar for {@link #WARNING_NANOS}.
     */
    void warn(String text) {
        LOG.warning(text);
        warnings.add(text);
        if (warnings.size() > 50) warnings.remove(0);
        warningUntil = System.nanoTime() + WARNING_NANOS;
        setStatus("⚠ " + text);
        chart.requestFrame();
    }

    /** The warnings shown since start (the last 50), oldest first. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private static final long WARNING_NANOS = 20_000_000_000L;
    private final List<String> warnings = new ArrayList<>();
    private long warningUntil;

    /** The status bar's text. */
    String statusText() {
        return statusText;
    }

    private void setStatus(String text) {
        if (text.equals(statusText) || status.isDisposed()) return;
        statusText = text;
        status.setText(" " + text);
    }

    void error(String what, Exception e) {
        LOG.log(Level.WARNING, what, e);
        MessageBox box = new MessageBox(shell, SWT.ICON_ERROR | SWT.OK);
        box.setText("Candela");
        box.setMessage(what + ":\n" + (e.getMessage() == null ? e.toString() : e.getMessage()));
        box.open();
    }

    /** The open chart as text, for the Gogo commands. */
    ChartScript script() {
        return script;
    }

    List<IndicatorBinding> bindings() {
        ChartSession s = chart.session();
        return s == null ? List.of() : new ArrayList<>(s.indicators());
    }
}
