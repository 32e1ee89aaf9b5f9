package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.candela.indicator.api.PriceSource;
import org.osgi.service.component.annotations.Component;

/** Exponential moving average (TA-Lib seeding: the SMA of the first {@code length} values). */
@Component(service = Indicator.class, property = "candela.indicator.id=ema")
public final class EmaIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("ema", "Exponential Moving Average")
            .group("Moving averages")
            .parameter(ParameterSpec.integer("length", "Length", 20, 1, 5000))
            .parameter(ParameterSpec.source("source", "Source", PriceSource.CLOSE))
            .output(OutputSpec.line("ema", "EMA", 0xFFFF6D00))
            .placement(Placement.OVERLAY)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        int length = p.getInt("length");
        PriceSource source = p.getSource("source");
        Ema ema = new Ema(length);
        return new Streaming(length - 1) {
            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                out[0] = ema.update(newBar, source.of(o, h, l, c, v));
            }

            @Override
            public void batch(long[] time, double[] open, double[] high, double[] low, double[] close,
                    double[] volume, int from, int to, double[][] outputs) {
                double[] values = column(source, open, high, low, close, volume);
                if (values == null) super.batch(time, open, high, low, close, volume, from, to, outputs);
                else ema.batch(values, from, to, outputs[0]);
            }
        };
    }
}
