package org.candela.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.candela.app.KeptHistory;
import org.candela.app.Launch;
import org.candela.chart.draw.DrawList;
import org.candela.chart.model.Theme;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.store.HistoryCache;
import org.candela.chart.view.ChartView;
import org.candela.chart.workspace.Workspace;
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
 * The main window: menu bar, the charts as tiles ({@link Tiles}) and a status bar with the focused chart's
 * connection state. Menus, shortcuts and dialogs act on the focused chart. UI thread only.
 */
final class WorkbenchWindow {

    private static final Logger LOG = Logger.getLogger(WorkbenchWindow.class.getName());

    private final Display display;
    private final Shell shell;
    private final Tiles tiles;
    private final Label status;
    private final List<Indicator> indicators;
    private final List<MarketDataConnector> connectors;
    private final Launch launch;
    private final WorkbenchMenus menus;
    private final ChartScript script = new ChartScript(this);
    private final org.osgi.framework.BundleContext ctx;
    private final PluginFolder plugins;
    private final ChartLoader loader;
    private final Links links;
    private final WorkspaceKeeper workspace;
    private final ChartTabs tabs;
    private final List<DescribedTool> tools;
    private final SymbolDrawings symbolDrawings;
    private final WorkspaceRestore restore;
    private String statusText = "";
    private Theme theme = Theme.DARK;
    private ChartContextMenu context;
    private final org.eclipse.swt.custom.SashForm body;
    private final WatchlistView watchlist;
    private final org.eclipse.swt.custom.SashForm side;
    private final AlertCenter alerts;
    private final AlertsView alertsView;
    private final AlertsOnChart alertsOnChart = new AlertsOnChart(this);

    WatchlistView watchlist() {
        return watchlist;
    }

    /** View ▸ Watchlist: shows or hides it beside the charts. */
    void showWatchlist(boolean show) {
        watchlistShown = show;
        arrangeSide();
    }

    boolean watchlistShown() {
        return watchlistShown;
    }

    /** View ▸ Alerts: shows or hides the Alerts view beside the charts (under the watchlist when both show). */
    void showAlerts(boolean show) {
        alertsShown = show;
        arrangeSide();
        if (show) alertsView.refresh();
    }

    boolean alertsShown() {
        return alertsShown;
    }

    private boolean watchlistShown, alertsShown;

    private void arrangeSide() {
        if (!watchlistShown && !alertsShown) {
            body.setMaximizedControl(tiles.control());
            return;
        }
        body.setMaximizedControl(null);
        side.setMaximizedControl(watchlistShown && alertsShown ? null : watchlistShown ? watchlist.control() : alertsView.control());
    }

    AlertCenter alerts() {
        return alerts;
    }

    AlertsView alertsView() {
        return alertsView;
    }

    /** Making alerts from the chart: at the last price, at a price, on a drawn line (which they follow). */
    AlertsOnChart alertsOnChart() {
        return alertsOnChart;
    }


    /** A watchlist row was clicked: its symbol on the focused chart (and its link group), at that chart's timeframe. */
    private void openFromWatchlist(MarketDataConnector c, String symbol) {
        ChartSession s = chart().session();
        Timeframe tf = s == null ? launch.timeframe() : s.timeframe();
        if (s != null && s.connector() == c && s.symbol().equals(symbol)) return;
        open(c, symbol, c.timeframes().contains(tf) ? tf : Timeframe.M1);
    }

    /** The watchlist's "+": the symbol search, adding what is chosen. */
    private void addToWatchlist() {
        new SearchDialog<SymbolOf>(shell, "Add to Watchlist", "Search symbols", "Add", this::symbolEntries,
                t -> t.symbol() + " on " + t.connector().name(), t -> watchlist.add(t.connector(), t.symbol()), false).open();
    }

    WorkbenchWindow(Display display, Launch launch, List<Indicator> indicators, List<MarketDataConnector> connectors,
            List<DescribedTool> tools, org.osgi.framework.BundleContext ctx) {
        this.tools = tools;
        this.symbolDrawings = new SymbolDrawings(() -> tools, this::sessions);
        this.display = display;
        this.ctx = ctx;
        this.plugins = launch.pluginsDir().isEmpty() ? null : new PluginFolder(ctx, Path.of(launch.pluginsDir()), () -> indicators);
        this.launch = launch;
        this.historyCache = KeptHistory.of(ctx);
        this.loader = new ChartLoader(this, historyCache);
        this.workspace = new WorkspaceKeeper(launch.workspace(), Path.of(launch.dataDir(), "workspaces"));
        this.indicators = indicators;
        this.connectors = connectors;
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Candela");
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = 0;
        layout.verticalSpacing = layout.horizontalSpacing = 0;
        shell.setLayout(layout);
        context = new ChartContextMenu(this);
        toolbar = new org.eclipse.swt.widgets.ToolBar(shell, SWT.VERTICAL | SWT.FLAT); // the drawing tools, left of the charts
        toolbar.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        body = new org.eclipse.swt.custom.SashForm(shell, SWT.HORIZONTAL | SWT.SMOOTH);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setSashWidth(4);
        alerts = new AlertCenter(this, new AlertFeeds(this, historyCache), Path.of(launch.dataDir()));
        tiles = new Tiles(body, new GlyphAtlas(12), this::wire, this::focusChanged);
        links = new Links(tiles, loader);
        tabs = new ChartTabs(this, tiles, loader);
        restore = new WorkspaceRestore(this, ctx);
        side = new org.eclipse.swt.custom.SashForm(body, SWT.VERTICAL | SWT.SMOOTH);
        side.setSashWidth(4);
        watchlist = new WatchlistView(side, this::openFromWatchlist, this::connector, this::addToWatchlist);
        alertsView = new AlertsView(side, this);
        side.setWeights(55, 45);
        body.setWeights(69, 31);
        body.setMaximizedControl(tiles.control()); // the watchlist shows when it has symbols, or on View ▸ Watchlist
        status = new Label(shell, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        status.addListener(SWT.MouseDown, e -> { // a click on a firing shown there opens the Alerts view
            if (System.nanoTime() < alertUntil) showAlerts(true);
        });
        menus = new WorkbenchMenus(this);
        shell.setBounds(0, 0, 1280, 800);
    }

    private final HistoryCache historyCache;
    private final org.eclipse.swt.widgets.ToolBar toolbar;

    /** The drawing tools' bar, left of the charts. */
    org.eclipse.swt.widgets.ToolBar toolbar() {
        return toolbar;
    }

    /** A new tile's canvas: its frame hooks, legend double-click, Ctrl+I and context menu. */
    private void wire(ChartCanvas c) {
        c.setBackground(theme.background());
        c.alertLines = alerts.lines();
        c.onFrame(() -> {
            if (c == chart()) updateStatus();
            links.syncRange(c);
            loader.loadOlderWhenNearTheStart(c);
        });
        c.onDrawingsChanged(() -> drawingsChanged(c));
        c.onDrawingDoubleClick(d -> {
            tiles.focus(c);
            editDrawing(d);
        });
        c.onLegendDoubleClick(series -> {
            tiles.focus(c);
            IndicatorBinding b = bindingOf(series);
            if (b != null) editIndicator(b);
        });
        c.control().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) == 0) return;
            if (e.keyCode == 'i' || e.keyCode == 'I') openAddIndicatorDialog(); // Ctrl+K is the Chart menu's
        });
        c.control().addListener(SWT.MenuDetect, e -> {
            tiles.focus(c);
            var at = c.control().toControl(e.x, e.y);
            context.open(at.x, at.y, e.x, e.y);
        });
    }

    private void focusChanged() {
        ChartSession s = chart().session();
        shell.setText(s == null ? "Candela" : "Candela — " + s.model().title());
        updateStatus();
    }

    /** A chart was shown in {@code c} (ChartLoader): its crosshair is shown on the charts linked to it. */
    void chartShown(ChartCanvas c) {
        symbolDrawings.show(c.session());
        links.follow(c);
        tabs.shown(c);
        if (c == chart()) focusChanged();
    }

    ChartTabs tabs() {
        return tabs;
    }

    /** Every open chart: the tiles' and the hidden tabs'. */
    List<ChartSession> sessions() {
        List<ChartSession> out = new ArrayList<>();
        for (ChartCanvas c : tiles.all()) if (c.session() != null) out.add(c.session());
        out.addAll(tabs.hidden());
        return out;
    }

    List<DescribedTool> tools() {
        return tools;
    }

    SymbolDrawings symbolDrawings() {
        return symbolDrawings;
    }

    /** The user changed the drawings of the chart in {@code c}: the symbol's other charts show them, the workspace keeps them. */
    private void drawingsChanged(ChartCanvas c) {
        ChartSession s = c.session();
        if (s == null) return;
        List<Workspace.DrawingState> before = symbolDrawings.snapshot().getOrDefault(SymbolDrawings.key(s), List.of());
        symbolDrawings.changed(s);
        alertsOnChart.drawingsChanged(SymbolDrawings.key(s), before, symbolDrawings.snapshot().getOrDefault(SymbolDrawings.key(s), List.of()));
        for (ChartCanvas other : tiles.all()) {
            ChartSession o = other.session();
            if (other == c || o == null || !SymbolDrawings.key(o).equals(SymbolDrawings.key(s))) continue;
            if (other.editor() != null) other.editor().forgetHistory(); // its drawings were replaced
            other.requestFrame();
        }
        c.requestFrame();
    }

    /** Drawing tools came or went: the charts draw with the tools installed now. */
    void toolsChanged() {
        symbolDrawings.toolsChanged();
        for (ChartCanvas c : tiles.all()) {
            if (c.editor() != null) c.editor().forgetHistory();
            c.requestFrame();
        }
        menus.toolsChanged();
    }

    /** Draw ▸ a tool (or its tool bar button, or its shortcut): the next clicks on the focused chart place it. */
    void place(DescribedTool tool) {
        if (chart().editor() == null) return;
        chart().editor().place(tool);
        chart().control().setFocus();
        status("Click on the chart to place the " + tool.descriptor().name() + " (" + tool.descriptor().anchors() + " point"
                + (tool.descriptor().anchors() == 1 ? "" : "s") + "); Esc cancels");
    }

    /** Esc: stops placing a drawing or clears the selection, and stops a slow history download. */
    void escape() {
        var editor = chart().editor();
        if (editor != null) {
            editor.cancel();
            editor.select(List.of());
            chart().requestFrame();
        }
        cancelHistoryDownload();
    }

    /** A drawing's properties (double-click on it, or Draw ▸ Properties…). */
    void editDrawing(org.candela.chart.drawing.ChartDrawings.Drawing d) {
        var editor = chart().editor();
        DescribedTool tool = symbolDrawings.tool(d.spec().tool());
        if (editor == null || tool == null) return;
        new DrawingPropertiesDialog(this, d, editor).open();
    }

    /** Opens the window as the workspace (and the command line) says. */
    void open() {
        restore.start();
        alerts.start();
    }

    WorkspaceRestore restore() {
        return restore;
    }

    ChartLoader loader() {
        return loader;
    }

    WorkspaceKeeper workspace() {
        return workspace;
    }

    /** The whole window as a workspace. */
    Workspace snapshot() {
        return workspace.snapshot(shell, tiles, theme.name(), links.timeframe(), links.range(), watchlist.items(), symbolDrawings.snapshot(),
                alerts.snapshot());
    }

    /** View ▸ Layout: the charts stay, in order; new tiles show the focused chart's symbol. */
    void setLayout(String layout) {
        ChartSession focused = chart().session();
        tiles.setLayout(layout);
        workspace.forgetGone(tiles.all());
        setTheme(theme);
        for (ChartCanvas c : tiles.all()) {
            if (c.session() == null && !c.loading && focused != null) loader.open(c, focused.connector(), focused.symbol(), focused.timeframe());
        }
        if (focused == null) connectorsChanged();
    }

    Tiles tiles() {
        return tiles;
    }

    /** View ▸ Theme: every chart takes the theme's colours at once; remembered in the workspace. */
    void setTheme(Theme t) {
        theme = t;
        shell.setData(Themed.THEME, t); // its dialogs take it when they open
        watchlist.setTheme(t);
        alertsView.setTheme(t);
        tiles.setTheme(t);
        Themed.apply(toolbar, t); // the drawing tools beside the charts
        for (ChartSession hidden : tabs.hidden()) hidden.model().setTheme(t);
        for (ChartCanvas c : tiles.all()) {
            ChartSession s = c.session();
            if (s != null) s.model().setTheme(t);
            c.setBackground(t.background());
            c.requestFrame();
        }
    }

    Theme theme() {
        return theme;
    }

    Launch launch() {
        return launch;
    }

    /** Runs {@code r} on the UI thread; dropped when the window is already gone (a loader finishing late). */
    void onUi(Runnable r) {
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

    /** The window closed: the alerts' feeds and commands stop. */
    void closeAlerts() {
        alerts.close();
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

    /** The focused chart's tile. */
    ChartCanvas chart() {
        return tiles.focused();
    }

    List<Indicator> indicators() {
        return indicators;
    }

    List<MarketDataConnector> connectors() {
        return connectors;
    }

    /** Connectors came or went: the watchlist and the tiles waiting for one follow. */
    void connectorsChanged() {
        watchlist.connectorsChanged();
        restore.openWaiting();
        alerts.reconcile();
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
        alerts.connectorRemoved(c); // nothing keeps running on the connector that went
        tabs.connectorRemoved(c);
        for (ChartCanvas tile : tiles.all()) {
            ChartSession s = tile.session();
            if (s != null && s.connector() == c) {
                tile.setSession(null);
                setStatus(connectorName(c) + " was uninstalled: its chart is closed");
            }
        }
    }

    /** Indicator services came or went: the Add Indicator dialog and the charts follow (see {@link IndicatorServices}). */
    void indicatorRemoved(Indicator i) {
        indicatorServices.removed(i);
        alerts.restart(); // no alert keeps computing with the plugin that went
    }

    void indicatorAdded(Indicator i) {
        indicatorServices.added(i);
        alerts.restart(); // an alert waiting for this indicator runs

        for (ChartCanvas c : tiles.all()) {
            ChartSession s = c.session();
            if (s != null && workspace.retryMissing(c, s, indicators) > 0) c.requestFrame(); // a placeholder's plugin came
        }
    }

    void openAddIndicatorDialog() {
        indicatorServices.openAddDialog();
    }

    private final IndicatorServices indicatorServices = new IndicatorServices(this);


    void addIndicator(Indicator i) {
        ChartSession s = chart().session();
        if (s == null) return;
        try {
            s.addIndicator(i, ParameterValues.defaults(i.descriptor()));
        } catch (RuntimeException e) {
            error("Could not add " + i.descriptor().name(), e);
        }
        chart().requestFrame();
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
        ChartSession current = chart().session();
        Timeframe tf = current == null ? launch.timeframe() : current.timeframe();
        new SearchDialog<SymbolOf>(shell, "Symbol Search", "Search symbols", "Open", this::symbolEntries,
                t -> t.symbol() + " on " + t.connector().name() + " · " + t.connector().state(),
                t -> open(t.connector(), t.symbol(), t.connector().timeframes().contains(tf) ? tf : Timeframe.M1), true).open();
    }

    /** Chart ▸ New Tab… (Ctrl+T): the symbol search, opening what is chosen in a new tab of the focused tile. */
    void openNewTabSearch() {
        ChartSession current = chart().session();
        Timeframe tf = current == null ? launch.timeframe() : current.timeframe();
        new SearchDialog<SymbolOf>(shell, "New Tab", "Search symbols", "Open in New Tab", this::symbolEntries,
                t -> t.symbol() + " on " + t.connector().name() + " · " + t.connector().state(),
                t -> tabs.open(chart(), t.connector(), t.symbol(), t.connector().timeframes().contains(tf) ? tf : Timeframe.M1), true).open();
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
        ChartSession s = chart().session();
        if (s == null || !s.indicators().contains(b)) return;
        new IndicatorSettingsDialog(this, s, b).open();
    }

    /** The indicator a legend line belongs to, or null. */
    IndicatorBinding bindingOf(org.candela.chart.model.Series series) {
        for (IndicatorBinding b : bindings()) if (b.drawn().contains(series)) return b;
        return null;
    }


    void removeIndicator(IndicatorBinding b) {
        ChartSession s = chart().session();
        if (s != null && s.removeBinding(b)) chart().requestFrame();
    }

    /** Opens {@code symbol} of {@code connector} in the focused tile, and in every tile linked to it. */
    void open(MarketDataConnector connector, String symbol, Timeframe tf) {
        links.open(chart(), connector, symbol, tf);
    }

    /** View ▸ Link Group: the focused tile joins group {@code group} (0 leaves its group). */
    void link(int group) {
        links.join(chart(), group);
    }

    Links links() {
        return links;
    }

    /** Chart ▸ Cancel History Download (Esc): stops a slow older-history download between its requests. */
    void cancelHistoryDownload() {
        loader.cancelOlder();
    }

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
            Path tmp = dir.resolve("." + target.getFileName() + ".part"); // the replay never sees half a file
            java.nio.file.Files.copy(Path.of(file), tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            open(replay, target.getFileName().toString(), Timeframe.M1);
        } catch (Exception e) {
            error("Could not import " + file, e);
        }
    }

    /** File ▸ Save Snapshot: the chart as it is now, offscreen, as PNG. */
    void saveSnapshot() {
        ChartSession s = chart().session();
        if (s == null) return;
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.png"});
        d.setFileName("candela.png");
        String file = d.open();
        if (file == null) return;
        var size = chart().control().getSize();
        try (OffscreenCanvas c = new OffscreenCanvas(size.x, size.y, chart().atlas())) {
            DrawList list = new DrawList();
            new ChartView(s.model(), chart().atlas()).build(size.x, size.y, list);
            c.render(list);
            c.writePng(Path.of(file));
            setStatus("Saved " + file);
        } catch (Exception e) {
            error("Could not save the snapshot", e);
        }
    }

    private void updateStatus() {
        ChartSession s = chart().session();
        String warning = System.nanoTime() < warningUntil ? "    ⚠ " + warnings.get(warnings.size() - 1)
                : System.nanoTime() < alertUntil ? "    Alert: " + alertText : "";
        if (s == null) {
            if (!warning.isEmpty()) setStatus(warning.trim());
            return;
        }
        String text = (tiles.all().size() > 1 ? "[" + (tiles.all().indexOf(chart()) + 1) + "/" + tiles.all().size() + "] " : "")
                + s.connector().name() + " · " + s.symbol() + " · " + s.timeframe() + "    " + s.state()
                + (s.stateDetail().isEmpty() ? "" : " — " + s.stateDetail()) + "    "
                + String.format("%,d", s.model().bars().size()) + " bars" + warning;
        setStatus(text);
    }

    /** An alert fired: shown in the status bar, after the chart's state, for {@link #WARNING_NANOS}. */
    void alertFired(String text) {
        alertText = text;
        alertUntil = System.nanoTime() + WARNING_NANOS;
        updateStatus();
    }

    private String alertText = "";
    private long alertUntil;

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
        chart().requestFrame();
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

    /** Shows {@code text} in the status bar until the next frame's state. */
    void status(String text) {
        setStatus(text);
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
        ChartSession s = chart().session();
        return s == null ? List.of() : new ArrayList<>(s.indicators());
    }
}
