package org.candela.chart.workspace;

import java.util.List;
import org.candela.chart.alert.Alert;

/**
 * Everything the user set up, saved as one JSON file (docs/WORKSPACES.md): the window, the theme and the
 * charts. Plain values: two workspaces are equal when they would be written as the same bytes.
 *
 * @param schema      the file format's version ({@link #SCHEMA} when written by this Candela)
 * @param window      the window's place and size on the screen
 * @param theme       {@code dark} or {@code light}
 * @param layout      how the charts are tiled: {@code 1}, {@code 1x2} (side by side), {@code 2x1} (stacked),
 *                    {@code 2x2}, {@code 1+3} (one large, three small)
 * @param tileWeights the sashes between tiles, as the weights of each split, outer first
 * @param linkTimeframe whether charts in one link group share the timeframe as well as the symbol
 * @param linkRange   whether charts in one link group scroll together (the same time at the right edge)
 * @param tiles       the tiles, in order (left to right, top to bottom; the large one first), each with its tabs
 * @param watchlist   the watchlist's symbols, in the order shown
 * @param drawings    per symbol ({@code connector:symbol}, {@code replay:BTC/USD}), its drawings bottom first:
 *                    every chart of that symbol shows them, whatever its timeframe
 * @param alerts      the alerts, in the order the Alerts view lists them: each runs on its symbol's feed whether or
 *                    not a chart shows it
 */
public record Workspace(int schema, Bounds window, String theme, String layout, List<Integer> tileWeights,
        boolean linkTimeframe, boolean linkRange, List<Tile> tiles, List<WatchItem> watchlist,
        java.util.Map<String, List<DrawingState>> drawings, List<Alert> alerts) {

    /**
     * The format this Candela writes; a file with a greater one was written by a newer Candela. Schema 1 (one
     * chart per tile, as {@code charts}) is read as tiles of one tab each; schema 2 had no drawings, schema 3 no
     * alerts.
     */
    public static final int SCHEMA = 4;

    public Workspace {
        window = window == null ? Bounds.DEFAULT : window;
        theme = theme == null || theme.isBlank() ? "dark" : theme;
        layout = layout == null || layout.isBlank() ? "1" : layout;
        tileWeights = tileWeights == null ? List.of() : List.copyOf(tileWeights);
        tiles = tiles == null ? List.of() : List.copyOf(tiles);
        watchlist = watchlist == null ? List.of() : List.copyOf(watchlist);
        java.util.Map<String, List<DrawingState>> sorted = new java.util.TreeMap<>(); // the same drawings, the same bytes
        if (drawings != null) drawings.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) sorted.put(k, List.copyOf(v));
        });
        drawings = java.util.Collections.unmodifiableMap(sorted);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /** A workspace of this version. */
    public static Workspace of(Bounds window, String theme, String layout, List<Integer> tileWeights, boolean linkTimeframe,
            boolean linkRange, List<Tile> tiles, List<WatchItem> watchlist, java.util.Map<String, List<DrawingState>> drawings,
            List<Alert> alerts) {
        return new Workspace(SCHEMA, window, theme, layout, tileWeights, linkTimeframe, linkRange, tiles, watchlist, drawings, alerts);
    }

    /** The key drawings are kept under: {@code replay:BTC/USD}. */
    public static String symbolKey(String connector, String symbol) {
        return connector + ":" + symbol;
    }

    /**
     * A drawing as saved: its text form ({@code trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)}, kept
     * as written even when its tool is not installed) and what the user set on it.
     *
     * @param spec   the text form
     * @param locked not moved by drags
     * @param hidden not drawn
     */
    public record DrawingState(String spec, boolean locked, boolean hidden) {
        public DrawingState {
            java.util.Objects.requireNonNull(spec, "spec");
        }
    }

    /** The chart each tile shows (its selected tab), in tile order. */
    public List<ChartState> shownCharts() {
        return tiles.stream().map(Tile::shown).toList();
    }

    /**
     * A tile: its charts as tabs, in the order of the tab strip, and the one shown.
     *
     * @param tabs     at least one chart
     * @param selected the index of the tab shown
     */
    public record Tile(List<ChartState> tabs, int selected) {

        public Tile {
            tabs = tabs == null ? List.of() : List.copyOf(tabs);
            if (tabs.isEmpty()) throw new IllegalArgumentException("a tile has at least one chart");
            selected = Math.max(0, Math.min(tabs.size() - 1, selected));
        }

        /** A tile of one chart. */
        public static Tile of(ChartState chart) {
            return new Tile(List.of(chart), 0);
        }

        /** The chart shown. */
        public ChartState shown() {
            return tabs.get(selected);
        }
    }

    /** A symbol of a connector on the watchlist. */
    public record WatchItem(String connector, String symbol) {
    }

    /** A window's place: its bounds when not maximised, and whether it is. */
    public record Bounds(int x, int y, int width, int height, boolean maximized) {
        public static final Bounds DEFAULT = new Bounds(0, 0, 1280, 800, false);
    }
}
