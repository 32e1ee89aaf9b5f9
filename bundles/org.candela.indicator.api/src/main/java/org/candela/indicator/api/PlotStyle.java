package org.candela.indicator.api;

/** How one output is drawn. */
public enum PlotStyle {
    LINE, HISTOGRAM, DOTS,
    /** Fill between this output and the next one (e.g. Bollinger upper and lower). */
    BAND
}
