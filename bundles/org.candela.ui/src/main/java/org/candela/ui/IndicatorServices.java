package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;
import org.candela.indicator.api.Indicator;

/**
 * The window's side of indicator services coming and going: the Add Indicator dialog, and charts that
 * lose an indicator when its bundle goes (kept in the workspace) and get it back, recomputed, when an
 * updated bundle brings the service back. UI thread only.
 */
final class IndicatorServices {

    private static final Logger LOG = Logger.getLogger(IndicatorServices.class.getName());

    private final WorkbenchWindow window;

    IndicatorServices(WorkbenchWindow window) {
        this.window = window;
    }

    /**
     * An indicator service went away (its bundle was stopped, updated or uninstalled): its series and panes
     * leave the chart, and it stays in the workspace as a placeholder naming its plugin. When a service
     * that can compute it comes back (the updated bundle), it returns to the chart, recomputed with the new
     * code ({@link WorkspaceKeeper#retryMissing}).
     */
    void removed(Indicator i) {
        if (addDialog != null) addDialog.refresh();
        for (ChartCanvas tile : window.tiles().all()) {
            ChartSession s = tile.session();
            if (s == null) continue;
            for (IndicatorBinding b : s.indicators()) if (b.spec().uses(i)) window.workspace().keepAsPlaceholder(tile, WorkspaceKeeper.provenance(b));
            if (s.removeIndicator(i) > 0) {
                LOG.info("removed the series of " + i.descriptor().id() + ", whose service went away; kept in the workspace");
                tile.requestFrame();
            }
        }
    }

    /** An indicator service arrived: the Add Indicator dialog offers it. */
    void added(Indicator i) {
        if (addDialog != null) addDialog.refresh();
    }

    /**
     * Indicators ▸ Add Indicator… (Ctrl+I): every indicator service installed at this moment, grouped,
     * searchable; Enter adds one at its defaults and the dialog stays for more. One dialog, brought to the
     * front when already open; it follows plugins installed or removed while it is open.
     */
    void openAddDialog() {
        if (addDialog != null && addDialog.isOpen()) {
            addDialog.activate();
            return;
        }
        addDialog = new SearchDialog<>(window.shell(), "Add Indicator", "Search indicators", "Add", this::indicatorEntries,
                i -> i.descriptor().name() + " " + i.descriptor().version() + " · " + i.descriptor().outputs().size() + " output"
                        + (i.descriptor().outputs().size() == 1 ? "" : "s") + " · "
                        + (i.descriptor().placement() == org.candela.indicator.api.Placement.OVERLAY ? "on the price pane" : "own pane"),
                window::addIndicator, false);
        addDialog.open();
    }

    private List<SearchDialog.Entry<Indicator>> indicatorEntries() {
        List<SearchDialog.Entry<Indicator>> out = new ArrayList<>();
        for (Indicator i : window.indicators()) {
            try {
                var d = i.descriptor();
                out.add(new SearchDialog.Entry<>(d.group(), d.name() + "  (" + d.id() + ")", d.id(), i));
            } catch (RuntimeException e) {
                // a broken plugin's descriptor is left out
            }
        }
        return out;
    }


    private SearchDialog<Indicator> addDialog;
}
