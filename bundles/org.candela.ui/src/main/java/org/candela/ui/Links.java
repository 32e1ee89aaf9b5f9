package org.candela.ui;

import java.util.HashMap;
import java.util.Map;
import org.candela.chart.model.CrosshairListener;
import org.candela.chart.session.ChartSession;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;

/**
 * Link groups, as desktop platforms and TradingView have them: tiles in one group (1–4, a number on each
 * {@link ChartCanvas}) show the same symbol — and the same timeframe unless that is switched off — and each
 * other's crosshair time; with linked scrolling on, the time at the right edge too. UI thread only.
 */
final class Links {

    private final Tiles tiles;
    private final ChartLoader loader;
    private boolean timeframe = true;
    private boolean range;
    /** Per link group, the time last put at the right edge of its charts. */
    private final Map<Integer, Long> syncedTimes = new HashMap<>();

    Links(Tiles tiles, ChartLoader loader) {
        this.tiles = tiles;
        this.loader = loader;
    }

    /** Whether linked charts share the timeframe, and whether they scroll together (from a workspace). */
    void set(boolean shareTimeframe, boolean scrollTogether) {
        timeframe = shareTimeframe;
        range = scrollTogether;
        syncedTimes.clear();
    }

    boolean timeframe() {
        return timeframe;
    }

    boolean range() {
        return range;
    }

    /** View ▸ Link Group ▸ Linked Charts Share the Timeframe. */
    void setTimeframe(boolean on) {
        timeframe = on;
    }

    /** View ▸ Link Group ▸ Linked Charts Scroll Together. */
    void setRange(boolean on) {
        range = on;
        syncedTimes.clear();
        syncRange(tiles.focused());
    }

    /**
     * Opens {@code symbol} of {@code connector} in {@code from} (its indicators come along), and in every tile
     * linked to it (at that timeframe too when linked tiles share it).
     */
    void open(ChartCanvas from, MarketDataConnector connector, String symbol, Timeframe tf) {
        loader.open(from, connector, symbol, tf);
        if (from.linkGroup == 0) return;
        for (ChartCanvas c : tiles.all()) {
            if (c == from || c.linkGroup != from.linkGroup || c.loading) continue;
            ChartSession s = c.session();
            Timeframe own = s == null || timeframe || !connector.timeframes().contains(s.timeframe()) ? tf : s.timeframe();
            if (s != null && s.connector() == connector && s.symbol().equals(symbol) && s.timeframe().equals(own)) continue;
            loader.open(c, connector, symbol, own);
        }
    }

    /** {@code tile} joins group {@code group} (1–4; 0 leaves its group) and shows the group's symbol from then on. */
    void join(ChartCanvas tile, int group) {
        if (group < 0 || group > Tiles.LINK_COLORS.length) {
            throw new IllegalArgumentException("link groups are 1 to " + Tiles.LINK_COLORS.length + ", or 0 for none");
        }
        tile.linkGroup = group;
        tiles.paintOutlines();
        if (group == 0) return;
        for (ChartCanvas c : tiles.all()) {
            ChartSession other = c.session();
            if (c == tile || c.linkGroup != group || other == null) continue;
            ChartSession mine = tile.session(); // the group's symbol comes to the chart that joined
            Timeframe tf = timeframe || mine == null ? other.timeframe() : mine.timeframe();
            if (mine == null || mine.connector() != other.connector() || !mine.symbol().equals(other.symbol()) || !mine.timeframe().equals(tf)) {
                loader.open(tile, other.connector(), other.symbol(), tf);
            }
            return;
        }
    }

    /**
     * Shows the crosshair time of the chart now in {@code c} on every chart linked to the tile showing it —
     * wherever it goes later (another tile after a layout change, a hidden tab); once per chart.
     */
    void follow(ChartCanvas c) {
        ChartSession s = c.session();
        if (!followed.add(s)) return;
        s.model().addCrosshairListener(new CrosshairListener() {
            @Override
            public void moved(int bar, long time, int pane, double price) {
                crosshair(s, time);
            }

            @Override
            public void left() {
                crosshair(s, Long.MIN_VALUE);
            }
        });
    }

    private final java.util.Set<ChartSession> followed = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /** The crosshair time of {@code chart} as a vertical line on every chart linked to its tile (MIN_VALUE: none). */
    private void crosshair(ChartSession chart, long time) {
        ChartCanvas from = null;
        for (ChartCanvas c : tiles.all()) if (c.session() == chart) from = c;
        if (from == null || from.linkGroup == 0) return; // hidden in a tab
        for (ChartCanvas c : tiles.all()) {
            ChartSession s = c.session();
            if (c == from || c.linkGroup != from.linkGroup || s == null || s.model().linkedTime() == time) continue;
            s.model().setLinkedTime(time);
            c.requestCursorFrame();
        }
    }

    /**
     * Linked scrolling: after a frame of a chart whose right edge moved to another time, that time becomes the
     * right edge of every chart linked to it (each keeps its own zoom).
     */
    void syncRange(ChartCanvas from) {
        if (!range || from.linkGroup == 0) return;
        ChartSession s = from.session();
        if (s == null || s.model().bars().isEmpty()) return;
        long time = timeAt(s, s.model().timeScale().rightEdgeIndex());
        Long synced = syncedTimes.get(from.linkGroup);
        // the chart that moved (a scroll, a zoom, a key) leads; the ones set to its time are within half a bar of it
        if (synced != null && Math.abs(time - synced) < s.model().barMillis() / 2) return;
        syncedTimes.put(from.linkGroup, time);
        for (ChartCanvas c : tiles.all()) {
            ChartSession o = c.session();
            if (c == from || c.linkGroup != from.linkGroup || o == null || o.model().bars().isEmpty()) continue;
            var ts = o.model().timeScale();
            ts.setRightOffset(indexAt(o, time) - ts.baseIndex());
            c.requestFrame();
        }
    }

    /** The time at a (fractional) logical index of a chart: past its last bar, by its bar length. */
    static long timeAt(ChartSession s, double index) {
        var bars = s.model().bars();
        int i = (int) Math.max(0, Math.min(bars.size() - 1, Math.floor(index)));
        return bars.time(i) + (long) ((index - i) * s.model().barMillis());
    }

    /** The (fractional) logical index of {@code time} on a chart: its bar, plus how far into it. */
    static double indexAt(ChartSession s, long time) {
        var bars = s.model().bars();
        int i = bars.indexOf(time);
        if (i < 0) i = Math.max(0, -i - 2); // the bar that opened before it
        return i + (time - bars.time(i)) / (double) s.model().barMillis();
    }
}
