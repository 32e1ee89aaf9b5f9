package org.candela.app.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.candela.chart.data.BarStore;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.ParameterValues;

/**
 * {@code --bench indicators}: for every installed indicator at its defaults, on one thread, the batch path
 * over 2,000,000 synthetic bars (values written per second: bars × outputs) and the streaming path as a
 * live chart drives it (nanoseconds per tick: the forming bar replaced, a new bar every 100 ticks).
 */
final class IndicatorBench {

    static final int BARS = 2_000_000, TICKS = 2_000_000;

    /** One indicator's results. */
    record Result(String id, int outputs, double batchValuesPerSecond, double nsPerTick) {
        String line() {
            return String.format(Locale.ROOT, "  %-10s %d output%s  batch %,14.0f values/s   stream %7.1f ns/tick", id,
                    outputs, outputs == 1 ? " " : "s", batchValuesPerSecond, nsPerTick);
        }

        String json() {
            return String.format(Locale.ROOT, "{\"id\":\"%s\",\"outputs\":%d,\"batch_values_per_s\":%.0f,\"ns_per_tick\":%.1f}",
                    id, outputs, batchValuesPerSecond, nsPerTick);
        }
    }

    private IndicatorBench() {
    }

    static List<Result> run(List<Indicator> indicators, int bars) {
        BarStore b = SyntheticBars.generate(bars);
        List<Indicator> sorted = new ArrayList<>(indicators);
        sorted.sort(Comparator.comparing(i -> i.descriptor().id()));
        List<Result> results = new ArrayList<>();
        for (Indicator i : sorted) {
            Result r = measure(i, b);
            System.out.println(r.line());
            results.add(r);
        }
        return results;
    }

    private static Result measure(Indicator indicator, BarStore b) {
        ParameterValues p = ParameterValues.defaults(indicator.descriptor());
        int outputs = indicator.descriptor().outputs().size(), n = b.size();
        double[][] outs = new double[outputs][n];
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) { // the first rounds compile; the best is the steady state
            IndicatorComputation c = indicator.create(p);
            long t0 = System.nanoTime();
            c.batch(b.timeArray(), b.openArray(), b.highArray(), b.lowArray(), b.closeArray(), b.volumeArray(), 0, n, outs);
            best = Math.min(best, System.nanoTime() - t0);
        }
        double valuesPerSecond = (double) n * outputs / (best / 1e9);

        IndicatorComputation c = indicator.create(p);
        c.batch(b.timeArray(), b.openArray(), b.highArray(), b.lowArray(), b.closeArray(), b.volumeArray(), 0, n, outs);
        double[] out = new double[outputs];
        double bestTick = Double.MAX_VALUE;
        long t = b.lastTime();
        double o = b.close(n - 1);
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            double high = o, low = o, v = 0;
            for (int k = 0; k < TICKS; k++) {
                double price = o + ((k * 7919) % 200 - 100) * 0.5;
                boolean newBar = k % 100 == 0;
                if (newBar) {
                    t += 60_000;
                    high = low = price;
                    v = 0;
                }
                high = Math.max(high, price);
                low = Math.min(low, price);
                v += 0.01;
                c.update(newBar, t, o, high, low, price, v, out);
            }
            bestTick = Math.min(bestTick, (System.nanoTime() - t0) / (double) TICKS);
        }
        return new Result(indicator.descriptor().id(), outputs, valuesPerSecond, bestTick);
    }

    static String json(List<Result> results) {
        StringBuilder s = new StringBuilder("{\"indicators\":[");
        for (int i = 0; i < results.size(); i++) s.append(i == 0 ? "" : ",").append(results.get(i).json());
        return s.append("]}").toString();
    }
}
