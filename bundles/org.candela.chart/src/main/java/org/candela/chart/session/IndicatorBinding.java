package org.candela.chart.session;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.candela.chart.model.BandFill;
import org.candela.chart.model.DotSeries;
import org.candela.chart.model.HistogramSeries;
import org.candela.chart.model.LineSeries;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Series;
import org.candela.chart.model.Theme;
import org.candela.chart.model.ValueSeries;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.PlotStyle;

/**
 * One indicator on one chart: its computation, a value column and a series per output (drawn in the
 * output's plot style), and the pane it draws in. History goes through the computation's batch path; a
 * tick re-feeds only the forming bar.
 *
 * <p>Isolation: a plugin that throws, returns infinity (or NaN after its warm-up), or runs past its time
 * budget ({@link #HISTORY_BUDGET_NANOS} plus {@link #BAR_BUDGET_NANOS} a bar for history,
 * {@link #TICK_BUDGET_NANOS} for one tick) is marked failed with the reason on its series; the chart and
 * the other indicators keep running. History runs on a worker thread and is given up on at its budget, so
 * even a computation that never returns holds the UI only that long.
 */
public final class IndicatorBinding {

    /** History runs here, so a plugin that never returns cannot hold the UI thread past its budget. */
    private static final ExecutorService HISTORY = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "candela-indicator-history");
        t.setDaemon(true);
        return t;
    });

    /** Time a computation may take over history: this, plus {@link #BAR_BUDGET_NANOS} per bar. */
    public static final long HISTORY_BUDGET_NANOS = 2_000_000_000L;
    public static final long BAR_BUDGET_NANOS = 2_000;
    /** Time one tick (the forming bar fed once) may take. */
    public static final long TICK_BUDGET_NANOS = 50_000_000L;

    private final IndicatorSpec spec;
    private final Pane pane;
    private final boolean ownPane;
    private final DoubleColumn[] columns;
    private final ValueSeries[] series;
    private final java.util.List<Series> drawn = new java.util.ArrayList<>();
    private final double[] out;
    private final double[][] batchOut;
    private IndicatorComputation computation;
    private int warmup;
    private int fed;
    private String error;

    IndicatorBinding(IndicatorSpec spec, Pane pane, boolean ownPane) {
        this.spec = spec;
        this.pane = pane;
        this.ownPane = ownPane;
        var outputs = spec.values().descriptor().outputs();
        columns = new DoubleColumn[outputs.size()];
        series = new ValueSeries[outputs.size()];
        out = new double[outputs.size()];
        batchOut = new double[outputs.size()][];
        String full = spec.name();
        int paren = full.indexOf('(');
        // the id in capitals as TradingView shows it (EMA(9,source=rsi(14))); the arguments as written
        String name = paren < 0 ? full.toUpperCase(Locale.ROOT) : full.substring(0, paren).toUpperCase(Locale.ROOT) + full.substring(paren);
        for (int k = 0; k < outputs.size(); k++) {
            OutputSpec o = outputs.get(k);
            columns[k] = new DoubleColumn(1024);
            series[k] = seriesFor(o, outputs.size() == 1 ? name : name + " " + o.label(), columns[k]);
        }
        for (int k = 0; k + 1 < outputs.size(); k++) {
            if (outputs.get(k).style() == PlotStyle.BAND) {
                drawn.add(new BandFill(name + " fill", columns[k], columns[k + 1], Theme.withAlpha(outputs.get(k).argb(), 0x1A)));
            }
        }
        drawn.addAll(java.util.List.of(series));
    }

    private static ValueSeries seriesFor(OutputSpec o, String title, DoubleColumn values) {
        return switch (o.style()) {
            case HISTOGRAM -> new HistogramSeries(title, values, o.argb(), 0xFFEF5350, true);
            case DOTS -> new DotSeries(title, values, o.argb());
            default -> new LineSeries(title, values, o.argb());
        };
    }

    public IndicatorSpec spec() {
        return spec;
    }

    public Indicator indicator() {
        return spec.indicator();
    }

    public ParameterValues parameters() {
        return spec.values();
    }

    public Pane pane() {
        return pane;
    }

    /** True when the indicator has a pane of its own (removed with it). */
    public boolean ownPane() {
        return ownPane;
    }

    /** Everything the indicator draws in its pane, bottom first: band fills, then a series per output. */
    public java.util.List<Series> drawn() {
        return java.util.Collections.unmodifiableList(drawn);
    }

    /** The series, one per output, in output order. */
    public ValueSeries[] lines() {
        return series;
    }

    /** Why the indicator stopped, or null. */
    public String error() {
        return error;
    }

    /** Values of output {@code k}, aligned with bar indexes. */
    public DoubleColumn column(int k) {
        return columns[k];
    }

    /**
     * Brings the values up to date with {@code bars} after bars from index {@code changedFrom} on changed
     * ({@code -1}: recompute all). O(1) per call for a tick on the forming bar.
     */
    public void sync(BarStore bars, int changedFrom) {
        if (error != null) return;
        long start = System.nanoTime();
        int from = fed;
        try {
            if (computation == null || changedFrom < 0 || changedFrom < fed - 1) {
                restart();
                from = 0;
            }
            int n = bars.size();
            if (fed > 0 && fed <= n) feed(bars, fed - 1, false);
            if (n - fed > 1) batch(bars, n);
            while (fed < n) {
                feed(bars, fed, true);
                fed++;
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            fail(e instanceof TooSlow ? e.getMessage() : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return;
        }
        long took = System.nanoTime() - start;
        int count = Math.max(1, bars.size() - from); // a tick re-feeds the forming bar
        long budget = count <= 1 ? TICK_BUDGET_NANOS : HISTORY_BUDGET_NANOS + BAR_BUDGET_NANOS * count;
        if (took > budget) {
            fail(String.format(Locale.ROOT, "too slow: %.0f ms for %d bar%s (budget %.0f ms)", took / 1e6, count,
                    count == 1 ? "" : "s", budget / 1e6));
        }
    }

    private void restart() {
        computation = spec.create();
        warmup = Math.max(0, computation.warmup());
        fed = 0;
        for (DoubleColumn c : columns) c.truncate(0);
    }

    /**
     * Feeds bars {@code fed..n-1} through the batch path on a worker thread, waiting at most the history
     * budget: a computation that never returns costs the UI that long, once, and is marked failed (its
     * thread is interrupted and abandoned). Then checks what it wrote.
     */
    private void batch(BarStore bars, int n) {
        int from = fed;
        for (int k = 0; k < columns.length; k++) batchOut[k] = columns[k].writable(from, n);
        IndicatorComputation c = computation;
        double[][] out = batchOut;
        long[] time = bars.timeArray();
        double[] open = bars.openArray(), high = bars.highArray(), low = bars.lowArray(), close = bars.closeArray(),
                volume = bars.volumeArray();
        long budget = HISTORY_BUDGET_NANOS + BAR_BUDGET_NANOS * (n - from);
        Future<?> job = HISTORY.submit(() -> c.batch(time, open, high, low, close, volume, from, n, out));
        try {
            job.get(budget, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new TooSlow(String.format(Locale.ROOT, "too slow: %d bars of history not done after %.0f ms", n - from, budget / 1e6));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        for (int k = 0; k < columns.length; k++) {
            double[] values = batchOut[k];
            for (int i = from; i < n; i++) check(values[i], i, k);
        }
        fed = n;
    }

    private void feed(BarStore bars, int i, boolean newBar) {
        computation.update(newBar, bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i),
                bars.volume(i), out);
        for (int k = 0; k < out.length; k++) {
            check(out[k], i, k);
            columns[k].set(i, out[k]);
        }
    }

    private void check(double v, int i, int k) {
        if (Double.isInfinite(v) || (Double.isNaN(v) && i >= warmup)) {
            throw new IllegalStateException("returned " + v + " at bar " + i + " for " + series[k].title());
        }
    }

    /** Past the time budget: the message is the whole reason. */
    private static final class TooSlow extends RuntimeException {
        TooSlow(String message) {
            super(message, null, false, false);
        }
    }

    private void fail(String reason) {
        error = reason;
        for (Series s : drawn) s.fail(reason);
    }
}
