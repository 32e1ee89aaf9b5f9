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

/**
 * Relative Strength Index with Wilder's smoothing of gains and losses, as TA-Lib: the first value at index
 * {@code length}; 0 when prices did not move at all.
 */
@Component(service = Indicator.class, property = "candela.indicator.id=rsi")
public final class RsiIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("rsi", "Relative Strength Index")
            .group("Oscillators")
            .parameter(ParameterSpec.integer("length", "Length", 14, 1, 1000))
            .parameter(ParameterSpec.source("source", "Source", PriceSource.CLOSE))
            .output(OutputSpec.line("rsi", "RSI", 0xFF7E57C2))
            .placement(Placement.PANE)
            .fixedRange(0, 100)
            .levels(30, 70)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        int length = p.getInt("length");
        PriceSource source = p.getSource("source");
        Change change = new Change();
        Wilder gains = new Wilder(length), losses = new Wilder(length);
        return new Streaming(length) {
            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                double d = change.update(newBar, source.of(o, h, l, c, v));
                if (Double.isNaN(d)) {
                    out[0] = Double.NaN;
                    return;
                }
                double g = gains.update(newBar, d > 0 ? d : 0), loss = losses.update(newBar, d < 0 ? -d : 0);
                double total = g + loss;
                out[0] = Double.isNaN(total) ? Double.NaN : isZero(total) ? 0 : 100 * (g / total);
            }
        };
    }

    /** TA-Lib's zero test. */
    static boolean isZero(double v) {
        return -1e-8 < v && v < 1e-8;
    }

    /** The change of a value from the last committed one; NaN for the first value. */
    static final class Change {
        private double last = Double.NaN, forming = Double.NaN;

        double update(boolean newBar, double x) {
            if (newBar) last = forming;
            forming = x;
            return x - last;
        }
    }
}
