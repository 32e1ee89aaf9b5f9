package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.candela.chart.model.Theme;
import org.candela.chart.scale.PriceFormat;
import org.candela.chart.workspace.Workspace;
import org.candela.marketdata.api.MarketDataConnector;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The watchlist beside the charts: symbols of any connector with their last price, change and change %
 * since the day's open, and the day's volume, live and coloured by direction, with each source's link
 * state. A click puts the symbol on the focused chart (and its link group); Delete or the context menu
 * removes a row; rows are reordered by dragging; "+" adds a symbol through the symbol search. The rows are
 * saved in the workspace. UI thread only.
 */
final class WatchlistView {

    private static final int REFRESH_MS = 250;

    private final Composite root;
    private final Table table;
    private final List<WatchQuote> quotes = new ArrayList<>();
    private final BiConsumer<MarketDataConnector, String> open;
    private final java.util.function.Function<String, MarketDataConnector> connectors;
    private final Runnable refresh = this::refresh;
    /** Rows whose connector is not installed (yet): kept, shown as waiting, saved. */
    private final List<Workspace.WatchItem> waiting = new ArrayList<>();
    private Color up, down, text, background;

    /**
     * @param open       puts a symbol on the focused chart
     * @param connectors the installed connector with an id, or null
     * @param add        opens the symbol search, which calls back with the chosen symbol
     */
    WatchlistView(Composite parent, BiConsumer<MarketDataConnector, String> open,
            java.util.function.Function<String, MarketDataConnector> connectors, Runnable add) {
        this.open = open;
        this.connectors = connectors;
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        root.setLayout(layout);
        Button plus = new Button(root, SWT.PUSH);
        plus.setText("+ Add Symbol");
        plus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        plus.addListener(SWT.Selection, e -> add.run());
        table = new Table(root, SWT.SINGLE | SWT.FULL_SELECTION);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        for (String[] c : new String[][] {{"Symbol", "76"}, {"Last", "70"}, {"Chg", "56"}, {"Chg%", "56"}, {"Vol", "50"}, {"Source", "84"}}) {
            TableColumn col = new TableColumn(table, c[0].equals("Symbol") || c[0].equals("Source") ? SWT.LEFT : SWT.RIGHT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        table.addListener(SWT.Selection, e -> openSelected());
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) remove(table.getSelectionIndex());
        });
        Menu menu = new Menu(table);
        MenuItem remove = new MenuItem(menu, SWT.PUSH);
        remove.setText("Remove\tDel");
        remove.addListener(SWT.Selection, e -> remove(table.getSelectionIndex()));
        MenuItem addItem = new MenuItem(menu, SWT.PUSH);
        addItem.setText("Add Symbol…");
        addItem.addListener(SWT.Selection, e -> add.run());
        table.setMenu(menu);
        dragToReorder();
        root.addListener(SWT.Dispose, e -> {
            for (WatchQuote q : quotes) q.close();
            disposeColors();
        });
        setTheme(Theme.DARK);
        root.getDisplay().timerExec(REFRESH_MS, refresh);
    }

    Control control() {
        return root;
    }

    /** Adds {@code symbol} of {@code connector} at the end (once). */
    void add(MarketDataConnector connector, String symbol) {
        for (WatchQuote q : quotes) if (q.connector() == connector && q.symbol().equals(symbol)) return;
        WatchQuote q = new WatchQuote(connector, symbol, () -> { });
        quotes.add(q);
        new TableItem(table, SWT.NONE).setText(0, symbol);
        q.start(r -> root.getDisplay().asyncExec(() -> {
            if (!root.isDisposed()) r.run();
        }));
        show(quotes.size() - 1);
    }

    /** The rows of a workspace; those whose connector is not installed wait for it ({@link #connectorsChanged}). */
    void setItems(List<Workspace.WatchItem> items) {
        while (!quotes.isEmpty()) remove(0);
        waiting.clear();
        waiting.addAll(items);
        connectorsChanged();
    }

    /** Rows waiting for a connector that is now installed are added. */
    void connectorsChanged() {
        for (Workspace.WatchItem i : List.copyOf(waiting)) {
            MarketDataConnector c = connectors.apply(i.connector());
            if (c == null) continue;
            waiting.remove(i);
            add(c, i.symbol());
        }
    }

    /** The rows as the workspace keeps them, in order (those waiting for their connector last). */
    List<Workspace.WatchItem> items() {
        List<Workspace.WatchItem> out = new ArrayList<>();
        for (WatchQuote q : quotes) out.add(new Workspace.WatchItem(q.connector().id(), q.symbol()));
        out.addAll(waiting);
        return out;
    }

    void remove(int row) {
        if (row < 0 || row >= quotes.size()) return;
        quotes.remove(row).close();
        table.remove(row);
    }

    /** Moves a row to another place (a drag). */
    void move(int from, int to) {
        if (from < 0 || from >= quotes.size() || to < 0 || to >= quotes.size() || from == to) return;
        quotes.add(to, quotes.remove(from));
        for (int i = 0; i < quotes.size(); i++) show(i);
        table.setSelection(to);
    }

    /** Puts row {@code row}'s symbol on the focused chart. */
    void openRow(int row) {
        if (row < 0 || row >= quotes.size()) return;
        WatchQuote q = quotes.get(row);
        open.accept(q.connector(), q.symbol());
    }

    private void openSelected() {
        openRow(table.getSelectionIndex());
    }

    /** The rows as text, for Gogo ({@code candela:watch}) and tests. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            TableItem item = table.getItem(i);
            out.add(item.getText(0) + " last " + item.getText(1) + " chg " + item.getText(2) + " (" + item.getText(3) + ") vol "
                    + item.getText(4) + " · " + item.getText(5));
        }
        for (Workspace.WatchItem w : waiting) out.add(w.symbol() + " · waiting for " + w.connector());
        return out;
    }

    void setTheme(Theme t) {
        Themed.apply(root, t); // its button as the Alerts view's; the rows' own colours follow
        disposeColors();
        var d = root.getDisplay();
        background = color(d, t.background());
        text = color(d, t.text());
        up = color(d, t.up());
        down = color(d, t.down());
        table.setBackground(background);
        table.setForeground(text);
        root.setBackground(background);
        for (int i = 0; i < quotes.size(); i++) show(i);
    }

    private static Color color(org.eclipse.swt.widgets.Display d, int argb) {
        return new Color(d, (argb >> 16) & 255, (argb >> 8) & 255, argb & 255);
    }

    private void disposeColors() {
        for (Color c : new Color[] {up, down, text, background}) if (c != null) c.dispose();
    }

    private void refresh() {
        if (root.isDisposed()) return;
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).drain() || !table.getItem(i).getText(5).equals(quotes.get(i).state())) show(i);
        }
        root.getDisplay().timerExec(REFRESH_MS, refresh);
    }

    /** Writes row {@code i} from its quote. */
    private void show(int i) {
        WatchQuote q = quotes.get(i);
        TableItem item = table.getItem(i);
        double last = q.last(), change = q.change();
        int decimals = Double.isNaN(last) ? 2 : PriceFormat.decimalsOf(new double[] {last, last - change}, 0, 2);
        item.setText(new String[] {q.symbol(), Double.isNaN(last) ? "…" : PriceFormat.price(last, decimals),
            Double.isNaN(change) ? "" : (change > 0 ? "+" : "") + PriceFormat.price(change, decimals),
            Double.isNaN(q.changePercent()) ? "" : String.format(Locale.ROOT, "%+.2f%%", q.changePercent()),
            Double.isNaN(q.volume()) ? "" : PriceFormat.volume(q.volume()), q.connector().name() + " " + q.state()});
        Color c = change > 0 ? up : change < 0 ? down : text;
        for (int col = 1; col <= 3; col++) item.setForeground(col, c);
    }

    private void dragToReorder() {
        Transfer[] types = {TextTransfer.getInstance()};
        DragSource source = new DragSource(table, DND.DROP_MOVE);
        source.setTransfer(types);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragSetData(DragSourceEvent e) {
                e.data = Integer.toString(table.getSelectionIndex());
            }
        });
        DropTarget target = new DropTarget(table, DND.DROP_MOVE);
        target.setTransfer(types);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void drop(DropTargetEvent e) {
                if (!(e.data instanceof String s) || !s.matches("\\d+")) return;
                var at = table.toControl(e.x, e.y);
                TableItem over = table.getItem(at);
                move(Integer.parseInt(s), over == null ? quotes.size() - 1 : table.indexOf(over));
            }
        });
    }
}
