package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.osgi.service.component.annotations.Component;

/** Donchian channel: the highest high and lowest low of the last {@code length} bars, and their middle. */
@Component(service = Indicator.class, property = "candela.indicator.id=donchian")
public final class DonchianIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("donchian", "Donchian Channel")
            .group("Volatility")
            .parameter(ParameterSpec.integer("length", "Length", 20, 1, 5000))
            .output(OutputSpec.band("upper", "Upper", 0xFF2962FF))
            .output(OutputSpec.line("lower", "Lower", 0xFF2962FF))
            .output(OutputSpec.line("middle", "Basis", 0xFFFF6D00))
            .placement(Placement.OVERLAY)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        int length = p.getInt("length");
        Extreme highest = new Extreme(length, true), lowest = new Extreme(length, false);
        return new Streaming(length - 1) {
            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                double hh = highest.update(newBar, h), ll = lowest.update(newBar, l);
                out[0] = hh;
                out[1] = ll;
                out[2] = (hh + ll) / 2;
            }
        };
    }
}
