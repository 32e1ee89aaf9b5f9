package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import org.candela.chart.session.ChartSession;
import org.candela.chart.workspace.ChartState;

/**
 * The charts of one tile as tabs, in the strip's order, one of them shown in the tile's canvas. A hidden tab
 * keeps its chart running (live data is taken in, its indicators computed) so showing it again is instant;
 * a tab restored from a workspace and not shown since waits as it was saved and opens when first shown.
 * Survives a layout change with its tile. UI thread.
 */
final class TileTabs {

    /** One tab. For the shown tab, the tile's canvas holds the chart and {@link #session} is null. */
    static final class Tab {
        /** What the tab shows as last known (as saved, for a tab not opened yet); null until a chart opens. */
        ChartState state;
        /** The chart while the tab is hidden; null when it is shown or not opened yet. */
        ChartSession session;
        /** Indicators of the tab's chart whose plugins are not installed, kept while it is hidden. */
        List<ChartState.IndicatorState> missing = List.of();

        Tab(ChartState state) {
            this.state = state;
        }
    }

    final List<Tab> tabs = new ArrayList<>(List.of(new Tab(null)));
    int selected;

    Tab shown() {
        return tabs.get(selected);
    }

    int size() {
        return tabs.size();
    }

    /** Closes every hidden chart (the tile is gone). */
    void closeHidden() {
        for (Tab t : tabs) {
            if (t.session != null) t.session.close();
            t.session = null;
        }
    }
}
