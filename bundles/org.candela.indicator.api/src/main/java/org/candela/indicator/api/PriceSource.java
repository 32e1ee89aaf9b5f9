package org.candela.indicator.api;

/**
 * Which value of a bar an indicator reads.
 *
 * <pre>{@code
 * double v = PriceSource.HLC3.of(open, high, low, close, volume);
 * }</pre>
 */
public enum PriceSource {
    OPEN, HIGH, LOW, CLOSE, HL2, HLC3, OHLC4, VOLUME;

    /** The value of this source for one bar. */
    public double of(double open, double high, double low, double close, double volume) {
        return switch (this) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            case HL2 -> (high + low) / 2;
            case HLC3 -> (high + low + close) / 3;
            case OHLC4 -> (open + high + low + close) / 4;
            case VOLUME -> volume;
        };
    }
}
