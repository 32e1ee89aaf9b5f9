package org.candela.indicators.builtin;

import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.PriceSource;

/** What the built-in computations share: their warm-up, and the bar array a plain price source reads. */
abstract class Streaming implements IndicatorComputation {

    private final int warmup;

    Streaming(int warmup) {
        this.warmup = warmup;
    }

    @Override
    public final int warmup() {
        return warmup;
    }

    /** The array {@code source} reads, or null for a derived source (HL2, HLC3, OHLC4). */
    static double[] column(PriceSource source, double[] open, double[] high, double[] low, double[] close,
            double[] volume) {
        return switch (source) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            case VOLUME -> volume;
            default -> null;
        };
    }
}
