package org.candela.chart.scale;

import java.util.Locale;

/** How prices map to the vertical axis. */
public enum PriceScaleMode {
    /** Linear in price. */
    NORMAL,
    /** Linear in log10(price): equal moves in percent look equal. */
    LOG,
    /** Percent change from the first visible bar's close. */
    PERCENT,
    /** The first visible bar's close is 100. */
    INDEXED;

    /** Parses {@code normal}, {@code log}, {@code percent}, {@code indexed} (case-insensitive). */
    public static PriceScaleMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a price scale: '" + text + "' (normal, log, percent, indexed)");
        }
    }
}
