package com.example.hostile;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.ParameterValues;
import org.osgi.service.component.annotations.Component;

/** An indicator that cannot say what it is. */
@Component(service = Indicator.class)
public final class NoDescriptorIndicator implements Indicator {

    @Override
    public IndicatorDescriptor descriptor() {
        throw new UnsupportedOperationException("descriptor exploded");
    }

    @Override
    public IndicatorComputation create(ParameterValues parameters) {
        throw new UnsupportedOperationException("never asked");
    }
}
