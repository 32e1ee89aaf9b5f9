package org.candela.drawing.api;

/** How a line is stroked. */
public enum LineStyle {
    SOLID, DASHED, DOTTED
}
