package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.session.IndicatorSpec;
import org.candela.indicator.api.Indicator;

/**
 * The window's side of indicator services coming and going: the Add Indicator dialog, and charts that
 * lose an indicator when its bundle goes and get it back, recomputed, when an updated bundle brings the
 * service back. UI thread only.
 */
final class IndicatorServices {

    private static final Logger LOG = Logger.getLogger(IndicatorServices.class.getName());

    private final WorkbenchWindow window;

    IndicatorServices(WorkbenchWindow window) {
        this.window = window;
    }

    /**
     * An indicator service went away: its series and panes leave the chart. They are remembered for a
     * while: when a service of the same id comes back (its bundle was updated) they are added again and
     * recomputed with the new code.
     */
    void removed(Indicator i) {
        if (addDialog != null) addDialog.refresh();
        ChartSession s = window.chart().session();
        if (s == null) return;
        for (IndicatorBinding b : s.indicators()) if (b.spec().uses(i)) orphans.add(new Orphan(b.spec().name(), System.nanoTime()));
        if (s.removeIndicator(i) > 0) {
            LOG.info("removed the series of " + i.descriptor().id() + ", whose service went away");
            window.chart().requestFrame();
        }
    }

    /** An indicator service arrived: indicators it replaces (an updated bundle) come back on the chart. */
    void added(Indicator i) {
        if (addDialog != null) addDialog.refresh();
        ChartSession s = window.chart().session();
        orphans.removeIf(o -> System.nanoTime() - o.since() > ORPHAN_NANOS);
        if (s == null) return;
        for (Orphan o : List.copyOf(orphans)) {
            try {
                IndicatorSpec spec = IndicatorSpec.parse(o.spec(), window.indicators());
                if (!spec.uses(i)) continue;
                s.addIndicator(spec);
                orphans.remove(o);
                LOG.info("recomputed " + o.spec() + " with " + i.descriptor().id() + " " + i.descriptor().version());
                window.chart().requestFrame();
            } catch (IllegalArgumentException e) {
                // another indicator of the chain is not back yet, or the parameters no longer fit
            }
        }
    }

    /** How long a removed indicator waits for its service to come back. */
    private static final long ORPHAN_NANOS = 30_000_000_000L;

    private record Orphan(String spec, long since) {
    }

    private final List<Orphan> orphans = new ArrayList<>();

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
