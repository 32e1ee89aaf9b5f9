package org.candela.indicator.api;

/** Where an indicator draws. */
public enum Placement {
    /** On the price pane, sharing its price scale (moving averages, bands). */
    OVERLAY,
    /** In a pane of its own below the price pane, with its own Y-locked scale (RSI, MACD). */
    PANE
}
