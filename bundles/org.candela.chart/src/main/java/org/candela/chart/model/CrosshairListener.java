package org.candela.chart.model;

/**
 * Hears the crosshair, as Lightweight Charts' {@code subscribeCrosshairMove} and {@code subscribeClick}.
 * Called on the UI thread.
 *
 * <pre>{@code
 * model.addCrosshairListener(new CrosshairListener() {
 *     public void moved(int bar, long time, int pane, double price) { status.setText(price + ""); }
 * });
 * }</pre>
 */
public interface CrosshairListener {

    /** The crosshair is over bar {@code bar} (opening at {@code time}), in pane {@code pane} at {@code price}. */
    void moved(int bar, long time, int pane, double price);

    /** The cursor left the chart. */
    default void left() {
    }

    /** A click (without a drag) at the crosshair's position. */
    default void clicked(int bar, long time, int pane, double price) {
    }
}
