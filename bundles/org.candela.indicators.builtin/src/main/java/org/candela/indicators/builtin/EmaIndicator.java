package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorDescriptor;
import org.osgi.service.component.annotations.Component;

/** Exponential moving average (TA-Lib seeding: the SMA of the first {@code length} values). */
@Component(service = Indicator.class)
public final class EmaIndicator extends AverageIndicator {

    static final IndicatorDescriptor DESCRIPTOR = descriptor("ema", "Exponential Moving Average", "EMA", 0xFFFF6D00);

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Average average(int length) {
        return new Ema(length);
    }
}
