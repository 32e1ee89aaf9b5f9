package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorDescriptor;
import org.osgi.service.component.annotations.Component;

/** Simple moving average of a price source, drawn over the candles. */
@Component(service = Indicator.class)
public final class SmaIndicator extends AverageIndicator {

    static final IndicatorDescriptor DESCRIPTOR = descriptor("sma", "Simple Moving Average", "SMA", 0xFF2962FF);

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Average average(int length) {
        return new Sma(length);
    }
}
