package org.candela.chart.model;

import java.util.Locale;

/** How the main series shows the bars. */
public enum ChartType {
    CANDLES, BARS, LINE, STEP, AREA, BASELINE, HISTOGRAM;

    /** Parses {@code candles}, {@code bars}, {@code line}, … (case-insensitive). */
    public static ChartType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a chart type: '" + text + "' (candles, bars, line, step, area, baseline, histogram)");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
