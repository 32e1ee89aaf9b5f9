package org.candela.ui;

import java.util.List;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.Pane;
import org.candela.chart.session.IndicatorBinding;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The right-click menu of the chart, for the pane under the cursor: maximise or restore it, move it up or
 * down, remove its indicators, reset the view.
 */
final class ChartContextMenu {

    private final WorkbenchWindow window;

    ChartContextMenu(WorkbenchWindow window) {
        this.window = window;
    }

    /** Opens the menu for frame pixel (x, y) of the chart, at the given display position. */
    void open(int x, int y, int displayX, int displayY) {
        ChartCanvas chart = window.chart();
        if (chart.session() == null || chart.view() == null) return;
        ChartModel model = chart.session().model();
        int index = chart.view().layout().paneAt(y);
        Menu menu = new Menu(chart.control());
        if (index >= 0) {
            Pane pane = model.panes().get(index);
            item(menu, pane.collapsed() || !othersCollapsed(model, pane) ? "Maximize Pane" : "Restore Panes",
                    () -> model.toggleMaximized(pane));
            if (index > 1) item(menu, "Move Pane Up", () -> model.movePane(index, index - 1));
            if (index > 0 && index < model.panes().size() - 1) item(menu, "Move Pane Down", () -> model.movePane(index, index + 1));
            List<IndicatorBinding> here = chart.session().indicators().stream().filter(b -> b.pane() == pane).toList();
            if (!here.isEmpty()) new MenuItem(menu, SWT.SEPARATOR);
            for (IndicatorBinding b : here) {
                item(menu, "Settings of " + b.spec().name() + "…", () -> window.editIndicator(b));
                item(menu, "Remove " + b.spec().name(), () -> window.removeIndicator(b));
            }
            new MenuItem(menu, SWT.SEPARATOR);
        }
        if (index == 0) { // the price pane: an alert at the price under the pointer, or on the line under it
            var layout = chart.view().layout();
            double price = model.pricePane().scale().yToPrice(y - layout.paneTop(0));
            var drawing = chart.view().drawingAt(x - layout.plotLeft(), y);
            DescribedTool tool = drawing == null ? null : window.symbolDrawings().tool(drawing.spec().tool());
            if (tool != null && AlertsOnChart.LINES.contains(drawing.spec().tool())) {
                item(menu, "Add Alert on " + tool.descriptor().name() + "…", () -> window.alertsOnChart().createOn(drawing));
            }
            item(menu, "Add Alert at " + org.candela.chart.scale.PriceFormat.price(price, model.pricePane().decimals()) + "…", () -> window.alertsOnChart().createAt(price));
            new MenuItem(menu, SWT.SEPARATOR);
        }
        item(menu, "Fit Content", () -> model.timeScale().fitContent(model.bars().size()));
        item(menu, "Reset View", () -> {
            model.timeScale().setBarSpacing(8);
            model.timeScale().setRightOffset(5);
            for (Pane p : model.panes()) p.setAutoScale(true);
        });
        menu.setLocation(displayX, displayY);
        menu.setVisible(true);
    }

    private static boolean othersCollapsed(ChartModel model, Pane pane) {
        return model.panes().stream().filter(p -> p != pane).allMatch(Pane::collapsed);
    }

    private void item(Menu menu, String text, Runnable action) {
        MenuItem mi = new MenuItem(menu, SWT.PUSH);
        mi.setText(text);
        mi.addListener(SWT.Selection, e -> {
            action.run();
            window.chart().requestFrame();
        });
    }
}
