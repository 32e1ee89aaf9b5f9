package org.candela.chart.alert;

import java.util.function.BooleanSupplier;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;

/**
 * One alert evaluated live on a chart's bars as they change: O(1) and allocation-free until it fires. It reads
 * the operands on the last bar and the bar before it from the same arrays a history is read from, so it gives
 * the answers {@link AlertCondition#holds} gives over the history, bar by bar ({@code --export-csv --alerts}).
 *
 * <p>{@link Alert.Mode#ONCE_PER_BAR} fires at most once on each bar, on the forming bar as soon as the condition
 * holds; {@link Alert.Mode#ONCE} fires the first time and is then done; {@link Alert.Mode#ON_BAR_CLOSE} looks
 * at a bar when the next one opens, with the closed bar's final values. Nothing is evaluated until the
 * indicators it reads have caught up with the bars ({@code settled}), so a value one tick old never fires it.
 */
public final class LiveAlert {

    private final Alert alert;
    private final AlertCondition condition;
    private final DoubleColumn leftValues, rightValues;
    private final BooleanSupplier settled;
    private final long barMillis;
    private long firedBar = Long.MIN_VALUE, seenBar = Long.MIN_VALUE;
    private boolean done, expired;

    /**
     * @param leftValues  the indicator output the left operand names (null when it names none)
     * @param rightValues the right one's
     * @param settled     whether those indicators have computed every bar they were given
     * @param barMillis   the bars' length (where a line runs beyond them)
     */
    public LiveAlert(Alert alert, AlertCondition condition, DoubleColumn leftValues, DoubleColumn rightValues, BooleanSupplier settled,
            long barMillis) {
        this.alert = alert;
        this.condition = condition;
        this.leftValues = leftValues;
        this.rightValues = rightValues;
        this.settled = settled;
        this.barMillis = barMillis;
    }

    public Alert alert() {
        return alert;
    }

    public AlertCondition condition() {
        return condition;
    }

    /** Fired {@link Alert.Mode#ONCE}, or expired: it fires no more. */
    public boolean done() {
        return done;
    }

    public boolean expired() {
        return expired;
    }

    /** Looks at the bars as they are now; returns the firing, or null. */
    public Firing evaluate(BarStore bars, long now) {
        if (done || bars.isEmpty()) return null;
        if (alert.expiredAt(now)) {
            done = expired = true;
            return null;
        }
        if (!settled.getAsBoolean()) return null;
        int last = bars.size() - 1;
        long time = bars.time(last);
        if (alert.mode() == Alert.Mode.ON_BAR_CLOSE) {
            boolean closed = seenBar != Long.MIN_VALUE && time != seenBar && last > 0;
            seenBar = time;
            return closed && holds(bars, last - 1) ? fire(bars, last - 1, now) : null;
        }
        if (firedBar == time || !holds(bars, last)) return null;
        firedBar = time;
        if (alert.mode() == Alert.Mode.ONCE) done = true;
        return fire(bars, last, now);
    }

    private boolean holds(BarStore bars, int i) {
        double x = condition.left().value(bars, i, leftValues, barMillis), y = condition.right().value(bars, i, rightValues, barMillis);
        double px = i > 0 ? condition.left().value(bars, i - 1, leftValues, barMillis) : Double.NaN;
        double py = i > 0 ? condition.right().value(bars, i - 1, rightValues, barMillis) : Double.NaN;
        return condition.holds(px, py, x, y);
    }

    private Firing fire(BarStore bars, int i, long now) {
        return new Firing(alert, bars.time(i), now, bars.close(i), condition.left().value(bars, i, leftValues, barMillis),
                condition.right().value(bars, i, rightValues, barMillis));
    }
}
