package org.candela.drawing.api;

/** The type of a drawing tool's property; decides the editor the properties dialog shows. */
public enum PropertyType {
    /** A colour as {@code 0xAARRGGBB} ({@link Integer}), written {@code #AARRGGBB} or {@code #RRGGBB}. */
    COLOR,
    /** A line width in pixels, 1 to 10 ({@link Integer}). */
    WIDTH,
    /** A {@link LineStyle}. */
    STYLE,
    /** A switch ({@link Boolean}). */
    BOOLEAN,
    /** A real number between {@link PropertySpec#min()} and {@link PropertySpec#max()} ({@link Double}). */
    NUMBER,
    /** Free text ({@link String}), written in double quotes when it holds a comma, a parenthesis or a quote. */
    TEXT,
    /** Levels, as Fibonacci ratios ({@code double[]}), written separated by spaces: {@code 0 0.382 0.618 1}. */
    LEVELS
}
