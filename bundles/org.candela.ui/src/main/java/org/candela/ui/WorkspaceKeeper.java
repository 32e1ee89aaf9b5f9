package org.candela.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.session.IndicatorSpec;
import org.candela.chart.workspace.ChartState;
import org.candela.chart.workspace.Workspace;
import org.candela.chart.workspace.WorkspaceFile;
import org.candela.indicator.api.Indicator;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/**
 * The window's side of the workspace file: what was saved is restored at start (the window's place, the
 * chart, its view and indicators), and what the user changes is saved back — checked every
 * {@link #SAVE_EVERY_MS} ms and written off the UI thread when it differs, and written once more on exit.
 * An indicator whose plugin is not installed stays in the workspace as a placeholder naming that plugin, and
 * comes back on the chart when it is installed. UI thread, but for the writes.
 */
final class WorkspaceKeeper {

    private static final Logger LOG = Logger.getLogger(WorkspaceKeeper.class.getName());
    static final int SAVE_EVERY_MS = 2_000;

    private Path file;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "candela-workspace-save");
        t.setDaemon(true);
        return t;
    });
    private Workspace saved;
    /** The theme as loaded (dark when there was no workspace). */
    private String theme = "dark";
    /** The charts as loaded, kept for tiles whose chart is not shown yet (a connector not yet installed). */
    private List<ChartState> loadedCharts = List.of();
    /** The chart each tile is about to show, to restore when it is. */
    private final Map<ChartCanvas, ChartState> restoring = new HashMap<>();
    /** Per tile, indicators whose plugins are not installed. */
    private final Map<ChartCanvas, List<ChartState.IndicatorState>> missing = new HashMap<>();
    private final Path recentDir;

    /** @param file the workspace to open; @param recentDir where the list of recent workspaces is kept */
    WorkspaceKeeper(Path file, Path recentDir) {
        this.file = file;
        this.recentDir = recentDir;
    }

    Path file() {
        return file;
    }

    /**
     * Reads the workspace; returns it (null for none: the defaults), the problem, if any, going to
     * {@code problems}. The window's bounds are applied to {@code shell}.
     */
    Workspace load(Shell shell, List<String> problems) {
        WorkspaceFile.Loaded l = WorkspaceFile.load(file);
        if (!l.problem().isEmpty()) problems.add(l.problem());
        Workspace w = l.workspace();
        if (w == null) return null;
        saved = w;
        theme = w.theme();
        Workspace.Bounds b = w.window();
        if (b.width() >= 200 && b.height() >= 150) shell.setBounds(b.x(), b.y(), b.width(), b.height());
        if (b.maximized()) shell.setMaximized(true);
        loadedCharts = w.shownCharts();
        return w;
    }

    /**
     * File ▸ Save Workspace As…: {@code now} is written to {@code target}, which becomes the workspace the
     * window saves into. Synchronous: the user waits for his file.
     */
    void saveAs(Path target, Workspace now) throws IOException {
        drain(); // what is queued for the old file is written there first
        WorkspaceFile.save(target, now);
        file = target;
        saved = now;
        remember(target);
    }

    /**
     * File ▸ Open Workspace…: the current workspace is saved, then {@code target} becomes the one the window
     * restores from and saves into. Returns it (null for none); problems go to {@code problems}.
     */
    Workspace switchTo(Path target, Shell shell, Workspace now, List<String> problems) {
        saveIfChanged(now);
        drain(); // the one left is on disk before the one opened is read
        file = target;
        saved = null;
        missing.clear();
        restoring.clear();
        loadedCharts = List.of();
        remember(target);
        return load(shell, problems);
    }

    /** The workspaces opened or saved last, newest first (at most {@link #RECENT}). */
    List<Path> recent() {
        Path list = recentFile();
        if (!java.nio.file.Files.exists(list)) return List.of();
        try {
            return java.nio.file.Files.readAllLines(list).stream().filter(l -> !l.isBlank()).map(Path::of).limit(RECENT).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void remember(Path p) {
        List<Path> next = new ArrayList<>(List.of(p.toAbsolutePath()));
        for (Path r : recent()) if (!r.equals(p.toAbsolutePath()) && next.size() < RECENT) next.add(r);
        StringBuilder text = new StringBuilder();
        for (Path r : next) text.append(r).append('\n');
        try {
            java.nio.file.Files.createDirectories(recentFile().getParent());
            WorkspaceFile.writeAtomically(recentFile(), text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not update the list of recent workspaces", e);
        }
    }

    private Path recentFile() {
        return recentDir.resolve("recent.txt");
    }

    static final int RECENT = 8;

    /** The theme the workspace was saved with. */
    String theme() {
        return theme;
    }

    /** The next chart shown in {@code tile} is restored from {@code state}. */
    void restoreNext(ChartCanvas tile, ChartState state) {
        restoring.put(tile, state);
    }

    /** Tiles that are gone (a smaller layout) leave nothing behind. */
    void forgetGone(List<ChartCanvas> tiles) {
        restoring.keySet().retainAll(tiles);
        missing.keySet().retainAll(tiles);
    }

    /**
     * Puts the saved indicators and view on {@code s}, shown in {@code tile}; false when there was nothing to
     * restore (the caller applies the default layout). Indicators whose plugin is missing become
     * placeholders, named in {@code warnings}.
     */
    boolean restore(ChartCanvas tile, ChartSession s, List<Indicator> installed, List<String> warnings) {
        ChartState state = restoring.remove(tile);
        // another symbol opened by the user: the placeholders follow the indicators to it
        if (state == null || !state.connector().equals(s.connector().id()) || !state.symbol().equals(s.symbol())) return false;
        if (state.isPlain()) return false; // a symbol given for a tile: the default chart
        List<ChartState.IndicatorState> absent = new ArrayList<>();
        for (ChartState.IndicatorState i : state.indicators()) {
            try {
                s.addIndicator(IndicatorSpec.parse(i.spec(), installed));
            } catch (IllegalArgumentException e) {
                absent.add(i);
                warnings.add(placeholder(i) + ": kept in the workspace until it is installed");
            }
        }
        missing.put(tile, absent);
        state.applyView(s);
        return true;
    }

    /** The chart {@code tile} was about to restore, no longer to be restored there (its tab was hidden or closed); or null. */
    ChartState takeRestoring(ChartCanvas tile) {
        return restoring.remove(tile);
    }

    /** The placeholders of the chart in {@code tile}, taken away with it (its tab was hidden or closed). */
    List<ChartState.IndicatorState> takeMissing(ChartCanvas tile) {
        List<ChartState.IndicatorState> m = missing.remove(tile);
        return m == null ? List.of() : m;
    }

    /** The placeholders of a chart coming back into {@code tile} (its tab shown again). */
    void putMissing(ChartCanvas tile, List<ChartState.IndicatorState> placeholders) {
        if (placeholders.isEmpty()) missing.remove(tile);
        else missing.put(tile, new ArrayList<>(placeholders));
    }

    /** A running chart as saved, with its placeholders. */
    ChartState stateOf(ChartSession s, List<ChartState.IndicatorState> placeholders, int linkGroup) {
        return ChartState.of(s, WorkspaceKeeper::provenance, placeholders, linkGroup);
    }

    /** An indicator of the chart in {@code tile} lost its plugin: it stays in the workspace, and comes back with it. */
    void keepAsPlaceholder(ChartCanvas tile, ChartState.IndicatorState i) {
        List<ChartState.IndicatorState> list = missing.computeIfAbsent(tile, t -> new ArrayList<>());
        if (!list.contains(i)) list.add(i);
    }

    /** A plugin was installed: placeholders of {@code tile} it provides come back on its chart. Returns how many. */
    int retryMissing(ChartCanvas tile, ChartSession s, List<Indicator> installed) {
        List<ChartState.IndicatorState> list = missing.getOrDefault(tile, List.of());
        int back = 0;
        for (ChartState.IndicatorState i : List.copyOf(list)) {
            try {
                s.addIndicator(IndicatorSpec.parse(i.spec(), installed));
                list.remove(i);
                back++;
            } catch (IllegalArgumentException e) {
                // still missing
            }
        }
        return back;
    }

    /** How a placeholder is named to the user. */
    static String placeholder(ChartState.IndicatorState i) {
        return i.spec() + " needs " + (i.bundle().isEmpty() ? "its plugin" : i.bundle() + " " + i.version())
                + ", which is not installed";
    }

    /** The workspace as the window shows it now: the tiles' charts and tabs in order, the layout and its sashes. */
    Workspace snapshot(Shell shell, Tiles tiles, String themeName, boolean linkTimeframe, boolean linkRange,
            List<Workspace.WatchItem> watchlist, Map<String, List<Workspace.DrawingState>> drawings, List<org.candela.chart.alert.Alert> alerts) {
        Rectangle r = shell.getBounds();
        Workspace.Bounds bounds = new Workspace.Bounds(r.x, r.y, r.width, r.height, shell.getMaximized());
        if (shell.getMaximized() && saved != null) { // keep where the window goes when it is restored
            Workspace.Bounds before = saved.window();
            bounds = new Workspace.Bounds(before.x(), before.y(), before.width(), before.height(), true);
        }
        List<Workspace.Tile> out = new ArrayList<>();
        List<ChartCanvas> all = tiles.all();
        for (int i = 0; i < all.size(); i++) {
            ChartCanvas c = all.get(i);
            ChartSession s = c.session();
            ChartState shown = s != null ? stateOf(s, missing.getOrDefault(c, List.of()), c.linkGroup)
                    : restoring.containsKey(c) ? restoring.get(c) : i < loadedCharts.size() ? loadedCharts.get(i) : null;
            TileTabs t = tiles.tabs(c);
            List<ChartState> tabs = new ArrayList<>();
            int selected = 0;
            for (int k = 0; k < t.size(); k++) {
                TileTabs.Tab tab = t.tabs.get(k);
                ChartState state = k == t.selected ? shown : tab.session != null ? stateOf(tab.session, tab.missing, c.linkGroup) : tab.state;
                if (state == null) continue; // a tab whose chart never opened
                if (k == t.selected) selected = tabs.size();
                tabs.add(state);
            }
            if (!tabs.isEmpty()) out.add(new Workspace.Tile(tabs, selected));
        }
        return Workspace.of(bounds, themeName, tiles.layout(), tiles.weights(), linkTimeframe, linkRange, out, watchlist, drawings, alerts);
    }

    /** Saves {@code now} off the UI thread when it differs from what was saved. */
    void saveIfChanged(Workspace now) {
        if (now.equals(saved)) return;
        saved = now;
        Path target = file; // the file of now: a workspace opened meanwhile must not receive this one's state
        writer.execute(() -> write(target, now));
    }

    /** Waits (at most 10 s) for the writes queued so far. */
    private void drain() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the workspace writer did not catch up", e);
        }
    }

    /** On exit: the last state written, then the writer stops. */
    void close(Workspace now) {
        saveIfChanged(now);
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) LOG.warning("the workspace could not be saved in 10 s: " + file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Path target, Workspace w) {
        try {
            WorkspaceFile.save(target, w);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save the workspace to " + target, e);
        }
    }

    /** The spec as text, with the bundle and version of the plugin that provided it. */
    static ChartState.IndicatorState provenance(IndicatorBinding b) {
        Indicator i = b.indicator();
        Object service = i instanceof DescribedIndicator d ? d.service() : i;
        var bundle = FrameworkUtil.getBundle(service.getClass());
        return new ChartState.IndicatorState(b.spec().name(), bundle == null ? "" : bundle.getSymbolicName(),
                bundle == null ? "" : bundle.getVersion().toString());
    }
}
