package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.osgi.service.component.annotations.Component;

/**
 * Slow stochastic as TA-Lib's STOCH with simple averages: %K is the SMA of the raw %K over {@code k}
 * bars, %D the SMA of %K over {@code d}; both start at bar {@code length + k + d − 3} (17 for 14, 3, 3).
 * A window without range gives a raw %K of 0.
 */
@Component(service = Indicator.class, property = "candela.indicator.id=stoch")
public final class StochasticIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("stoch", "Stochastic")
            .group("Oscillators")
            .parameter(ParameterSpec.integer("length", "%K length", 14, 1, 1000))
            .parameter(ParameterSpec.integer("k", "%K smoothing", 3, 1, 100))
            .parameter(ParameterSpec.integer("d", "%D smoothing", 3, 1, 100))
            .output(OutputSpec.line("k", "%K", 0xFF2962FF))
            .output(OutputSpec.line("d", "%D", 0xFFFF6D00))
            .placement(Placement.PANE)
            .fixedRange(0, 100)
            .levels(20, 80)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        int length = p.getInt("length"), kLength = p.getInt("k"), dLength = p.getInt("d");
        Extreme highest = new Extreme(length, true), lowest = new Extreme(length, false);
        Sma slowK = new Sma(kLength), slowD = new Sma(dLength);
        return new Streaming(length + kLength + dLength - 3) {
            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                double hh = highest.update(newBar, h), ll = lowest.update(newBar, l);
                out[0] = out[1] = Double.NaN;
                if (Double.isNaN(hh)) return;
                double diff = (hh - ll) / 100.0;
                double raw = diff != 0 ? (c - ll) / diff : 0;
                double k = slowK.update(newBar, raw);
                if (Double.isNaN(k)) return;
                double d = slowD.update(newBar, k);
                if (Double.isNaN(d)) return;
                out[0] = k;
                out[1] = d;
            }
        };
    }
}
