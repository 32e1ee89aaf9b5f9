package org.candela.ui;

import org.candela.chart.view.ChartInteraction;
import org.candela.chart.view.ChartInteraction.Target;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Event;

/**
 * Feeds SWT mouse and key events to the chart's {@link ChartInteraction} and shows the matching cursor.
 * Flings are animated with {@code timerExec} at about 60 frames a second until they come to rest.
 */
final class ChartInput {

    private static final int FLING_MILLIS = 16;

    private final ChartCanvas chart;
    private boolean pressed;
    /** The press went to a drawing (placing, selecting, dragging): the chart does not pan. */
    private boolean onDrawing;
    /** Whether the last two presses placed a drawing's anchor: a press after a placing click is no double-click. */
    private boolean lastPlaced, previousPlaced;
    private boolean flinging;
    /** The alert whose line the press took (dragged to move the alert), or null. */
    private String alertDrag;
    private long lastFlingNanos;

    ChartInput(ChartCanvas chart) {
        this.chart = chart;
        var c = chart.control();
        c.addListener(SWT.MouseMove, this::move);
        c.addListener(SWT.MouseExit, e -> with(i -> i.pointerExit()));
        c.addListener(SWT.MouseDown, e -> {
            c.forceFocus();
            if (e.button != 1) return;
            pressed = true;
            flinging = false;
            var editor = chart.editor();
            previousPlaced = lastPlaced;
            lastPlaced = editor != null && editor.placing() != null;
            alertDrag = lastPlaced ? null : alertLineAt(e.x, e.y);
            if (alertDrag != null) { // an alert line is taken before a drawing under it, as an order line is
                chart.alertLines.press(alertDrag, priceAt(e.y));
                return;
            }
            onDrawing = editor != null && editor.pointerDown(e.x, e.y, (e.stateMask & SWT.SHIFT) != 0);
            if (onDrawing) chart.requestFrame();
            else with(i -> i.pointerDown(e.x, e.y));
        });
        c.addListener(SWT.MouseUp, e -> {
            if (e.button != 1 || !pressed) return;
            pressed = false;
            if (alertDrag != null) {
                alertDrag = null;
                double price = priceAt(e.y);
                if (!Double.isNaN(price)) chart.alertLines.drop(price);
                chart.requestFrame();
                return;
            }
            if (onDrawing) {
                onDrawing = false;
                if (chart.editor() != null) chart.editor().pointerUp(e.x, e.y);
                chart.requestFrame();
                return;
            }
            with(i -> {
                if (i.pointerUp(e.x, e.y)) startFling();
            });
        });
        c.addListener(SWT.MouseDoubleClick, e -> {
            if (previousPlaced || lastPlaced) return; // the click that placed an anchor and the next press are not a double-click
            var drawing = chart.view() == null ? null : chart.view().drawingAt(e.x - chart.view().layout().plotLeft(), e.y);
            if (drawing != null) {
                chart.drawingDoubleClick().accept(drawing);
                return;
            }
            var legend = chart.view() == null ? null : chart.view().legendSeriesAt(e.x, e.y);
            if (legend != null) {
                legend.setVisible(true); // the two clicks of the double-click toggled it twice; keep it shown
                chart.legendDoubleClick().accept(legend);
            } else {
                with(i -> i.doubleClick(e.x, e.y));
            }
        });
        c.addListener(SWT.MouseVerticalWheel, e -> with(i -> i.wheel(e.x, e.y, Integer.signum(e.count))));
        c.addListener(SWT.KeyDown, this::key);
    }

    private void move(Event e) {
        ChartInteraction i = chart.interaction();
        if (i == null) return;
        if (pressed && alertDrag != null) {
            double price = priceAt(e.y);
            if (!Double.isNaN(price)) chart.alertLines.preview(chart.session(), price);
            chart.requestFrame();
            return;
        }
        var editor = chart.editor();
        boolean drawingMoved = editor != null && editor.pointerMove(e.x, e.y, pressed && onDrawing);
        i.pointerMove(e.x, e.y, pressed && !onDrawing); // the crosshair follows; the chart pans only when the press was its own
        if (drawingMoved) {
            chart.requestFrame();
        } else if (pressed) {
            chart.requestFrame();
        } else {
            chart.control().setCursor(alertLineAt(e.x, e.y) != null ? chart.control().getDisplay().getSystemCursor(SWT.CURSOR_SIZENS)
                    : cursorFor(i.hit(e.x, e.y)));
            chart.requestCursorFrame(); // only the crosshair moved
        }
    }

    /** The alert whose line is within 4 pixels of (x, y) in the price pane, or null. */
    private String alertLineAt(int x, int y) {
        var view = chart.view();
        if (chart.alertLines == null || chart.session() == null || view == null || view.layout().paneAt(y) != 0) return null;
        if (x < view.layout().plotLeft()) return null;
        double price = priceAt(y), tolerance = Math.abs(priceAt(y + 4) - price);
        double index = chart.session().model().timeScale().xToIndex(x - view.layout().plotLeft());
        return Double.isNaN(price) ? null : chart.alertLines.at(chart.session(), index, price, tolerance);
    }

    /** The price at frame y in the price pane, at the chart's tick (21327.02, not 21327.0234567). */
    private double priceAt(int y) {
        var model = chart.session().model();
        double raw = model.pricePane().scale().yToPrice(y - chart.view().layout().paneTop(0));
        double scale = Math.pow(10, Math.min(8, model.pricePane().decimals()));
        return Double.isFinite(raw) ? Math.round(raw * scale) / scale : Double.NaN;
    }

    private Cursor cursorFor(Target t) {
        int id = switch (t) {
            case SEPARATOR, PRICE_AXIS -> SWT.CURSOR_SIZENS;
            case TIME_AXIS -> SWT.CURSOR_SIZEWE;
            case PLOT -> SWT.CURSOR_CROSS;
            default -> SWT.CURSOR_ARROW;
        };
        if (chart.editor() != null && chart.editor().placing() != null && t == Target.PLOT) id = SWT.CURSOR_CROSS;
        return chart.control().getDisplay().getSystemCursor(id);
    }

    private void key(Event e) {
        int key = switch (e.keyCode) {
            case SWT.ARROW_LEFT -> ChartInteraction.KEY_LEFT;
            case SWT.ARROW_RIGHT -> ChartInteraction.KEY_RIGHT;
            case SWT.ARROW_UP -> ChartInteraction.KEY_UP;
            case SWT.ARROW_DOWN -> ChartInteraction.KEY_DOWN;
            case SWT.HOME -> ChartInteraction.KEY_HOME;
            case SWT.END -> ChartInteraction.KEY_END;
            case SWT.KEYPAD_ADD -> ChartInteraction.KEY_PLUS;
            case SWT.KEYPAD_SUBTRACT -> ChartInteraction.KEY_MINUS;
            default -> e.character == '+' || e.character == '=' ? ChartInteraction.KEY_PLUS
                    : e.character == '-' ? ChartInteraction.KEY_MINUS : 0;
        };
        if (key != 0) with(i -> i.key(key));
        var editor = chart.editor();
        if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && editor != null && editor.deleteSelected()) chart.requestFrame();
    }

    private void startFling() {
        flinging = true;
        lastFlingNanos = System.nanoTime();
        chart.control().getDisplay().timerExec(FLING_MILLIS, this::fling);
    }

    private void fling() {
        if (!flinging || chart.control().isDisposed() || chart.interaction() == null) return;
        long now = System.nanoTime();
        boolean more = chart.interaction().animate((now - lastFlingNanos) / 1e6);
        lastFlingNanos = now;
        chart.requestFrame();
        if (more) chart.control().getDisplay().timerExec(FLING_MILLIS, this::fling);
        else flinging = false;
    }

    private void with(java.util.function.Consumer<ChartInteraction> action) {
        ChartInteraction i = chart.interaction();
        if (i == null) return;
        action.accept(i);
        chart.requestFrame();
    }
}
