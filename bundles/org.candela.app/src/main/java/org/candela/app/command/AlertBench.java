package org.candela.app.command;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.alert.AlertState;
import org.candela.indicator.api.Indicator;

/**
 * {@code --bench alerts}: what 1,000 active alerts cost a tick. 1,000 conditions — price levels crossed,
 * comparisons and crosses against indicator outputs (read as the live path reads them: the latest value of an
 * array) — are evaluated on every one of 200,000 ticks of a random walk (50 ticks a bar). Reports the time per
 * tick for all of them and the bytes allocated while doing it (target: ≤ 50 µs a tick, nothing allocated).
 */
final class AlertBench {

    static final int ALERTS = 1_000, TICKS = 200_000, TICKS_PER_BAR = 50;

    record Result(double microsPerTick, double nanosPerAlert, long bytesAllocated, long firings) {
        String json() {
            return String.format(Locale.ROOT, "{\"alerts\":%d,\"ticks\":%d,\"us_per_tick\":%.3f,\"ns_per_alert\":%.1f,\"bytes_allocated\":%d,"
                    + "\"firings\":%d}", ALERTS, TICKS, microsPerTick, nanosPerAlert, bytesAllocated, firings);
        }
    }

    private AlertBench() {
    }

    static Result run(List<Indicator> installed) {
        SplittableRandom r = new SplittableRandom(17);
        String[] forms = {"close crosses above %s", "close crosses below %s", "close > %s", "sma(20) crosses above %s", "rsi(14) > 70",
            "macd(12,26,9).hist crosses below 0", "close crosses above sma(50)"};
        List<AlertCondition> conditions = new ArrayList<>();
        for (int k = 0; k < ALERTS; k++) {
            String level = String.format(Locale.ROOT, "%.2f", 100 + r.nextDouble(-5, 5));
            conditions.add(AlertCondition.parse(String.format(Locale.ROOT, forms[k % forms.length], level), installed));
        }
        AlertState[] states = conditions.stream().map(AlertState::new).toArray(AlertState[]::new);
        // the operands' latest values, as the live path reads them from the chart and the indicators' columns
        int n = conditions.size();
        int[] leftKind = new int[n], rightKind = new int[n];
        double[] constant = new double[n];
        for (int k = 0; k < n; k++) {
            leftKind[k] = kind(conditions.get(k).left());
            rightKind[k] = kind(conditions.get(k).right());
            constant[k] = conditions.get(k).right().number();
        }
        double[] indicator = new double[4]; // sma(20), rsi(14), macd hist, sma(50): moved by each tick below
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        double price = 100;
        long firings = 0;
        for (int warm = 0; warm < 2; warm++) { // the second pass is measured
            long bytes = threads.getThreadAllocatedBytes(id);
            long start = System.nanoTime();
            firings = 0;
            for (int t = 0; t < TICKS; t++) {
                price += (r.nextDouble() - 0.5) * 0.2;
                indicator[0] += (price - indicator[0]) / 20;
                indicator[1] = 50 + (price - 100) * 8;
                indicator[2] = price - indicator[0];
                indicator[3] += (price - indicator[3]) / 50;
                long bar = (long) (t / TICKS_PER_BAR) * 60_000L;
                for (int k = 0; k < n; k++) {
                    double x = leftKind[k] == 0 ? price : indicator[leftKind[k] - 1];
                    double y = rightKind[k] < 0 ? constant[k] : rightKind[k] == 0 ? price : indicator[rightKind[k] - 1];
                    if (states[k].update(bar, x, y)) firings++;
                }
            }
            long elapsed = System.nanoTime() - start;
            long allocated = threads.getThreadAllocatedBytes(id) - bytes;
            if (warm == 1) return new Result(elapsed / 1e3 / TICKS, (double) elapsed / TICKS / n, allocated, firings);
        }
        throw new AssertionError();
    }

    /** -1 a constant, 0 the price, 1.. an indicator slot. */
    private static int kind(AlertCondition.Operand o) {
        if (o.field() != null) return 0;
        if (o.indicator() == null) return -1;
        String name = o.indicator().name();
        return name.startsWith("sma(20") ? 1 : name.startsWith("rsi") ? 2 : name.startsWith("macd") ? 3 : 4;
    }
}
