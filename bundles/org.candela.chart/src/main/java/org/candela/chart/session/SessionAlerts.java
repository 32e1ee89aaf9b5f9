package org.candela.chart.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.candela.chart.alert.Alert;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.alert.Firing;
import org.candela.chart.alert.LiveAlert;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.candela.chart.model.Pane;

/**
 * The alerts running on one chart's data ({@link ChartSession#alerts}): each is evaluated at every drain, after
 * the bars and the indicators' values are taken, and what fires goes to the listener (on the thread that
 * drains: the UI thread in the window). The indicators a condition names are computed for the alerts on lanes
 * of their own, shared by the alerts that name the same one and never drawn: the user may take an indicator
 * off the chart and the alert still runs.
 */
public final class SessionAlerts {

    private final BarStore bars;
    private final long barMillis;
    private final Pane home;
    private final Runnable onResult;
    private final List<LiveAlert> alerts = new ArrayList<>();
    private final Map<String, IndicatorBinding> computed = new HashMap<>();
    private final Map<LiveAlert, List<String>> uses = new HashMap<>();
    private Consumer<Firing> listener = f -> { };

    SessionAlerts(BarStore bars, long barMillis, Pane home, Runnable onResult) {
        this.bars = bars;
        this.barMillis = barMillis;
        this.home = home;
        this.onResult = onResult;
    }

    /** Who is told of each firing. */
    public void setListener(Consumer<Firing> listener) {
        this.listener = listener;
    }

    /** Starts evaluating {@code alert} (whose text {@code condition} is) on this chart's data. */
    public LiveAlert add(Alert alert, AlertCondition condition) {
        IndicatorBinding l = bind(condition.left()), r = bind(condition.right());
        DoubleColumn lv = l == null ? null : l.column(condition.left().output());
        DoubleColumn rv = r == null ? null : r.column(condition.right().output());
        LiveAlert live = new LiveAlert(alert, condition, lv, rv, () -> (l == null || l.idle()) && (r == null || r.idle()),
                barMillis);
        List<String> names = new ArrayList<>();
        if (l != null) names.add(l.spec().name());
        if (r != null) names.add(r.spec().name());
        uses.put(live, names);
        alerts.add(live);
        return live;
    }

    /** Stops evaluating it; an indicator no other alert reads stops too. */
    public void remove(LiveAlert live) {
        if (!alerts.remove(live)) return;
        for (String name : uses.remove(live)) {
            boolean used = false;
            for (List<String> other : uses.values()) used |= other.contains(name);
            if (!used) computed.remove(name).close();
        }
    }

    public List<LiveAlert> all() {
        return List.copyOf(alerts);
    }

    /** Why an indicator {@code live} reads failed, or null: it never fires then, and the user is told why. */
    public String problem(LiveAlert live) {
        for (String name : uses.getOrDefault(live, List.of())) {
            IndicatorBinding b = computed.get(name);
            if (b != null && b.error() != null) return name + " failed: " + b.error();
        }
        return null;
    }

    private IndicatorBinding bind(AlertCondition.Operand o) {
        if (o.indicator() == null) return null;
        return computed.computeIfAbsent(o.indicator().name(), k -> {
            IndicatorBinding b = new IndicatorBinding(o.indicator(), home, false, onResult); // never added to the pane: not drawn
            b.sync(bars, -1);
            return b;
        });
    }

    void sync(int changedFrom) {
        for (IndicatorBinding b : computed.values()) b.sync(bars, changedFrom);
    }

    boolean poll() {
        boolean changed = false;
        for (IndicatorBinding b : computed.values()) changed |= b.poll();
        return changed;
    }

    boolean idle() {
        for (IndicatorBinding b : computed.values()) if (!b.idle()) return false;
        return true;
    }

    /** Evaluates every alert on the bars as they are now; O(1) an alert, nothing allocated until one fires. */
    void evaluate(long now) {
        for (int i = 0; i < alerts.size(); i++) {
            Firing f = alerts.get(i).evaluate(bars, now);
            if (f != null) listener.accept(f);
        }
    }

    void close() {
        for (IndicatorBinding b : computed.values()) b.close();
        computed.clear();
        alerts.clear();
        uses.clear();
    }
}
