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
 * Average True Range as TA-Lib: the true range from the second bar on, Wilder-smoothed; the first value at
 * bar {@code length}.
 */
@Component(service = Indicator.class, property = "candela.indicator.id=atr")
public final class AtrIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("atr", "Average True Range")
            .group("Volatility")
            .parameter(ParameterSpec.integer("length", "Length", 14, 1, 1000))
            .output(OutputSpec.line("atr", "ATR", 0xFFF23645))
            .placement(Placement.PANE)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        int length = p.getInt("length");
        Wilder smoothing = new Wilder(length);
        return new Streaming(length) {
            private double previousClose = Double.NaN, formingClose = Double.NaN;

            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                if (newBar) previousClose = formingClose;
                formingClose = c;
                if (Double.isNaN(previousClose)) {
                    out[0] = Double.NaN;
                    return;
                }
                double tr = Math.max(h - l, Math.max(Math.abs(h - previousClose), Math.abs(l - previousClose)));
                out[0] = smoothing.update(newBar, tr);
            }
        };
    }
}
