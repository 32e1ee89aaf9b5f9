package org.candela.chart.model;

import java.util.Objects;

/**
 * A horizontal line at a price across a pane, with its price (and title) on the axis: an order, a stop, an
 * alert level.
 *
 * <pre>{@code
 * pane.addPriceLine(new PriceLine(30_000, 0xFFFF9800, 1, LineStyle.DASHED, "Stop", true));
 * }</pre>
 *
 * @param price     where it is
 * @param argb      its colour
 * @param width     line width in pixels
 * @param style     solid, dotted or dashed
 * @param title     shown on the axis label before the price ("" for none)
 * @param axisLabel whether the axis shows its label
 */
public record PriceLine(double price, int argb, float width, LineStyle style, String title, boolean axisLabel) {
    public PriceLine {
        Objects.requireNonNull(style, "style");
        title = title == null ? "" : title;
        if (!Double.isFinite(price)) throw new IllegalArgumentException("a price line needs a finite price");
    }
}
