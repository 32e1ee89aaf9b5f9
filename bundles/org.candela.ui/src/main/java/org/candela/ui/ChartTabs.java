package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.candela.chart.session.ChartSession;
import org.candela.chart.workspace.ChartState;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;
import org.eclipse.swt.widgets.Display;

/**
 * Tabs within a tile, as an Eclipse editor area or NinjaTrader's chart tabs have them: Chart ▸ New Tab…
 * (Ctrl+T) opens a symbol in a new tab of the focused tile, a click on a tab shows it, Ctrl+Tab and
 * Ctrl+Shift+Tab step through them, a tab's close button (or Ctrl+F4) closes its chart. A hidden tab's chart
 * keeps taking its live data in (on the UI thread, coalesced as a frame would be), so its candles stay exact
 * and showing it again is instant. UI thread only.
 */
final class ChartTabs {

    private final WorkbenchWindow window;
    private final Tiles tiles;
    private final ChartLoader loader;

    ChartTabs(WorkbenchWindow window, Tiles tiles, ChartLoader loader) {
        this.window = window;
        this.tiles = tiles;
        this.loader = loader;
        tiles.onTabs(this::select, this::close);
    }

    /** A new tab after the shown one in {@code tile}, showing {@code symbol} of {@code connector}: the default chart. */
    void open(ChartCanvas tile, MarketDataConnector connector, String symbol, Timeframe tf) {
        TileTabs t = tiles.tabs(tile);
        hide(tile, t.shown());
        t.selected++;
        t.tabs.add(t.selected, new TileTabs.Tab(ChartState.plain(connector.id(), symbol, tf.label())));
        loader.open(tile, connector, symbol, tf);
        refresh(tile);
    }

    /** Shows tab {@code index} of {@code tile}; the one shown before keeps running hidden. */
    void select(ChartCanvas tile, int index) {
        TileTabs t = tiles.tabs(tile);
        if (index < 0 || index >= t.size() || index == t.selected) return;
        hide(tile, t.shown());
        t.selected = index;
        show(tile, t.shown());
        refresh(tile);
    }

    /** Ctrl+Tab (+1) and Ctrl+Shift+Tab (-1) in the focused tile, round. */
    void step(int by) {
        ChartCanvas tile = tiles.focused();
        TileTabs t = tiles.tabs(tile);
        if (t.size() > 1) select(tile, Math.floorMod(t.selected + by, t.size()));
    }

    /** Closes tab {@code index} of {@code tile} and its chart; the last tab of a tile stays. */
    void close(ChartCanvas tile, int index) {
        TileTabs t = tiles.tabs(tile);
        if (t.size() < 2 || index < 0 || index >= t.size()) return;
        if (index == t.selected) {
            loader.cancel(tile);
            ChartSession s = tile.detach();
            if (s != null) s.close();
            window.workspace().takeMissing(tile); // its placeholders go with it: the user closed the chart
            window.workspace().takeRestoring(tile);
            t.tabs.remove(index);
            t.selected = Math.min(index, t.size() - 1);
            show(tile, t.shown());
        } else {
            TileTabs.Tab gone = t.tabs.remove(index);
            if (gone.session != null) gone.session.close();
            if (index < t.selected) t.selected--;
        }
        refresh(tile);
    }

    /** Chart ▸ Close Tab (Ctrl+F4): the focused tile's shown tab. */
    void closeShown() {
        ChartCanvas tile = tiles.focused();
        close(tile, tiles.tabs(tile).selected);
    }

    /** The strip of {@code tile} shows its tabs' labels and which is shown. */
    void refresh(ChartCanvas tile) {
        TileTabs t = tiles.tabs(tile);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) labels.add(label(i == t.selected ? tile.session() : null, t.tabs.get(i)));
        tiles.showTabs(tile, labels);
    }

    /** A loader put a chart in {@code tile}: its shown tab now stands for that chart. */
    void shown(ChartCanvas tile) {
        ChartSession s = tile.session();
        TileTabs.Tab tab = tiles.tabs(tile).shown();
        if (s != null) tab.state = ChartState.plain(s.connector().id(), s.symbol(), s.timeframe().label());
        refresh(tile);
    }

    /** Every hidden chart (the theme and connectors reach them too). */
    List<ChartSession> hidden() {
        List<ChartSession> out = new ArrayList<>();
        for (TileTabs t : tiles.allTabs()) for (TileTabs.Tab tab : t.tabs) if (tab.session != null) out.add(tab.session);
        return out;
    }

    /** A connector was uninstalled: hidden charts on it close; their tabs stay, to open again when it returns. */
    void connectorRemoved(MarketDataConnector c) {
        for (TileTabs t : tiles.allTabs()) {
            for (TileTabs.Tab tab : t.tabs) {
                if (tab.session != null && tab.session.connector() == c) {
                    tab.state = window.workspace().stateOf(tab.session, tab.missing, 0);
                    tab.session.close();
                    tab.session = null;
                }
            }
        }
    }

    private static String label(ChartSession shown, TileTabs.Tab tab) {
        if (shown != null) return shown.symbol() + " · " + shown.timeframe().label();
        if (tab.session != null) return tab.session.symbol() + " · " + tab.session.timeframe().label();
        return tab.state == null ? "…" : tab.state.symbol() + " · " + tab.state.timeframe();
    }

    /** The chart shown in {@code tile} goes on running, hidden, in {@code tab}. */
    private void hide(ChartCanvas tile, TileTabs.Tab tab) {
        WorkspaceKeeper workspace = window.workspace();
        ChartState loading = workspace.takeRestoring(tile);
        if (tile.loading) {
            loader.cancel(tile); // what it was loading opens when the tab is shown again
            if (loading != null) tab.state = loading;
        }
        ChartSession s = tile.detach();
        tab.missing = workspace.takeMissing(tile);
        if (s == null) return;
        tab.session = s;
        tab.state = workspace.stateOf(s, tab.missing, tile.linkGroup);
        s.setFrameRequest(new Drain(tile.control().getDisplay(), s));
    }

    /** {@code tab} comes into {@code tile}: its running chart at once, or the chart it saved, loaded. */
    private void show(ChartCanvas tile, TileTabs.Tab tab) {
        ChartSession s = tab.session;
        if (s != null) {
            tab.session = null;
            s.model().setTheme(window.theme());
            tile.setSession(s);
            window.workspace().putMissing(tile, tab.missing);
            tab.missing = List.of();
            window.chartShown(tile);
        } else if (tab.state != null) {
            window.restore().openSaved(tile, tab.state);
        }
    }

    /** A hidden chart's frame request: its live data taken in on the UI thread, at most one pending at a time. */
    private static final class Drain implements Runnable {
        private final Display display;
        private final ChartSession session;
        private final AtomicBoolean pending = new AtomicBoolean();
        private final Runnable drain = this::drain;

        Drain(Display display, ChartSession session) {
            this.display = display;
            this.session = session;
        }

        @Override
        public void run() {
            if (!pending.compareAndSet(false, true) || display.isDisposed()) return;
            try {
                display.asyncExec(drain);
            } catch (org.eclipse.swt.SWTException gone) {
                // the window closed
            }
        }

        private void drain() {
            pending.set(false);
            session.drain();
        }
    }
}
