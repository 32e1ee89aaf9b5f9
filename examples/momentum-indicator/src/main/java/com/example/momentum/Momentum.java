package com.example.momentum;

import org.candela.indicator.api.IndicatorComputation;

/** The streaming calculation: a ring of the last {@code length} committed closes. O(1), no allocation. */
final class Momentum implements IndicatorComputation {

    private final double[] closes;
    private int count;
    private double forming = Double.NaN;

    Momentum(int length) {
        closes = new double[length];
    }

    @Override
    public int warmup() {
        return closes.length;
    }

    @Override
    public void update(boolean newBar, long time, double open, double high, double low, double close, double volume,
            double[] out) {
        if (newBar && !Double.isNaN(forming)) {
            closes[count % closes.length] = forming;
            count++;
        }
        forming = close;
        // closes[count % length] holds the close `length` bars before the forming one, once count >= length
        out[0] = count >= closes.length ? close - closes[count % closes.length] : Double.NaN;
    }
}
