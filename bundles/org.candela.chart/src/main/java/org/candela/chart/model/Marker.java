package org.candela.chart.model;

import java.util.Objects;

/**
 * A marker on a bar of a series: an arrow, circle or square above, below or inside the bar, or at a price,
 * with optional text (buy/sell signals, fills, alerts).
 *
 * <pre>{@code
 * series.setMarkers(List.of(
 *     new Marker(time, Marker.Position.BELOW_BAR, Marker.Shape.ARROW_UP, 0xFF26A69A, "Buy", Double.NaN)));
 * }</pre>
 *
 * @param time     open time of the bar the marker belongs to
 * @param position where it sits relative to the bar
 * @param shape    what it looks like
 * @param argb     its colour
 * @param text     text beside it ("" for none)
 * @param price    the price for {@link Position#AT_PRICE}, else ignored
 */
public record Marker(long time, Position position, Shape shape, int argb, String text, double price) {

    public enum Position { ABOVE_BAR, BELOW_BAR, IN_BAR, AT_PRICE }

    public enum Shape { ARROW_UP, ARROW_DOWN, CIRCLE, SQUARE }

    public Marker {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(shape, "shape");
        text = text == null ? "" : text;
        if (position == Position.AT_PRICE && !Double.isFinite(price)) {
            throw new IllegalArgumentException("a marker AT_PRICE needs a price");
        }
    }
}
