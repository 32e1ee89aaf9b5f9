package org.candela.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candela.chart.alert.Alert;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.data.BarStore;
import org.candela.chart.drawing.Shapes;
import org.candela.chart.model.LineStyle;
import org.candela.chart.model.Pane;
import org.candela.chart.model.PriceLine;
import org.candela.chart.session.ChartSession;
import org.candela.drawing.api.ShapeSink;

/**
 * Alerts on the charts, as order lines are: a price alert is a dashed line at its level on every chart of its
 * symbol, titled "Alert" on the price axis (grey while it is stopped); an alert on a trend line is a dashed line
 * through the line's two points, extended both ways, with "Alert" at its second point (the chart's overlay,
 * drawn as drawings are, but where the alert fires: straight in price, or in log price for a line made on a log
 * scale, whatever the scale shows). The user drags either up or down to move the alert: a level to where it is dropped, a
 * trend line by as much as the pointer moved. UI thread.
 */
final class AlertLines {

    static final int ACTIVE = 0xFFFF9800, STOPPED = 0xFF787B86;

    /** A level's line; {@code linked}: made on a drawing, which is what a drag moves (the alert follows it). */
    private record Placed(String id, PriceLine line, boolean linked) {
    }

    private record Trend(String id, AlertCondition.Line line, boolean on, boolean linked) {
    }

    private final AlertCenter alerts;
    private final Map<ChartSession, List<Placed>> placed = new HashMap<>();
    private final Map<ChartSession, List<Trend>> trends = new HashMap<>();
    /** The drag: the alert, and the price where the press took its line. */
    private String dragging;
    private double pressedAt;

    AlertLines(AlertCenter alerts) {
        this.alerts = alerts;
    }

    /** Every open chart shows the lines of its symbol's alerts, as they are now; true when any changed. */
    boolean update(List<ChartSession> open) {
        boolean changed = false;
        placed.keySet().removeIf(s -> !open.contains(s));
        trends.keySet().removeIf(s -> !open.contains(s));
        long now = System.currentTimeMillis();
        for (ChartSession s : open) {
            List<Placed> levels = new ArrayList<>();
            List<Trend> lines = new ArrayList<>();
            String key = SymbolDrawings.key(s);
            for (Alert a : alerts.all()) {
                if (!a.symbolKey().equals(key)) continue;
                boolean on = a.enabled() && !a.expiredAt(now);
                double level = alerts.levelOf(a);
                AlertCondition.Line line = alerts.lineOf(a);
                boolean linked = !a.drawing().isEmpty();
                if (!Double.isNaN(level)) {
                    levels.add(new Placed(a.id(), new PriceLine(level, on ? ACTIVE : STOPPED, 1, LineStyle.DASHED, "Alert", true), linked));
                }
                if (line != null) lines.add(new Trend(a.id(), line, on, linked));
            }
            changed |= showLevels(s, levels) | showTrends(s, lines);
        }
        return changed;
    }

    private boolean showLevels(ChartSession s, List<Placed> now) {
        List<Placed> before = placed.getOrDefault(s, List.of());
        if (before.equals(now)) return false; // nothing to redraw
        Pane pane = s.model().pricePane();
        for (Placed p : before) pane.removePriceLine(p.line());
        for (Placed p : now) pane.addPriceLine(p.line());
        placed.put(s, now);
        return true;
    }

    private boolean showTrends(ChartSession s, List<Trend> now) {
        if (now.equals(trends.getOrDefault(s, List.of()))) return false;
        trends.put(s, now);
        Shapes shapes = new Shapes();
        for (Trend t : now) {
            int color = t.on() ? ACTIVE : STOPPED;
            AlertCondition.Line l = t.line();
            shapes.priceLine(l.t1(), l.p1(), l.t2(), l.p2(), color, 1, org.candela.drawing.api.LineStyle.DASHED, l.log());
            shapes.text(l.t2(), l.p2(), "Alert", color, ShapeSink.Align.ABOVE_LEFT);
        }
        s.model().setOverlay(now.isEmpty() ? null : shapes);
        return true;
    }

    /**
     * The alert whose line passes within {@code tolerance} of {@code price} at bar position {@code index} (a
     * fractional bar index, as the time scale gives it) on {@code s}, or null.
     */
    String at(ChartSession s, double index, double price, double tolerance) {
        String best = null;
        double distance = tolerance;
        for (Placed p : placed.getOrDefault(s, List.of())) {
            if (p.linked()) continue; // its drawing takes the drag, and the alert follows
            double d = Math.abs(p.line().price() - price);
            if (d <= distance) {
                distance = d;
                best = p.id();
            }
        }
        BarStore bars = s.model().bars();
        for (Trend t : trends.getOrDefault(s, List.of())) {
            if (bars.isEmpty()) break;
            if (t.linked()) continue;
            double d = Math.abs(t.line().at(bars, index, s.model().barMillis()) - price);
            if (d <= distance) {
                distance = d;
                best = t.id();
            }
        }
        return best;
    }

    /** A press took the line of {@code id} at {@code price}: the drag starts. */
    void press(String id, double price) {
        dragging = id;
        pressedAt = price;
    }

    /** The drag is at {@code price}: the line follows before the alert moves. */
    void preview(ChartSession s, double price) {
        List<Placed> levels = placed.getOrDefault(s, List.of());
        for (int i = 0; i < levels.size(); i++) {
            Placed p = levels.get(i);
            if (!p.id().equals(dragging)) continue;
            PriceLine moved = new PriceLine(price, p.line().argb(), p.line().width(), p.line().style(), p.line().title(), true);
            s.model().pricePane().removePriceLine(p.line());
            s.model().pricePane().addPriceLine(moved);
            levels.set(i, new Placed(p.id(), moved, p.linked()));
        }
        List<Trend> lines = new ArrayList<>(trends.getOrDefault(s, List.of()));
        for (int i = 0; i < lines.size(); i++) {
            Trend t = lines.get(i);
            if (t.id().equals(dragging)) {
                lines.set(i, new Trend(t.id(), alerts.lineOf(alerts.byId(t.id())).moved(pressedAt, price), t.on(), t.linked()));
            }
        }
        showTrends(s, lines);
    }

    /** The drag ended at {@code price}: the alert moves (a level to it, a trend line by as much as the pointer moved). */
    void drop(double price) {
        String id = dragging;
        dragging = null;
        if (id != null) alerts.moveBy(id, pressedAt, price);
    }
}
