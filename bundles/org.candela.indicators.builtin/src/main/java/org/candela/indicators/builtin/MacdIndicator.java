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

/**
 * MACD as TA-Lib computes it: both EMAs are seeded at bar {@code slow − 1} (the fast one with the average
 * of the {@code fast} values before it, not of the first ones), the signal is an EMA of the MACD line, and
 * all three outputs start together at bar {@code slow + signal − 2} (33 for 12, 26, 9).
 */
@Component(service = Indicator.class, property = "candela.indicator.id=macd")
public final class MacdIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("macd", "MACD")
            .group("Oscillators")
            .parameter(ParameterSpec.integer("fast", "Fast length", 12, 1, 1000))
            .parameter(ParameterSpec.integer("slow", "Slow length", 26, 2, 1000))
            .parameter(ParameterSpec.integer("signal", "Signal length", 9, 1, 1000))
            .parameter(ParameterSpec.source("source", "Source", PriceSource.CLOSE))
            .output(OutputSpec.line("macd", "MACD", 0xFF2962FF))
            .output(OutputSpec.line("signal", "Signal", 0xFFFF6D00))
            .output(OutputSpec.histogram("histogram", "Histogram", 0xFF26A69A))
            .placement(Placement.PANE)
            .levels(0)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        int fastLength = p.getInt("fast"), slowLength = p.getInt("slow"), signalLength = p.getInt("signal");
        if (fastLength >= slowLength) {
            throw new IllegalArgumentException("macd: the fast length (" + fastLength
                    + ") must be below the slow length (" + slowLength + ")");
        }
        PriceSource source = p.getSource("source");
        int fastStart = slowLength - fastLength;
        Ema fast = new Ema(fastLength), slow = new Ema(slowLength), signal = new Ema(signalLength);
        return new Streaming(slowLength - 1 + signalLength - 1) {
            private int index = -1;

            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                if (newBar) index++;
                double x = source.of(o, h, l, c, v);
                double s = slow.update(newBar, x);
                double f = index >= fastStart ? fast.update(newBar, x) : Double.NaN;
                double line = f - s;
                double sig = Double.isNaN(line) ? Double.NaN : signal.update(newBar, line);
                boolean ready = !Double.isNaN(sig);
                out[0] = ready ? line : Double.NaN;
                out[1] = sig;
                out[2] = ready ? line - sig : Double.NaN;
            }
        };
    }
}
