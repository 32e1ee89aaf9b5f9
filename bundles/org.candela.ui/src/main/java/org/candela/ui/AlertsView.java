package org.candela.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.candela.chart.alert.Alert;
import org.candela.chart.alert.AlertCondition;
import org.candela.chart.alert.Firing;
import org.candela.chart.model.Theme;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The Alerts view beside the charts: every alert of the workspace — its switch, symbol, condition, how often it
 * fires and what it is doing now ({@link AlertCenter#status}) — and below, the log of firings, newest first.
 * The check box stops and starts an alert; a double-click or Edit opens it; Delete removes it; "+" creates one
 * on the focused chart. UI thread.
 */
final class AlertsView {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final int STATUS_WIDTH = 100, CLOSE_WIDTH = 74;

    private final WorkbenchWindow window;
    private final AlertCenter alerts;
    private final Composite root;
    private final Table table, log;
    private List<Alert> shown = List.of();

    AlertsView(Composite parent, WorkbenchWindow window) {
        this.window = window;
        this.alerts = window.alerts();
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        Button add = button("+ Create Alert", () -> window.alertsOnChart().create());
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button("Edit", this::editSelected);
        button("Delete", this::deleteSelected);
        table = new Table(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.CHECK);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table.setHeaderVisible(true);
        columns(table, new String[][] {{"Alert", "200"}, {"Status", "" + STATUS_WIDTH}});
        table.addListener(SWT.Resize, e -> fill(table, 0, STATUS_WIDTH));
        table.addListener(SWT.MouseHover, e -> { // the whole alert, which the column may cut
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            int i = item == null ? -1 : table.indexOf(item);
            table.setToolTipText(i < 0 || i >= shown.size() ? null : full(shown.get(i)));
        });
        table.addListener(SWT.Selection, e -> {
            if (e.detail != SWT.CHECK) return;
            int i = table.indexOf((TableItem) e.item);
            if (i >= 0 && i < shown.size()) alerts.setEnabled(shown.get(i).id(), ((TableItem) e.item).getChecked());
        });
        table.addListener(SWT.DefaultSelection, e -> editSelected());
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) deleteSelected();
        });
        Menu menu = new Menu(table);
        menuItem(menu, "Edit…", this::editSelected);
        menuItem(menu, "Delete\tDel", this::deleteSelected);
        menuItem(menu, "Create Alert…", () -> window.alertsOnChart().create());
        table.setMenu(menu);
        Label title = new Label(root, SWT.NONE);
        title.setText("Log");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        log = new Table(root, SWT.SINGLE | SWT.FULL_SELECTION);
        log.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        log.setHeaderVisible(true);
        columns(log, new String[][] {{"Time (UTC)", "112"}, {"Alert", "160"}, {"Close", "" + CLOSE_WIDTH}});
        log.addListener(SWT.Resize, e -> fill(log, 1, 112 + CLOSE_WIDTH));
        alerts.onChange(this::refresh);
    }

    Control control() {
        return root;
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(root, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private static void menuItem(Menu menu, String text, Runnable action) {
        MenuItem mi = new MenuItem(menu, SWT.PUSH);
        mi.setText(text);
        mi.addListener(SWT.Selection, e -> action.run());
    }

    /** Column {@code k} takes the width the others leave. */
    private static void fill(Table t, int k, int others) {
        int width = t.getClientArea().width - others;
        if (width > 60) t.getColumn(k).setWidth(width);
    }

    /** The condition as the view shows it: a line's two points are in the tooltip and the dialog, not the row. */
    static String brief(String condition) {
        return condition.replaceAll("line\\([^)]*, log\\)", "trend line (log)").replaceAll("line\\([^)]*\\)", "trend line");
    }

    /** The whole alert, as the tooltip shows it. */
    private String full(Alert a) {
        return a.symbol() + " " + a.timeframe() + ": " + a.condition() + " · " + a.mode().text() + " · " + alerts.status(a)
                + (a.command().isEmpty() ? "" : " · runs " + a.command());
    }

    private static void columns(Table t, String[][] columns) {
        for (String[] c : columns) {
            TableColumn col = new TableColumn(t, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
    }

    private Alert selected() {
        int i = table.getSelectionIndex();
        return i >= 0 && i < shown.size() ? shown.get(i) : null;
    }

    private void editSelected() {
        Alert a = selected();
        if (a != null) new AlertDialog(window, a, false).open();
    }

    private void deleteSelected() {
        Alert a = selected();
        if (a == null) return;
        alerts.remove(a.id());
        window.status("Alert deleted: " + a.symbol() + " " + a.condition());
    }

    /** The rows as the alerts are now: updated in place, so the selection and the scroll stay. */
    void refresh() {
        if (root.isDisposed()) return;
        shown = alerts.all();
        table.setItemCount(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            Alert a = shown.get(i);
            TableItem item = table.getItem(i);
            String[] texts = {a.symbol() + " " + a.timeframe() + ": " + brief(a.condition()), alerts.status(a)};
            for (int k = 0; k < texts.length; k++) if (!texts[k].equals(item.getText(k))) item.setText(k, texts[k]);
            if (item.getChecked() != a.enabled()) item.setChecked(a.enabled());
        }
        List<Firing> firings = alerts.log();
        if (log.getItemCount() == firings.size() && (firings.isEmpty() || firings.get(firings.size() - 1) == log.getItem(0).getData())) return;
        log.setItemCount(firings.size());
        for (int i = 0; i < firings.size(); i++) { // newest first
            Firing f = firings.get(firings.size() - 1 - i);
            TableItem item = log.getItem(i);
            item.setData(f);
            item.setText(new String[] {TIME.format(Instant.ofEpochMilli(f.at())), f.alert().symbol() + " " + f.alert().timeframe() + ": "
                + brief(f.alert().condition()), AlertCondition.number(f.close())});
        }
    }

    /** The rows as shown, for the Gogo shell and tests: {@code [on BTC/USD 1m: close crosses 21450 | Running]}. */
    String describe() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            b.append(i == 0 ? "" : ", ").append(item.getChecked() ? "on " : "off ").append(item.getText(0)).append(" | ").append(item.getText(1));
        }
        return b.append("]").toString();
    }

    void setTheme(Theme t) {
        Themed.apply(root, t);
    }
}
