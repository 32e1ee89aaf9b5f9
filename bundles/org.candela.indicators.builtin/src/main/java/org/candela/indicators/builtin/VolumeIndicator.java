package org.candela.indicators.builtin;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.OutputSpec;
import org.candela.indicator.api.ParameterValues;
import org.candela.indicator.api.Placement;
import org.osgi.service.component.annotations.Component;

/** Each bar's volume as a histogram in a pane of its own. */
@Component(service = Indicator.class, property = "candela.indicator.id=volume")
public final class VolumeIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("volume", "Volume")
            .group("Volume")
            .output(OutputSpec.histogram("volume", "Volume", 0xFF26A69A))
            .placement(Placement.PANE)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        return new Streaming(0) {
            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                out[0] = v;
            }

            @Override
            public void batch(long[] time, double[] open, double[] high, double[] low, double[] close,
                    double[] volume, int from, int to, double[][] outputs) {
                System.arraycopy(volume, from, outputs[0], from, to - from);
            }
        };
    }
}
