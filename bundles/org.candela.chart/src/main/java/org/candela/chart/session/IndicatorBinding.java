package org.candela.chart.session;

import java.util.Locale;
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
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.PlotStyle;

/**
 * One indicator on one chart: a value column and a series per output (drawn in the output's plot style),
 * the pane it draws in, and the {@link IndicatorLane} its plugin code runs on.
 *
 * <p>Isolation: the UI thread never calls the plugin and never waits for it. {@link #sync} posts the bars
 * that changed to the lane; {@link #poll}, once a frame, takes the values the lane computed (a history in
 * one step, a tick's bar or two) and runs the watchdog. A plugin that throws, returns infinity (or NaN
 * after its warm-up), or spends more CPU time than its budget ({@link #HISTORY_BUDGET_NANOS} plus
 * {@link #BAR_BUDGET_NANOS} a bar for history, {@link #TICK_BUDGET_NANOS} for one tick) is marked failed
 * with the reason on its series; so is one blocked for {@link #BLOCKED_NANOS} (or four budgets) without
 * computing. The chart and the other indicators keep running.
 */
public final class IndicatorBinding implements IndicatorLane.Sink {

    /** CPU time a computation may take over history: this, plus {@link #BAR_BUDGET_NANOS} per bar. */
    public static final long HISTORY_BUDGET_NANOS = 2_000_000_000L;
    public static final long BAR_BUDGET_NANOS = 2_000;
    /** CPU time one tick (the forming bar fed once) may take. */
    public static final long TICK_BUDGET_NANOS = 50_000_000L;
    /** Wall time after which a computation that waits instead of computing is given up (or four budgets). */
    public static final long BLOCKED_NANOS = 10_000_000_000L;

    /** The CPU time a job of {@code bars} bars may take. */
    static long budgetNanos(int bars) {
        return bars <= 1 ? TICK_BUDGET_NANOS : HISTORY_BUDGET_NANOS + BAR_BUDGET_NANOS * bars;
    }

    private final IndicatorSpec spec;
    private final Pane pane;
    private final boolean ownPane;
    private final DoubleColumn[] columns;
    private final ValueSeries[] series;
    private final java.util.List<Series> drawn = new java.util.ArrayList<>();
    private final IndicatorLane lane;
    private int generation;
    private int sent;
    private String error;

    IndicatorBinding(IndicatorSpec spec, Pane pane, boolean ownPane, Runnable onResult) {
        this.spec = spec;
        this.pane = pane;
        this.ownPane = ownPane;
        var outputs = spec.values().descriptor().outputs();
        columns = new DoubleColumn[outputs.size()];
        series = new ValueSeries[outputs.size()];
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
        lane = new IndicatorLane(spec, onResult);
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
     * Asks for values after bars from index {@code changedFrom} on changed ({@code -1}: recompute all).
     * Never waits: the values come with a later {@link #poll}. O(1) for a tick on the forming bar.
     */
    public void sync(BarStore bars, int changedFrom) {
        if (error != null) return;
        if (changedFrom < 0 || changedFrom < sent - 1 || bars.size() < sent) {
            generation++;
            for (DoubleColumn c : columns) c.truncate(0); // old values would sit on the wrong bars until the new ones come
            lane.reset(generation, bars);
        } else {
            lane.tick(bars);
        }
        sent = bars.size();
    }

    /** Takes the values the lane computed and watches its budget (UI thread, once a frame); true when anything changed. */
    public boolean poll() {
        if (error != null) return false;
        boolean took = lane.takeResults(generation, this);
        String reason = lane.overrun();
        if (reason != null) {
            fail(reason);
            return true;
        }
        return took;
    }

    /** True when every value asked for has been taken (or the indicator failed). */
    public boolean idle() {
        return error != null || lane.idle();
    }

    /** Stops the plugin's thread (the indicator left the chart). */
    void close() {
        lane.stop();
    }

    /** The thread the plugin's code runs on. */
    Thread thread() {
        return lane.thread();
    }

    @Override
    public void all(double[][] values, int size) {
        for (int k = 0; k < columns.length; k++) columns[k].adopt(values[k], size);
    }

    @Override
    public void some(double[][] values, int from, int to) {
        for (int k = 0; k < columns.length; k++) {
            double[] v = values[k];
            DoubleColumn c = columns[k];
            for (int i = from; i < to; i++) c.set(i, v[i - from]);
        }
    }

    private void fail(String reason) {
        java.util.logging.Logger.getLogger(IndicatorBinding.class.getName()).warning(spec.name() + " failed: " + reason);
        error = reason;
        lane.stop();
        for (Series s : drawn) s.fail(reason);
    }
}
