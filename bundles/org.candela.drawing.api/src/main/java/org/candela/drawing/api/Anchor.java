package org.candela.drawing.api;

/**
 * A point the user placed, in chart coordinates: a time (epoch milliseconds, UTC; between or beyond bars
 * too) and a price. A drawing is its anchors and its properties; it does not move when the view does.
 *
 * @param time  epoch milliseconds
 * @param price in the instrument's units (whatever the price scale's mode)
 */
public record Anchor(long time, double price) {

    public Anchor {
        if (!Double.isFinite(price)) throw new IllegalArgumentException("an anchor's price must be a number, was " + price);
    }
}
