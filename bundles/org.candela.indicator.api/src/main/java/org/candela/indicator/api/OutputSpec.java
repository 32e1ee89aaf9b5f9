package org.candela.indicator.api;

import java.util.Objects;

/**
 * One named output of an indicator and how it is drawn by default.
 *
 * <pre>{@code
 * OutputSpec.line("signal", "Signal", 0xFFFF6D00)
 * }</pre>
 *
 * @param key   stable id, used in exports as {@code macd(12,26,9).signal}
 * @param label shown in the legend
 * @param style default plot style
 * @param argb  default colour, {@code 0xAARRGGBB}
 */
public record OutputSpec(String key, String label, PlotStyle style, int argb) {
    public OutputSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
    }

    /** A line output. */
    public static OutputSpec line(String key, String label, int argb) {
        return new OutputSpec(key, label, PlotStyle.LINE, argb);
    }

    /** Dots, one per bar. */
    public static OutputSpec dots(String key, String label, int argb) {
        return new OutputSpec(key, label, PlotStyle.DOTS, argb);
    }

    /** A line that is also the upper edge of a band filled down to the next output (Bollinger upper). */
    public static OutputSpec band(String key, String label, int argb) {
        return new OutputSpec(key, label, PlotStyle.BAND, argb);
    }

    /** A histogram output. */
    public static OutputSpec histogram(String key, String label, int argb) {
        return new OutputSpec(key, label, PlotStyle.HISTOGRAM, argb);
    }
}
