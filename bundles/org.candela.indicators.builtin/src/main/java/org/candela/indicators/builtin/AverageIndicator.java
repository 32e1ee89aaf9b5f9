package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.candela.indicator.api.PriceSource;

/** A moving average of a price source over the candles (SMA, EMA, WMA): one length, one source, one line. */
abstract class AverageIndicator implements Indicator {

    /** The streaming average itself. */
    interface Average {
        /** Appends ({@code newBar}) or replaces the forming value; the average, or NaN in warm-up. */
        double update(boolean newBar, double value);

        /** {@link #update}{@code (true, values[i])} for {@code i} in {@code from..to-1}, into {@code out[i]}. */
        default void batch(double[] values, int from, int to, double[] out) {
            for (int i = from; i < to; i++) out[i] = update(true, values[i]);
        }
    }

    static IndicatorDescriptor descriptor(String id, String name, String label, int argb) {
        return IndicatorDescriptor.builder(id, name)
                .group("Moving averages")
                .parameter(ParameterSpec.integer("length", "Length", 20, 1, 5000))
                .parameter(ParameterSpec.source("source", "Source", PriceSource.CLOSE))
                .output(OutputSpec.line(id, label, argb))
                .placement(Placement.OVERLAY)
                .build();
    }

    /** A new average over {@code length} values. */
    protected abstract Average average(int length);

    @Override
    public final IndicatorComputation create(ParameterValues p) {
        int length = p.getInt("length");
        PriceSource source = p.getSource("source");
        Average average = average(length);
        return new Streaming(length - 1) {
            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                out[0] = average.update(newBar, source.of(o, h, l, c, v));
            }

            @Override
            public void batch(long[] time, double[] open, double[] high, double[] low, double[] close,
                    double[] volume, int from, int to, double[][] outputs) {
                double[] values = column(source, open, high, low, close, volume);
                if (values == null) super.batch(time, open, high, low, close, volume, from, to, outputs);
                else average.batch(values, from, to, outputs[0]);
            }
        };
    }
}
