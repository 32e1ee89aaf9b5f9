package com.example.momentum;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.osgi.service.component.annotations.Component;

/**
 * Momentum: close minus the close {@code length} bars ago, in a pane of its own with a zero level. A DS
 * component providing {@link Indicator} is all Candela needs to find it.
 */
@Component(service = Indicator.class)
public final class MomentumIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("momentum", "Momentum")
            .group("Momentum")
            .parameter(ParameterSpec.integer("length", "Length", 10, 1, 1000))
            .output(OutputSpec.line("momentum", "Momentum", 0xFFFF9800))
            .placement(Placement.PANE)
            .levels(0)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues parameters) {
        return new Momentum(parameters.getInt("length"));
    }
}
