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
 * Bollinger Bands as TA-Lib's BBANDS with an SMA: the middle band is the SMA, the others are {@code mult}
 * population standard deviations of the same window above and below it. The band between upper and lower
 * is filled.
 */
@Component(service = Indicator.class, property = "candela.indicator.id=bb")
public final class BollingerIndicator implements Indicator {

    static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("bb", "Bollinger Bands")
            .group("Volatility")
            .parameter(ParameterSpec.integer("length", "Length", 20, 1, 5000))
            .parameter(ParameterSpec.real("mult", "Standard deviations", 2, 0.1, 10, 0.1))
            .parameter(ParameterSpec.source("source", "Source", PriceSource.CLOSE))
            .output(OutputSpec.line("middle", "Basis", 0xFFFF6D00))
            .output(OutputSpec.band("upper", "Upper", 0xFF2962FF))
            .output(OutputSpec.line("lower", "Lower", 0xFF2962FF))
            .placement(Placement.OVERLAY)
            .build();

    @Override
    public IndicatorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public IndicatorComputation create(ParameterValues p) {
        int length = p.getInt("length");
        double mult = p.getDouble("mult");
        PriceSource source = p.getSource("source");
        Sma middle = new Sma(length);
        Deviation deviation = new Deviation(length);
        return new Streaming(length - 1) {
            @Override
            public void update(boolean newBar, long time, double o, double h, double l, double c, double v,
                    double[] out) {
                double x = source.of(o, h, l, c, v);
                double m = middle.update(newBar, x), d = mult * deviation.update(newBar, x);
                out[0] = m;
                out[1] = m + d;
                out[2] = m - d;
            }
        };
    }

    /**
     * Population standard deviation of the last {@code length} values, from running sums of the values less
     * an anchor (a recent value, renewed when the sums are recomputed every 4096 bars) so prices near 100,000
     * keep their precision. A variance below 1e-13 of the squared price is rounding, not movement, and counts
     * as 0 (TA-Lib uses an absolute 1e-8, which would flatten the bands of a coin priced below 0.01).
     * O(1) per update.
     */
    static final class Deviation {
        private final int length;
        private final double[] ring;
        private int head, filled;
        private double anchor = Double.NaN, sum, squares;
        private double forming = Double.NaN;
        private long commits;

        Deviation(int length) {
            this.length = length;
            ring = new double[length - 1];
        }

        double update(boolean newBar, double x) {
            if (newBar && !Double.isNaN(forming)) commit(forming);
            forming = x;
            if (ring.length == 0) return 0;
            if (filled < ring.length) return Double.NaN;
            double y = x - anchor;
            double mean = (sum + y) / length, variance = (squares + y * y) / length - mean * mean;
            double price = anchor + mean;
            return variance > 1e-13 * price * price ? Math.sqrt(variance) : 0;
        }

        private void commit(double x) {
            if (ring.length == 0) return;
            if (Double.isNaN(anchor)) anchor = x;
            if (filled == ring.length) {
                double old = ring[head] - anchor;
                sum -= old;
                squares -= old * old;
            } else filled++;
            ring[head] = x;
            double y = x - anchor;
            sum += y;
            squares += y * y;
            if (++head == ring.length) head = 0;
            if (++commits % 4096 == 0) resum(x);
        }

        private void resum(double newAnchor) {
            anchor = newAnchor;
            double s = 0, q = 0;
            for (int i = 0; i < filled; i++) {
                double y = ring[i] - anchor;
                s += y;
                q += y * y;
            }
            sum = s;
            squares = q;
        }
    }
}
