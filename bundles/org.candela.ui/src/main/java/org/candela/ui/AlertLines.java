package org.candela.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candela.chart.alert.Alert;
import org.candela.chart.model.LineStyle;
import org.candela.chart.model.Pane;
import org.candela.chart.model.PriceLine;
import org.candela.chart.session.ChartSession;

/**
 * Price alerts on the charts, as order lines are: a dashed line at the alert's level on every chart of its
 * symbol, titled "Alert" on the price axis (grey while it is stopped), that the user drags up or down to move the
 * alert. UI thread.
 */
final class AlertLines {

    static final int ACTIVE = 0xFFFF9800, STOPPED = 0xFF787B86;

    private record Placed(String id, PriceLine line) {
    }

    private final AlertCenter alerts;
    private final Map<ChartSession, List<Placed>> placed = new HashMap<>();
    private String dragging;

    AlertLines(AlertCenter alerts) {
        this.alerts = alerts;
    }

    /** Every open chart shows the lines of its symbol's price alerts, as they are now; true when any changed. */
    boolean update(List<ChartSession> open) {
        boolean changed = false;
        placed.keySet().removeIf(s -> !open.contains(s));
        for (ChartSession s : open) {
            List<Placed> now = new ArrayList<>();
            String key = SymbolDrawings.key(s);
            for (Alert a : alerts.all()) {
                double level = alerts.levelOf(a);
                if (!a.symbolKey().equals(key) || Double.isNaN(level)) continue;
                boolean on = a.enabled() && !a.expiredAt(System.currentTimeMillis());
                now.add(new Placed(a.id(), new PriceLine(level, on ? ACTIVE : STOPPED, 1, LineStyle.DASHED, "Alert", true)));
            }
            List<Placed> before = placed.getOrDefault(s, List.of());
            if (before.equals(now)) continue; // nothing to redraw
            Pane pane = s.model().pricePane();
            for (Placed p : before) pane.removePriceLine(p.line());
            for (Placed p : now) pane.addPriceLine(p.line());
            placed.put(s, now);
            changed = true;
        }
        return changed;
    }

    /** The alert whose line is within {@code tolerance} of {@code price} on {@code s}, or null. */
    String at(ChartSession s, double price, double tolerance) {
        String best = null;
        double distance = tolerance;
        for (Placed p : placed.getOrDefault(s, List.of())) {
            double d = Math.abs(p.line().price() - price);
            if (d <= distance) {
                distance = d;
                best = p.id();
            }
        }
        return best;
    }

    /** A drag of the line of {@code id} on {@code s} is at {@code price}: the line follows before the alert moves. */
    void preview(ChartSession s, String id, double price) {
        dragging = id;
        List<Placed> list = placed.getOrDefault(s, List.of());
        for (int i = 0; i < list.size(); i++) {
            Placed p = list.get(i);
            if (!p.id().equals(id)) continue;
            PriceLine moved = new PriceLine(price, p.line().argb(), p.line().width(), p.line().style(), p.line().title(), true);
            s.model().pricePane().removePriceLine(p.line());
            s.model().pricePane().addPriceLine(moved);
            list.set(i, new Placed(id, moved));
        }
    }

    /** The drag ended at {@code price}: the alert moves there. */
    void drop(String id, double price) {
        dragging = null;
        alerts.moveLevel(id, price);
    }

    boolean dragging() {
        return dragging != null;
    }
}
