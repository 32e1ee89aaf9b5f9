package org.candela.chart.session;

import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.candela.chart.model.LineSeries;
import org.candela.chart.model.Pane;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterValues;

/**
 * One indicator on one chart: its computation, one value column and line series per output, and the pane
 * it draws in. Feeds bars incrementally: a tick re-feeds only the forming bar. A plugin that throws, or
 * returns infinity, or NaN after its warm-up, is marked failed; the chart keeps running without it.
 */
public final class IndicatorBinding {

    private final Indicator indicator;
    private final ParameterValues parameters;
    private final Pane pane;
    private final boolean ownPane;
    private final DoubleColumn[] columns;
    private final LineSeries[] lines;
    private final double[] out;
    private IndicatorComputation computation;
    private int warmup;
    private int fed;
    private String error;

    IndicatorBinding(Indicator indicator, ParameterValues parameters, Pane pane, boolean ownPane) {
        this.indicator = indicator;
        this.parameters = parameters;
        this.pane = pane;
        this.ownPane = ownPane;
        var outputs = parameters.descriptor().outputs();
        columns = new DoubleColumn[outputs.size()];
        lines = new LineSeries[outputs.size()];
        out = new double[outputs.size()];
        String name = parameters.shortName().toUpperCase(java.util.Locale.ROOT);
        for (int k = 0; k < outputs.size(); k++) {
            OutputSpec o = outputs.get(k);
            columns[k] = new DoubleColumn(1024);
            lines[k] = new LineSeries(outputs.size() == 1 ? name : name + " " + o.label(), columns[k], o.argb());
        }
    }

    public Indicator indicator() {
        return indicator;
    }

    public ParameterValues parameters() {
        return parameters;
    }

    public Pane pane() {
        return pane;
    }

    /** True when the indicator has a pane of its own (removed with it). */
    public boolean ownPane() {
        return ownPane;
    }

    public LineSeries[] lines() {
        return lines;
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
        try {
            if (computation == null || changedFrom < 0 || changedFrom < fed - 1) restart();
            int n = bars.size();
            if (fed > 0 && fed <= n) feed(bars, fed - 1, false);
            while (fed < n) {
                feed(bars, fed, true);
                fed++;
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            fail(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void restart() {
        computation = indicator.create(parameters);
        warmup = Math.max(0, computation.warmup());
        fed = 0;
        for (DoubleColumn c : columns) c.truncate(0);
    }

    private void feed(BarStore bars, int i, boolean newBar) {
        computation.update(newBar, bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i),
                bars.volume(i), out);
        for (int k = 0; k < out.length; k++) {
            double v = out[k];
            if (Double.isInfinite(v) || (Double.isNaN(v) && i >= warmup)) {
                throw new IllegalStateException("returned " + v + " at bar " + i + " for " + lines[k].title());
            }
            columns[k].set(i, v);
        }
    }

    private void fail(String reason) {
        error = reason;
        for (LineSeries l : lines) l.fail(reason);
    }
}
