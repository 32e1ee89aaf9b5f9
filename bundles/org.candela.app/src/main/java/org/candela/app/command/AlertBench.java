package org.candela.app.command;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.alert.Alert;
import org.candela.chart.alert.LiveAlert;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.candela.indicator.api.Indicator;

/**
 * {@code --bench alerts}: what 1,000 active alerts cost a tick. 1,000 alerts — price levels crossed,
 * comparisons and crosses against indicator outputs — are evaluated as a chart's drain evaluates them
 * ({@link LiveAlert} on the chart's bars and the indicators' value columns) on every one of 200,000 ticks of a
 * random walk (50 ticks a bar), once per bar each. Reports the time per tick for all of them and the bytes
 * allocated while doing it (target: ≤ 50 µs a tick; nothing allocated but the firings themselves).
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
        // the indicators' value columns, as the chart's lanes fill them: moved by each tick below
        DoubleColumn[] indicator = {new DoubleColumn(8192), new DoubleColumn(8192), new DoubleColumn(8192), new DoubleColumn(8192)};
        List<LiveAlert> alerts = new ArrayList<>();
        for (int k = 0; k < ALERTS; k++) {
            String level = String.format(Locale.ROOT, "%.2f", 100 + r.nextDouble(-5, 5));
            AlertCondition c = AlertCondition.parse(String.format(Locale.ROOT, forms[k % forms.length], level), installed);
            Alert a = new Alert("bench-" + k, "bench", "BENCH", "1m", c.text(), Alert.Mode.ONCE_PER_BAR, 0, true, "");
            alerts.add(new LiveAlert(a, c, column(c.left(), indicator), column(c.right(), indicator), () -> true, 60_000));
        }
        LiveAlert[] live = alerts.toArray(LiveAlert[]::new);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int warm = 0; warm < 2; warm++) { // the second pass is measured
            BarStore bars = new BarStore(TICKS / TICKS_PER_BAR + 1);
            for (DoubleColumn c : indicator) c.truncate(0);
            double price = 100, sma20 = 100, sma50 = 100;
            long firings = 0;
            long bytes = threads.getThreadAllocatedBytes(id);
            long start = System.nanoTime();
            for (int t = 0; t < TICKS; t++) {
                price += (r.nextDouble() - 0.5) * 0.2;
                int bar = t / TICKS_PER_BAR;
                if (t % TICKS_PER_BAR == 0) bars.append(bar * 60_000L, price, price, price, price, 1);
                else bars.set(bar, bar * 60_000L, bars.open(bar), Math.max(bars.high(bar), price), Math.min(bars.low(bar), price), price, 1);
                sma20 += (price - sma20) / 20;
                sma50 += (price - sma50) / 50;
                indicator[0].set(bar, sma20);
                indicator[1].set(bar, 50 + (price - 100) * 8);
                indicator[2].set(bar, price - sma20);
                indicator[3].set(bar, sma50);
                for (LiveAlert a : live) if (a.evaluate(bars, t) != null) firings++;
            }
            long elapsed = System.nanoTime() - start;
            long allocated = threads.getThreadAllocatedBytes(id) - bytes;
            if (warm == 1) return new Result(elapsed / 1e3 / TICKS, (double) elapsed / TICKS / ALERTS, allocated, firings);
        }
        throw new AssertionError();
    }

    /** The value column an operand reads: sma(20), rsi(14), the MACD histogram, sma(50); null for a price or a number. */
    private static DoubleColumn column(AlertCondition.Operand o, DoubleColumn[] indicator) {
        if (o.indicator() == null) return null;
        String name = o.indicator().name();
        return indicator[name.startsWith("sma(20") ? 0 : name.startsWith("rsi") ? 1 : name.startsWith("macd") ? 2 : 3];
    }
}
