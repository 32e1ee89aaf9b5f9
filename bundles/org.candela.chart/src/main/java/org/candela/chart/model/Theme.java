package org.candela.chart.model;

/**
 * Colours of a chart, {@code 0xAARRGGBB}. {@link #DARK} follows Lightweight Charts' dark look.
 *
 * @param background plot and axis background
 * @param grid       grid lines
 * @param border     pane separators and axis borders
 * @param text       axis and legend text
 * @param up         rising candles and volume
 * @param down       falling candles and volume
 * @param crosshair  crosshair lines and label background
 * @param labelText  text on coloured tags (the last price, the crosshair's labels)
 * @param strongText text that stands out on the background: the chart's title, the day on the time axis
 */
public record Theme(String name, int background, int grid, int border, int text, int up, int down, int crosshair,
        int labelText, int strongText) {

    public static final Theme DARK = new Theme("dark", 0xFF131722, 0xFF1E222D, 0xFF2A2E39, 0xFFB2B5BE, 0xFF26A69A,
            0xFFEF5350, 0xFF758696, 0xFFFFFFFF, 0xFFFFFFFF);
    public static final Theme LIGHT = new Theme("light", 0xFFFFFFFF, 0xFFF0F3FA, 0xFFE0E3EB, 0xFF131722, 0xFF089981,
            0xFFF23645, 0xFF9598A1, 0xFFFFFFFF, 0xFF000000);

    /** {@link #DARK} or {@link #LIGHT} by name ({@code dark}, {@code light}). */
    public static Theme named(String name) {
        if ("light".equalsIgnoreCase(name)) return LIGHT;
        if ("dark".equalsIgnoreCase(name)) return DARK;
        throw new IllegalArgumentException("not a theme: '" + name + "' (dark, light)");
    }

    /** {@code a} blended towards {@code b} by {@code t} (0–1), every channel including alpha. */
    public static int mix(int a, int b, float t) {
        int out = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            int ca = (a >>> shift) & 255, cb = (b >>> shift) & 255;
            out |= Math.round(ca + (cb - ca) * t) << shift;
        }
        return out;
    }

    /** The same colour with alpha {@code a} (0–255). */
    public static int withAlpha(int argb, int a) {
        return (a << 24) | (argb & 0xFFFFFF);
    }
}
