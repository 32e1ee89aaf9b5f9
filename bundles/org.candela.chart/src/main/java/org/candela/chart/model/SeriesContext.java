package org.candela.chart.model;

import org.candela.chart.scale.PriceScale;
import org.candela.chart.scale.TimeScale;

/**
 * What a series needs to convert itself to pixels for one frame: the scales, the visible bar indexes
 * (inclusive, clamped to the data) and the pane's top in the frame.
 */
public record SeriesContext(TimeScale time, PriceScale price, int from, int to, float paneTop, float paneHeight,
        Theme theme) {

    /** Y in the frame of {@code price}. */
    public float y(double price) {
        return (float) (paneTop + this.price.priceToY(price));
    }

    /** X in the frame of the centre of bar {@code index}. */
    public float x(int index) {
        return (float) time.indexToX(index);
    }
}
