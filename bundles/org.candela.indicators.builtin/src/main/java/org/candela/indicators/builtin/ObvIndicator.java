package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.osgi.service.component.annotations.Component;

/** On-Balance Volume as TA-Lib: the first bar's volume, then plus or minus each bar's volume as it closes up or down. */
@Component(service = Indicator.class, property = "candela.indicator.id=obv")
public final class ObvIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("obv", "On-Balance Volume")
            .group("Volume")
            .output(OutputSpec.line("obv", "OBV", 0xFF2962FF))
            .placement(Placement.PANE)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        return new Streaming(0) {
            private double obv = Double.NaN, close = Double.NaN;
            private double formingObv = Double.NaN, formingClose = Double.NaN;

            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                if (newBar) {
                    obv = formingObv;
                    close = formingClose;
                }
                formingClose = c;
                if (Double.isNaN(obv)) formingObv = v;
                else formingObv = c > close ? obv + v : c < close ? obv - v : obv;
                out[0] = formingObv;
            }
        };
    }
}
