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

/** Linearly weighted moving average. */
@Component(service = Indicator.class, property = "candela.indicator.id=wma")
public final class WmaIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("wma", "Weighted Moving Average")
            .group("Moving averages")
            .parameter(ParameterSpec.integer("length", "Length", 20, 1, 5000))
            .parameter(ParameterSpec.source("source", "Source", PriceSource.CLOSE))
            .output(OutputSpec.line("wma", "WMA", 0xFFAB47BC))
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
        Wma wma = new Wma(length);
        return new Streaming(length - 1) {
            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                out[0] = wma.update(newBar, source.of(o, h, l, c, v));
            }
        };
    }
}
