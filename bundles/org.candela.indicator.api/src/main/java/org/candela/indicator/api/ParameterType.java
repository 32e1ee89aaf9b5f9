package org.candela.indicator.api;

/** The type of an indicator parameter; decides the editor the settings dialog shows. */
public enum ParameterType {
    /** A whole number ({@link Integer}). */
    INT,
    /** A real number ({@link Double}). */
    DOUBLE,
    /** A switch ({@link Boolean}). */
    BOOLEAN,
    /** One of {@link ParameterSpec#choices()} ({@link String}). */
    ENUM,
    /** A colour as {@code 0xAARRGGBB} ({@link Integer}). */
    COLOR,
    /** Which value of a bar feeds the indicator ({@link PriceSource}). */
    SOURCE
}
