package org.candela.indicators.builtin;

import org.candela.marketdata.api.Timeframe;
import java.util.List;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.osgi.service.component.annotations.Component;

/**
 * Volume-weighted average price, anchored to a session: the sum of typical price (H+L+C)/3 times volume
 * over the sum of volume since the session opened (a UTC day, a week from Monday 00:00 UTC, or a calendar
 * month). Until the session has traded, the typical price.
 */
@Component(service = Indicator.class, property = "candela.indicator.id=vwap")
public final class VwapIndicator implements Indicator {

    static final List<String> ANCHORS = List.of("session", "week", "month");
    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("vwap", "VWAP")
            .group("Volume")
            .parameter(ParameterSpec.choice("anchor", "Anchor period", "session", ANCHORS))
            .output(OutputSpec.line("vwap", "VWAP", 0xFF2962FF))
            .placement(Placement.OVERLAY)
            .build();


    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        int anchor = ANCHORS.indexOf(p.getString("anchor"));
        return new Streaming(0) {
            private long session = Long.MIN_VALUE, formingSession = Long.MIN_VALUE;
            private double priceVolume, volume, formingPriceVolume, formingVolume;

            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                if (newBar && formingSession != Long.MIN_VALUE) {
                    session = formingSession;
                    priceVolume = formingPriceVolume;
                    volume = formingVolume;
                }
                formingSession = session(time, anchor);
                double typical = (h + l + c) / 3;
                boolean same = formingSession == session;
                formingPriceVolume = (same ? priceVolume : 0) + typical * v;
                formingVolume = (same ? volume : 0) + v;
                out[0] = formingVolume > 0 ? formingPriceVolume / formingVolume : typical;
            }
        };
    }

    /** The open time of the session {@code time} falls in: UTC days, Monday weeks, or calendar months. */
    static long session(long time, int anchor) {
        return switch (anchor) { // the market-data API's own calendar arithmetic, allocation-free
            case 0 -> Timeframe.D1.openTime(time);
            case 1 -> Timeframe.W1.openTime(time);
            default -> Timeframe.MONTH.openTime(time);
        };
    }
}
