package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorDescriptor;
import org.osgi.service.component.annotations.Component;

/** Linearly weighted moving average. */
@Component(service = Indicator.class)
public final class WmaIndicator extends AverageIndicator {

    static final IndicatorDescriptor DESCRIPTOR = descriptor("wma", "Weighted Moving Average", "WMA", 0xFFAB47BC);

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Average average(int length) {
        return new Wma(length);
    }
}
