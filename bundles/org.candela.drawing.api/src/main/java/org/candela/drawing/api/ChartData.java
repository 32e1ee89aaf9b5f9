package org.candela.drawing.api;

/**
 * The bars of the chart a drawing is on, read-only, for tools that follow prices (a regression channel, the
 * measure tool's bar count, the magnet). Valid only during the call it is passed to.
 */
public interface ChartData {

    /** How many bars. */
    int size();

    /** The open time of bar {@code i} (epoch milliseconds), oldest first. */
    long time(int i);

    double open(int i);

    double high(int i);

    double low(int i);

    double close(int i);

    /** The chart's bar length in milliseconds (a month's for monthly bars: about 30 days). */
    long barMillis();

    /** The decimals the chart shows prices with (the instrument's quote: 2 for BTC/USD, 5 for EUR/USD). */
    int priceDecimals();

    /** {@code price} as the chart writes prices: with {@link #priceDecimals} decimals. */
    default String format(double price) {
        return String.format(java.util.Locale.ROOT, "%." + priceDecimals() + "f", price);
    }

    /** The bar open at {@code time}: the last one opening at or before it (-1 before the first). */
    int indexAt(long time);
}
