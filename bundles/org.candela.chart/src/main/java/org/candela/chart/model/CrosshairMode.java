package org.candela.chart.model;

/** How the crosshair follows the cursor. */
public enum CrosshairMode {
    /** The horizontal line is where the cursor is. */
    NORMAL,
    /** The horizontal line snaps to the close of the bar under the cursor (in the price pane). */
    MAGNET,
    /** No crosshair is drawn (its events still fire). */
    HIDDEN
}
