package org.candela.connector.replay;

import java.util.List;
import java.util.Locale;

/**
 * A simulated instrument: where its price starts, its tick size, its typical volume per minute and its
 * annual volatility. The symbol list of the replay feed.
 */
record Instrument(String symbol, double startPrice, double tickSize, double volumePerMinute, double annualVol) {

    static final List<Instrument> ALL = List.of(
            new Instrument("BTC/USD", 30_000, 0.1, 6, 0.55),
            new Instrument("ETH/USD", 2_000, 0.01, 70, 0.70),
            new Instrument("SOL/USD", 100, 0.001, 900, 0.95),
            new Instrument("EUR/USD", 1.08, 0.00001, 40_000, 0.07));

    static Instrument find(String symbol) {
        for (Instrument i : ALL) {
            if (i.symbol.equalsIgnoreCase(symbol.trim())) return i;
        }
        throw new IllegalArgumentException("replay has no symbol '" + symbol + "'; it offers "
                + String.join(", ", ALL.stream().map(Instrument::symbol).toList()));
    }

    long seed() {
        return symbol.toUpperCase(Locale.ROOT).hashCode() * 0x9E3779B97F4A7C15L;
    }

    /**
     * The price on the tick grid, as the double nearest to the decimal (24890.6, not 24890.600000000002):
     * whole ticks divided by ticks per unit, which is exact where multiplying by 0.1 is not.
     */
    double round(double price) {
        double ticks = Math.round(price / tickSize), perUnit = 1 / tickSize;
        return perUnit == Math.rint(perUnit) ? ticks / perUnit : ticks * tickSize;
    }
}
