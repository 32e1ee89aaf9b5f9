package org.candela.ui;

import java.util.List;
import java.util.Set;
import org.candela.chart.alert.Alert;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.scale.PriceScaleMode;
import org.candela.chart.session.ChartSession;
import org.candela.chart.workspace.Workspace;

/**
 * Alerts made from the chart — Chart ▸ Add Alert… at the last price, right-click ▸ Add Alert at PRICE…, Add
 * Alert on *Tool*… on a drawn line — each through the Create Alert dialog; and alerts made on a drawing following
 * it when it moves. UI thread.
 */
final class AlertsOnChart {

    /** The drawing tools whose drawings an alert can watch: a level, or a line through two points. */
    static final Set<String> LINES = Set.of("hline", "hray", "trend", "ray", "extended");

    private final WorkbenchWindow window;

    AlertsOnChart(WorkbenchWindow window) {
        this.window = window;
    }

    /** Chart ▸ Add Alert… (Alt+A): an alert on the focused chart, at its last price. */
    void create() {
        ChartSession s = window.chart().session();
        if (s == null || s.model().bars().isEmpty()) return;
        createAt(s.model().bars().close(s.model().bars().size() - 1));
    }

    /** The chart's right-click ▸ Add Alert at PRICE…: a price alert at the price under the pointer. */
    void createAt(double price) {
        ChartSession s = window.chart().session();
        if (s != null) open(s, "close crosses " + AlertCondition.number(round(s, price)), "");
    }

    /** Add Alert on Line…: an alert when the close crosses a drawn level or trend line; it follows the drawing. */
    void createOn(ChartDrawings.Drawing d) {
        ChartSession s = window.chart().session();
        if (s == null) return;
        String level = levelOf(d.spec(), s.model().pricePane().scale().mode() == PriceScaleMode.LOG); // the line as it is seen
        if (level != null) open(s, "close crosses " + level, d.spec().text());
    }

    private void open(ChartSession s, String condition, String drawing) {
        Alert a = Alert.of(s.connector().id(), s.symbol(), s.timeframe().label(), condition, Alert.Mode.ONCE_PER_BAR);
        new AlertDialog(window, a.withDrawing(drawing), true).open();
    }

    /** A price at the chart's tick: 21327.02, not 21327.0234567. */
    private static double round(ChartSession s, double price) {
        double scale = Math.pow(10, Math.min(8, s.model().pricePane().decimals()));
        return Math.round(price * scale) / scale;
    }

    /**
     * The level a drawing's line gives an alert, as the condition writes it: {@code 21450} for a horizontal line or
     * ray, {@code line(T P, T P)} through the first two anchors of a trend line, ray or extended line ({@code
     * line(T P, T P, log)}, straight in log price, when {@code log}: drawn on a log scale); null for a drawing that
     * is not a line.
     */
    static String levelOf(DrawingSpec spec, boolean log) {
        var anchors = spec.anchors();
        if (!LINES.contains(spec.tool()) || anchors.isEmpty()) return null;
        if (spec.tool().equals("hline") || spec.tool().equals("hray")) return AlertCondition.number(anchors.get(0).price());
        if (anchors.size() < 2 || anchors.get(0).time() == anchors.get(1).time()) return null;
        var a = anchors.get(0);
        var b = anchors.get(1);
        return new AlertCondition.Line(a.time(), a.price(), b.time(), b.price(), log && a.price() > 0 && b.price() > 0).text();
    }

    /**
     * The drawings of {@code key} changed from {@code before} to {@code after} (an edit on a chart): an alert made
     * on a drawing that was moved follows it to its new place; one whose drawing was deleted keeps its line and
     * becomes an alert of its own (its line then drags by itself).
     */
    void drawingsChanged(String key, List<Workspace.DrawingState> before, List<Workspace.DrawingState> after) {
        AlertCenter alerts = window.alerts();
        List<String> old = before.stream().map(Workspace.DrawingState::spec).toList();
        List<String> now = after.stream().map(Workspace.DrawingState::spec).toList();
        for (Alert a : alerts.all()) {
            if (a.drawing().isEmpty() || !a.symbolKey().equals(key) || now.contains(a.drawing())) continue;
            int at = old.indexOf(a.drawing());
            String moved = old.size() == now.size() && at >= 0 ? now.get(at) : null; // the same drawing, edited
            DrawingSpec spec = moved == null ? null : window.symbolDrawings().parse(moved);
            Alert next = a.withDrawing("");
            if (spec != null) {
                try {
                    AlertCondition c = alerts.parse(a.condition());
                    boolean log = c.level() != null && c.level().line() != null && c.level().line().log(); // as it was made
                    String level = levelOf(spec, log);
                    if (level != null) next = a.withDrawing(moved).withCondition(c.withLevel(alerts.parse("close > " + level).right()).text());
                } catch (IllegalArgumentException e) {
                    next = a.withDrawing(""); // its condition does not read (a plugin gone): it keeps what it had
                }
            }
            alerts.update(next);
        }
    }
}
