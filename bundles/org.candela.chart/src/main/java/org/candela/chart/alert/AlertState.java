package org.candela.chart.alert;

/**
 * One condition evaluated live, tick by tick: O(1) and allocation-free. It remembers the operands' values at
 * the close of the previous bar (the last values seen before a new bar's time came), which a cross compares
 * against; the forming bar's values come with every tick. Gives the same answer as
 * {@link AlertCondition#holds} over the history, bar by bar.
 */
public final class AlertState {

    private final AlertCondition condition;
    private long barTime = Long.MIN_VALUE;
    private double lastA = Double.NaN, lastB = Double.NaN; // the latest values of the current bar
    private double prevA = Double.NaN, prevB = Double.NaN; // the previous bar's closing values
    private final double[] a = new double[2], b = new double[2];

    public AlertState(AlertCondition condition) {
        this.condition = condition;
    }

    public AlertCondition condition() {
        return condition;
    }

    /** Whether the condition holds now, on the bar that opened at {@code time}, with the operands at {@code x} and {@code y}. */
    public boolean update(long time, double x, double y) {
        if (time != barTime) {
            if (barTime != Long.MIN_VALUE) {
                prevA = lastA;
                prevB = lastB;
            }
            barTime = time;
        }
        lastA = x;
        lastB = y;
        a[0] = prevA;
        a[1] = x;
        b[0] = prevB;
        b[1] = y;
        return condition.holds(a, b, 1);
    }
}
