package org.candela.chart.model;

/**
 * Colours of candlesticks, {@code 0xAARRGGBB}: bodies, borders and wicks for rising and falling bars. A
 * border drawn in the body colour (the default) shows no border.
 *
 * <pre>{@code
 * candles.setStyle(new CandleStyle(0xFF26A69A, 0xFFEF5350, 0xFF1B5E20, 0xFFB71C1C, 0xFF737375, 0xFF737375));
 * }</pre>
 */
public record CandleStyle(int upBody, int downBody, int upBorder, int downBorder, int upWick, int downWick) {

    /** Body, border and wick all in the theme's up and down colours. */
    public static CandleStyle of(Theme theme) {
        return new CandleStyle(theme.up(), theme.down(), theme.up(), theme.down(), theme.up(), theme.down());
    }

    /** Hollow up candles (only their border), as many traders like them. */
    public CandleStyle hollowUp(int background) {
        return new CandleStyle(background, downBody, upBorder, downBorder, upWick, downWick);
    }
}
