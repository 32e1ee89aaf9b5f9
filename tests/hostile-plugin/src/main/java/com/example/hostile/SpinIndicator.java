package com.example.hostile;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.osgi.service.component.annotations.Component;

/**
 * Fast over history, then computes without end on the first tick of the forming bar: a plugin stuck in a loop. (It stops when
 * its thread is interrupted, so that the test's JVM does not keep a core busy after the chart gave up on it.)
 */
@Component(service = Indicator.class)
public final class SpinIndicator implements Indicator {

    private static final IndicatorDescriptor D = IndicatorDescriptor.builder("spin", "Spins on ticks")
            .output(OutputSpec.line("v", "Value", 0xFFFF0000)).placement(Placement.OVERLAY).build();

    @Override
    public IndicatorDescriptor descriptor() {
        return D;
    }

    @Override
    public IndicatorComputation create(ParameterValues parameters) {
        return new IndicatorComputation() {
            @Override
            public int warmup() {
                return 0;
            }

            @Override
            public void update(boolean newBar, long time, double open, double high, double low, double close, double volume,
                    double[] out) {
                if (!newBar) { // a tick on the forming bar
                    while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
                }
                out[0] = close;
            }

            @Override
            public void batch(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume, int from,
                    int to, double[][] outputs) {
                System.arraycopy(close, from, outputs[0], from, to - from);
            }
        };
    }
}
