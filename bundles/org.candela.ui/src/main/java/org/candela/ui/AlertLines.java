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
 * alert. An alert on a trend line shows as a dashed line through the line's two points, extended both ways, with
 * "Alert" at its second point (the chart's overlay, drawn as drawings are). UI thread.
 */
final class AlertLines {

    static final int ACTIVE = 0xFFFF9800, STOPPED = 0xFF787B86;

    private record Placed(String id, PriceLine line) {
    }

    private final AlertCenter alerts;
    private final Map<ChartSession, List<Placed>> placed = new HashMap<>();
    private final Map<ChartSession, String> trends = new HashMap<>(); // what each chart's overlay shows, as text
    private String dragging;

    AlertLines(AlertCenter alerts) {
        this.alerts = alerts;
    }

    /** Every open chart shows the lines of its symbol's price alerts, as they are now; true when any changed. */
    boolean update(List<ChartSession> open) {
        boolean changed = false;
        placed.keySet().removeIf(s -> !open.contains(s));
        trends.keySet().removeIf(s -> !open.contains(s));
        for (ChartSession s : open) {
            changed |= trendLines(s);
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

    /** The chart's overlay shows the lines of its symbol's trend-line alerts; true when it changed. */
    private boolean trendLines(ChartSession s) {
        String key = SymbolDrawings.key(s);
        StringBuilder shown = new StringBuilder();
        org.candela.chart.drawing.Shapes shapes = new org.candela.chart.drawing.Shapes();
        for (Alert a : alerts.all()) {
            org.candela.chart.alert.AlertCondition.Line line = alerts.lineOf(a);
            if (!a.symbolKey().equals(key) || line == null) continue;
            boolean on = a.enabled() && !a.expiredAt(System.currentTimeMillis());
            int color = on ? ACTIVE : STOPPED;
            shapes.line(line.t1(), line.p1(), line.t2(), line.p2(), color, 1, org.candela.drawing.api.LineStyle.DASHED, true, true);
            shapes.text(line.t2(), line.p2(), "Alert", color, org.candela.drawing.api.ShapeSink.Align.ABOVE_LEFT);
            shown.append(line).append(on).append(';');
        }
        if (shown.toString().equals(trends.getOrDefault(s, ""))) return false;
        trends.put(s, shown.toString());
        s.model().setOverlay(shown.isEmpty() ? null : shapes);
        return true;
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
