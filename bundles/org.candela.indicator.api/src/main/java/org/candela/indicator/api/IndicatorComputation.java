package org.candela.indicator.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A streaming calculation over bars. The host feeds bars in time order; each call writes one value per
 * output into {@code out} (in the order of {@link IndicatorDescriptor#outputs()}), {@code NaN} where the
 * value is missing (for example during warm-up).
 *
 * <p>{@code newBar == true} appends a bar. {@code newBar == false} replaces the last bar fed (the forming
 * candle moved): the result must equal what a computation fed the final bar once would give. Both must be
 * O(1) and allocation-free for a well-behaved indicator; the host calls them on every tick.
 *
 * <pre>{@code
 * double[] out = new double[1];
 * c.update(true,  t0, 10, 11, 9, 10.5, 100, out);  // bar 0
 * c.update(true,  t1, 10.5, 12, 10, 11, 80, out);  // bar 1 opens
 * c.update(false, t1, 10.5, 12.5, 10, 12, 95, out); // bar 1 moved: replaces the previous call
 * }</pre>
 *
 * <p>History is fed through {@link #batch}, which an indicator may override with a tighter loop over the
 * arrays; it must give exactly what feeding the same bars through {@link #update} would.
 *
 * <p>Threads: the host calls a computation from one thread at a time, the indicator's own, never the UI
 * thread, so it need not be thread-safe; it is given a CPU-time budget per call (docs/PLUGINS.md).
 */
@ConsumerType
public interface IndicatorComputation {

    /** How many bars are needed before the first value; values before that are {@code NaN}. */
    int warmup();

    /** Feeds one bar; see the class documentation. */
    void update(boolean newBar, long time, double open, double high, double low, double close, double volume,
            double[] out);

    /**
     * Feeds bars {@code from..to-1} of the arrays as new bars, writing output {@code k} of bar {@code i} to
     * {@code outputs[k][i]}. Afterwards the last bar fed is the one {@code update(false, ...)} replaces.
     *
     * <pre>{@code
     * double[][] outs = {new double[n]};
     * c.batch(time, open, high, low, close, volume, 0, n, outs);   // then c.update(...) per tick
     * }</pre>
     */
    default void batch(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume,
            int from, int to, double[][] outputs) {
        double[] out = new double[outputs.length];
        for (int i = from; i < to; i++) {
            update(true, time[i], open[i], high[i], low[i], close[i], volume[i], out);
            for (int k = 0; k < out.length; k++) outputs[k][i] = out[k];
        }
    }
}
