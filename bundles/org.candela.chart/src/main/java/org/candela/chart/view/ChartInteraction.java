package org.candela.chart.view;

import org.candela.chart.model.ChartModel;
import org.candela.chart.model.CrosshairListener;
import org.candela.chart.model.Pane;
import org.candela.chart.model.Series;
import org.candela.chart.scale.PriceScale;
import org.candela.chart.scale.TimeScale;

/**
 * What the mouse and keyboard do to a chart, in frame pixels and free of any UI toolkit, so it is tested
 * without a window: drag the plot to pan (vertically too in the price pane, which then stops autoscaling),
 * wheel to zoom around the cursor, drag the price axis to scale it, drag the time axis to zoom, drag a
 * separator to resize two panes, double-click an axis to reset it, fling for kinetic scrolling, arrows and
 * +/- and Home/End. Fires crosshair move, leave and click events.
 */
public final class ChartInteraction {

    /** What is under a point. */
    public enum Target { PLOT, PRICE_AXIS, TIME_AXIS, SEPARATOR, NONE }

    public static final int KEY_LEFT = 1, KEY_RIGHT = 2, KEY_UP = 3, KEY_DOWN = 4, KEY_PLUS = 5, KEY_MINUS = 6,
            KEY_HOME = 7, KEY_END = 8;

    private static final double DEFAULT_SPACING = 8, DEFAULT_OFFSET = 5, MIN_PANE = 30, CLICK_SLOP = 3;

    private final ChartModel model;
    private final ChartView view;
    private Target drag = Target.NONE;
    private int dragPane;
    private double downX, downY, lastX, lastY;
    private boolean moved;
    private double velocity;
    private boolean dragLeft;
    private long lastMoveNanos;

    public ChartInteraction(ChartModel model, ChartView view) {
        this.model = model;
        this.view = view;
    }

    /** What is at (x, y); {@link #paneAt} tells which pane or separator. */
    public Target hit(double x, double y) {
        Layout l = view.layout();
        if (separatorAt(y) > 0) return Target.SEPARATOR;
        if (y >= l.timeAxisTop()) return x >= l.plotLeft() && x < l.plotRight() ? Target.TIME_AXIS : Target.NONE;
        if (l.paneAt(y) < 0) return Target.NONE;
        if (x < l.plotLeft()) return model.panes().get(l.paneAt(y)).usesLeftScale() ? Target.PRICE_AXIS : Target.NONE;
        return x >= l.plotRight() ? Target.PRICE_AXIS : Target.PLOT;
    }

    /** The index of the pane below the separator within 3 px of y, or -1. */
    public int separatorAt(double y) {
        Layout l = view.layout();
        for (int p = 1; p < l.paneCount(); p++) {
            if (Math.abs(y - (l.paneTop(p) - 1)) <= 3) return p;
        }
        return -1;
    }

    public void pointerDown(double x, double y) {
        velocity = 0;
        drag = hit(x, y);
        dragPane = drag == Target.SEPARATOR ? separatorAt(y) : view.layout().paneAt(y);
        dragLeft = x < view.layout().plotLeft();
        downX = lastX = x;
        downY = lastY = y;
        moved = false;
        lastMoveNanos = System.nanoTime();
    }

    /** The pointer moved, with the button held ({@code pressed}) or not. */
    public void pointerMove(double x, double y, boolean pressed) {
        if (!pressed || drag == Target.NONE) {
            model.moveCrosshair(x, y);
            fire(x, y, false);
            return;
        }
        double dx = x - lastX, dy = y - lastY;
        if (Math.abs(x - downX) > CLICK_SLOP || Math.abs(y - downY) > CLICK_SLOP) moved = true;
        long now = System.nanoTime();
        double dt = Math.max(1, (now - lastMoveNanos) / 1e6);
        velocity = 0.6 * velocity + 0.4 * (dx / dt);
        lastMoveNanos = now;
        lastX = x;
        lastY = y;
        switch (drag) {
            case PLOT -> {
                model.timeScale().scrollBy(dx);
                panVertically(dy);
                model.moveCrosshair(x, y);
            }
            case PRICE_AXIS -> scaleVertically(dy);
            case TIME_AXIS -> model.timeScale().zoomAt(view.layout().plotWidth(), Math.exp(-dx / 200));
            case SEPARATOR -> resize(dragPane, dy);
            default -> { }
        }
    }

    /** Releases the button; a press without a drag is a click. Returns true when a fling continues. */
    public boolean pointerUp(double x, double y) {
        Target was = drag;
        drag = Target.NONE;
        if (!moved) {
            Series entry = view.legendSeriesAt(x, y);
            if (entry != null) {
                entry.setVisible(!entry.visible()); // a click on a legend name shows or hides its series
                velocity = 0;
                return false;
            }
            fire(x, y, true);
            velocity = 0;
            return false;
        }
        boolean recent = System.nanoTime() - lastMoveNanos < 80_000_000L;
        if (was != Target.PLOT || !recent || Math.abs(velocity) < 0.3) velocity = 0;
        return velocity != 0;
    }

    /** Advances a fling by {@code millis}; returns true while it still moves. */
    public boolean animate(double millis) {
        if (velocity == 0) return false;
        model.timeScale().scrollBy(velocity * millis);
        velocity *= Math.exp(-millis / 325);
        if (Math.abs(velocity) < 0.02) velocity = 0;
        return velocity != 0;
    }

    /** Current fling speed in pixels per millisecond (0 when still). */
    public double velocity() {
        return velocity;
    }

    public void pointerExit() {
        model.hideCrosshair();
        for (CrosshairListener l : model.crosshairListeners()) l.left();
    }

    /** Wheel clicks (positive away from the user) zoom in around the cursor. */
    public void wheel(double x, double y, int clicks) {
        double at = Math.max(0, Math.min(x - view.layout().plotLeft(), view.layout().plotWidth()));
        model.timeScale().zoomAt(at, Math.pow(1.15, clicks));
    }

    /**
     * Double-click on an axis resets it: the price axis to autoscale, the time axis to the latest bars. On a
     * pane it maximises the pane (the others collapse to their legend), or restores them all.
     */
    public void doubleClick(double x, double y) {
        switch (hit(x, y)) {
            case PLOT -> model.toggleMaximized(model.panes().get(view.layout().paneAt(y)));
            case PRICE_AXIS -> {
                Pane pane = model.panes().get(view.layout().paneAt(y));
                if (x < view.layout().plotLeft()) pane.setLeftAutoScale(true);
                else pane.setAutoScale(true);
            }
            case TIME_AXIS -> {
                model.timeScale().setBarSpacing(DEFAULT_SPACING);
                model.timeScale().setRightOffset(DEFAULT_OFFSET);
            }
            default -> { }
        }
    }

    /** Returns true when the key was used. */
    public boolean key(int key) {
        TimeScale ts = model.timeScale();
        double centre = view.layout().plotWidth() / 2.0;
        switch (key) {
            case KEY_LEFT -> ts.scrollBy(ts.barSpacing() * 10);
            case KEY_RIGHT -> ts.scrollBy(-ts.barSpacing() * 10);
            case KEY_PLUS, KEY_UP -> ts.zoomAt(centre, 1.25);
            case KEY_MINUS, KEY_DOWN -> ts.zoomAt(centre, 1 / 1.25);
            case KEY_HOME -> ts.setRightOffset(ts.width() / ts.barSpacing() - 0.5 - ts.baseIndex());
            case KEY_END -> ts.setRightOffset(DEFAULT_OFFSET);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void panVertically(double dy) {
        if (dragPane < 0) return;
        Pane pane = model.panes().get(dragPane);
        if (pane.yLocked() || dy == 0) return;
        PriceScale s = pane.scale();
        pane.setAutoScale(false);
        double shift = dy * s.pricePerPixel() * (s.inverted() ? -1 : 1);
        s.setRange(s.min() + shift, s.max() + shift);
    }

    private void scaleVertically(double dy) {
        if (dragPane < 0) return;
        Pane pane = model.panes().get(dragPane);
        if (pane.yLocked() && !dragLeft || dy == 0) return;
        PriceScale s = dragLeft ? pane.overlayScale(Pane.LEFT) : pane.scale();
        if (dragLeft) pane.setLeftAutoScale(false);
        else pane.setAutoScale(false);
        double mid = (s.min() + s.max()) / 2, half = (s.max() - s.min()) / 2 * Math.exp(dy / 150);
        s.setRange(mid - half, mid + half);
    }

    /** Moves the separator above pane {@code p} by {@code dy}, trading height between it and the pane above. */
    private void resize(int p, double dy) {
        if (p <= 0) return;
        Layout l = view.layout();
        Pane above = model.panes().get(p - 1), below = model.panes().get(p);
        double h1 = l.paneHeight(p - 1), h2 = l.paneHeight(p);
        double move = Math.max(MIN_PANE - h1, Math.min(h2 - MIN_PANE, dy));
        double total = above.weight() + below.weight();
        above.setWeight(total * (h1 + move) / (h1 + h2));
        below.setWeight(total * (h2 - move) / (h1 + h2));
        // the layout follows at the next frame; keep the separator under the pointer meanwhile
        l.shiftSeparator(p, (int) Math.round(move));
    }

    private void fire(double x, double y, boolean click) {
        if (model.crosshairListeners().isEmpty()) return;
        Layout l = view.layout();
        int pane = l.paneAt(y);
        if (pane < 0 || x < l.plotLeft() || x >= l.plotRight() || model.bars().isEmpty()) return;
        int bar = Math.max(0, Math.min(model.bars().size() - 1, model.timeScale().xToNearestIndex(x - l.plotLeft())));
        double price = model.panes().get(pane).scale().yToPrice(y - l.paneTop(pane));
        long time = model.bars().time(bar);
        for (CrosshairListener li : model.crosshairListeners()) {
            if (click) li.clicked(bar, time, pane, price);
            else li.moved(bar, time, pane, price);
        }
    }
}
