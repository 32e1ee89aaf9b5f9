package org.candela.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candela.app.Launch;
import org.candela.chart.model.Theme;
import org.candela.chart.workspace.ChartState;
import org.candela.chart.workspace.Workspace;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;
import org.osgi.framework.BundleContext;

/**
 * Which chart each tile opens, and when: the tiles and tabs a workspace saved (with what the command line
 * names instead), charts waiting for a connector not installed yet, File ▸ New / Open / Save As, and the
 * autosave. The file side (atomic writes, backups, placeholders) is {@link WorkspaceKeeper}'s. UI thread.
 */
final class WorkspaceRestore {

    /** How long a workspace's chart waits for its connector before the default one opens instead. */
    private static final int CONNECTOR_WAIT_MS = 5_000;

    private final WorkbenchWindow window;
    private final BundleContext ctx;
    /** The charts waiting to open, by tile: a workspace's (restored when shown), or null for the default chart. */
    private final Map<ChartCanvas, ChartState> pending = new HashMap<>();
    private final Runnable autosave = this::autosave;

    WorkspaceRestore(WorkbenchWindow window, BundleContext ctx) {
        this.window = window;
        this.ctx = ctx;
    }

    /** At start: the workspace file read, the window arranged as it says, its charts opening, the autosave running. */
    void start() {
        List<String> problems = new ArrayList<>();
        WorkspaceKeeper keeper = window.workspace();
        Workspace saved = keeper.load(window.shell(), problems);
        Theme theme = theme(keeper, problems);
        arrange(saved, true, theme);
        window.shell().addListener(org.eclipse.swt.SWT.Close, e -> keeper.close(window.snapshot()));
        window.shell().open();
        window.chart().control().setFocus();
        problems.forEach(window::warn);
        // a plugin connector registers shortly after start; one that never comes leaves the default chart
        window.shell().getDisplay().timerExec(CONNECTOR_WAIT_MS, this::stopWaiting);
        openWaiting();
        window.shell().getDisplay().timerExec(WorkspaceKeeper.SAVE_EVERY_MS, autosave);
    }

    /** The workspace's theme, or the window's when it names none this Candela knows. */
    private Theme theme(WorkspaceKeeper keeper, List<String> problems) {
        try {
            return Theme.named(keeper.theme());
        } catch (IllegalArgumentException e) {
            problems.add("the workspace's theme: " + e.getMessage());
            return window.theme();
        }
    }

    private void stopWaiting() {
        if (window.isDisposed()) return;
        for (ChartCanvas c : window.tiles().all()) {
            ChartState p = pending.get(c);
            if (p != null && c.session() == null && !c.loading) {
                window.warn("the workspace's chart is on '" + p.connector() + "', which is not installed: opening "
                        + window.launch().connector() + " instead (the workspace keeps it)");
                pending.put(c, null);
            }
        }
        openWaiting();
    }

    /**
     * Lays the tiles out as the workspace (or the command line) says and marks each tile's chart to open:
     * the workspace's chart of that tile, with the command line's connector, symbol and timeframe instead
     * when it names them; {@code --symbols} gives each tile its symbol. Other tabs open when first shown.
     */
    private void arrange(Workspace saved, boolean commandLine, Theme theme) {
        Launch launch = window.launch();
        Tiles tiles = window.tiles();
        String layout = commandLine && Launch.given(ctx, "candela.layout") ? launch.layout() : saved != null ? saved.layout() : "1";
        try {
            tiles.setLayout(layout);
        } catch (IllegalArgumentException e) {
            window.warn("the workspace's layout: " + e.getMessage());
            tiles.setLayout("1");
        }
        if (saved != null) tiles.setWeights(saved.tileWeights());
        window.setTheme(theme);
        List<Workspace.Tile> saves = saved == null ? List.of() : saved.tiles();
        List<String> symbols = commandLine ? launch.symbols() : List.of();
        pending.clear();
        List<ChartCanvas> all = tiles.all();
        for (int i = 0; i < all.size(); i++) {
            Workspace.Tile tile = i < saves.size() ? saves.get(i) : null;
            ChartState state = tile == null ? null : tile.shown();
            if (commandLine && state != null) state = withCommandLine(state, i < symbols.size() ? symbols.get(i) : null);
            else if (i < symbols.size()) state = ChartState.plain(launch.connector(), symbols.get(i), launch.timeframe().label());
            all.get(i).linkGroup = state == null ? 0 : state.linkGroup();
            pending.put(all.get(i), state);
            TileTabs t = tiles.tabs(all.get(i));
            t.closeHidden();
            t.tabs.clear();
            if (tile != null) for (ChartState tab : tile.tabs()) t.tabs.add(new TileTabs.Tab(tab));
            else t.tabs.add(new TileTabs.Tab(state));
            t.selected = tile == null ? 0 : tile.selected();
            t.tabs.set(t.selected, new TileTabs.Tab(state));
            window.tabs().refresh(all.get(i));
        }
        if (saved != null) window.links().set(saved.linkTimeframe(), saved.linkRange());
        tiles.paintOutlines();
        window.symbolDrawings().load(saved == null ? Map.of() : saved.drawings());
        window.watchlist().setItems(saved == null ? List.of() : saved.watchlist());
        window.showWatchlist(saved != null && !saved.watchlist().isEmpty());
        window.alerts().load(saved == null ? List.of() : saved.alerts());
        window.showAlerts(saved != null && !saved.alerts().isEmpty());
    }

    /** A saved chart, with the connector, symbol and timeframe the command line names instead, if it does. */
    private ChartState withCommandLine(ChartState c, String symbolOfTile) {
        Launch launch = window.launch();
        String connector = Launch.given(ctx, "candela.connector") ? launch.connector() : c.connector();
        String symbol = symbolOfTile != null ? symbolOfTile : Launch.given(ctx, "candela.symbol") ? launch.symbol() : c.symbol();
        String tf = Launch.given(ctx, "candela.timeframe") ? launch.timeframe().label() : c.timeframe();
        return c.showing(connector, symbol, tf);
    }

    /** Opens each empty tile's chart once its connector is installed (the launch's default when it has none). */
    void openWaiting() {
        for (ChartCanvas c : window.tiles().all()) {
            if (c.session() != null || c.loading) continue;
            ChartState state = pending.get(c);
            if (state == null) {
                MarketDataConnector preferred = window.connector(window.launch().connector());
                if (preferred != null) window.loader().open(c, preferred, window.launch().symbol(), window.launch().timeframe());
                continue;
            }
            if (window.connector(state.connector()) != null) openSaved(c, state); // else not yet installed
        }
    }

    /**
     * Opens a saved chart in {@code tile}, restored as it was saved; when its connector is not installed
     * (yet), the tile waits for it ({@link #openWaiting}).
     */
    void openSaved(ChartCanvas tile, ChartState state) {
        MarketDataConnector connector = window.connector(state.connector());
        if (connector == null) {
            pending.put(tile, state);
            window.status("Waiting for the connector '" + state.connector() + "' to open " + state.symbol());
            return;
        }
        pending.remove(tile);
        Timeframe tf;
        try {
            tf = Timeframe.parse(state.timeframe());
        } catch (IllegalArgumentException e) {
            window.warn("the workspace's timeframe '" + state.timeframe() + "' is not one: " + e.getMessage());
            tf = window.launch().timeframe();
        }
        window.workspace().restoreNext(tile, state);
        window.loader().open(tile, connector, state.symbol(), tf);
    }

    /** File ▸ Open Workspace… (or a recent one): the current one is saved, the chosen one replaces the charts. */
    void open(Path file) {
        for (ChartCanvas c : window.tiles().all()) window.loader().cancel(c); // a chart still loading belongs to the workspace left
        List<String> problems = new ArrayList<>();
        WorkspaceKeeper keeper = window.workspace();
        Workspace next = keeper.switchTo(file, window.shell(), window.snapshot(), problems);
        Theme theme = theme(keeper, problems);
        problems.forEach(window::warn);
        for (ChartCanvas c : window.tiles().all()) c.setSession(null);
        arrange(next, false, theme);
        window.connectorsChanged();
        window.shell().setText("Candela — " + file.getFileName());
    }

    /**
     * File ▸ New Workspace…: the current one is saved, then the window starts afresh (one tile, the default
     * chart, an empty watchlist) saving into {@code file}, which is replaced.
     */
    void create(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(org.candela.chart.workspace.WorkspaceFile.backupOf(file));
        } catch (java.io.IOException e) {
            window.error("Could not start a new workspace in " + file, e);
            return;
        }
        open(file);
    }

    /** File ▸ Save Workspace As…: the window saves into the chosen file from now on. */
    void saveAs(Path file) {
        try {
            window.workspace().saveAs(file, window.snapshot());
            window.status("Saved the workspace to " + file);
        } catch (java.io.IOException e) {
            window.error("Could not save the workspace", e);
        }
    }

    private void autosave() {
        if (window.isDisposed()) return;
        boolean loading = window.tiles().all().stream().anyMatch(c -> c.loading);
        if (!loading) window.workspace().saveIfChanged(window.snapshot());
        window.shell().getDisplay().timerExec(WorkspaceKeeper.SAVE_EVERY_MS, autosave);
    }
}
