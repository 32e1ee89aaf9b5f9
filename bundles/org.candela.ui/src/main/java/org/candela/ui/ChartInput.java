package org.candela.ui;

import org.candela.chart.model.ChartModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * Mouse and keyboard on the chart: move for the crosshair, drag to pan, wheel to zoom around the cursor,
 * arrows to scroll, +/- to zoom, Home to the first bar and End back to the latest.
 */
final class ChartInput {

    private final ChartCanvas chart;
    private boolean dragging;
    private int lastX;

    ChartInput(ChartCanvas chart) {
        this.chart = chart;
        var c = chart.control();
        c.addListener(SWT.MouseMove, this::move);
        c.addListener(SWT.MouseExit, e -> withModel(m -> m.hideCrosshair()));
        c.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragging = true;
                lastX = e.x;
            }
            c.forceFocus();
        });
        c.addListener(SWT.MouseUp, e -> dragging = false);
        c.addListener(SWT.MouseVerticalWheel, e -> withModel(m -> m.timeScale().zoomAt(e.x, e.count > 0 ? 1.15 : 1 / 1.15)));
        c.addListener(SWT.KeyDown, this::key);
    }

    private void move(Event e) {
        withModel(m -> {
            if (dragging) {
                m.timeScale().scrollBy(e.x - lastX);
                lastX = e.x;
            }
            m.moveCrosshair(e.x, e.y);
        });
    }

    private void key(Event e) {
        withModel(m -> {
            var ts = m.timeScale();
            double centre = chart.view() == null ? 0 : chart.view().layout().plotWidth() / 2.0;
            switch (e.keyCode) {
                case SWT.ARROW_LEFT -> ts.scrollBy(ts.barSpacing() * 10);
                case SWT.ARROW_RIGHT -> ts.scrollBy(-ts.barSpacing() * 10);
                case SWT.HOME -> ts.setRightOffset(ts.width() / ts.barSpacing() - 0.5 - ts.baseIndex());
                case SWT.END -> ts.setRightOffset(5);
                default -> {
                    if (e.character == '+' || e.character == '=') ts.zoomAt(centre, 1.25);
                    else if (e.character == '-') ts.zoomAt(centre, 1 / 1.25);
                }
            }
        });
    }

    private void withModel(java.util.function.Consumer<ChartModel> action) {
        if (chart.session() == null) return;
        action.accept(chart.session().model());
        chart.requestFrame();
    }
}
