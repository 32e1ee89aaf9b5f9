package org.candela.ui;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Indicators ▸ Add Indicator… (Ctrl+I): every indicator service installed right now, grouped, with a search
 * field that filters by name, id and group as you type. Enter or a double-click adds the selected one at
 * its defaults and leaves the dialog open for more, as TradingView's does; the list follows plugins that
 * are installed or removed while it is open.
 */
final class AddIndicatorDialog {

    private final WorkbenchWindow window;
    private final Shell shell;
    private final Text search;
    private final Tree tree;
    private final Label info;

    AddIndicatorDialog(WorkbenchWindow window) {
        this.window = window;
        shell = new Shell(window.shell(), SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText("Add Indicator");
        shell.setLayout(new GridLayout(2, false));
        search = new Text(shell, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search indicators");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        tree = new Tree(shell, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        info = new Label(shell, SWT.WRAP);
        info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = new Button(shell, SWT.PUSH);
        add.setText("Add");
        shell.setDefaultButton(add);
        search.addListener(SWT.Modify, e -> refresh());
        search.addListener(SWT.DefaultSelection, e -> addSelected());
        search.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                tree.setFocus();
                e.doit = false;
            }
        });
        tree.addListener(SWT.DefaultSelection, e -> addSelected());
        tree.addListener(SWT.Selection, e -> describeSelection());
        add.addListener(SWT.Selection, e -> addSelected());
        shell.setSize(420, 520);
        refresh();
    }

    void open() {
        shell.open();
        search.setFocus();
    }

    boolean isOpen() {
        return !shell.isDisposed();
    }

    void activate() {
        shell.setActive();
        search.setFocus();
        search.selectAll();
    }

    /** Rebuilds the list from the services installed now, filtered by the search text. */
    void refresh() {
        if (shell.isDisposed()) return;
        String query = search.getText().trim().toLowerCase(Locale.ROOT);
        Map<String, Map<String, Indicator>> groups = new TreeMap<>();
        for (Indicator i : window.indicators()) {
            IndicatorDescriptor d;
            try {
                d = i.descriptor();
            } catch (RuntimeException e) {
                continue; // a broken plugin's descriptor is left out
            }
            String haystack = (d.name() + " " + d.id() + " " + d.group()).toLowerCase(Locale.ROOT);
            if (!query.isEmpty() && !haystack.contains(query)) continue;
            groups.computeIfAbsent(d.group(), g -> new TreeMap<>()).put(d.name(), i);
        }
        tree.setRedraw(false);
        tree.removeAll();
        TreeItem first = null;
        for (var g : groups.entrySet()) {
            TreeItem group = new TreeItem(tree, SWT.NONE);
            group.setText(g.getKey());
            for (Indicator i : g.getValue().values()) {
                TreeItem item = new TreeItem(group, SWT.NONE);
                item.setText(i.descriptor().name() + "  (" + i.descriptor().id() + ")");
                item.setData(i);
                if (first == null) first = item;
            }
            group.setExpanded(true);
        }
        tree.setRedraw(true);
        if (first != null) tree.setSelection(first);
        describeSelection();
    }

    private Indicator selected() {
        TreeItem[] s = tree.getSelection();
        return s.length == 1 && s[0].getData() instanceof Indicator i ? i : null;
    }

    private void describeSelection() {
        Indicator i = selected();
        info.setText(i == null ? (tree.getItemCount() == 0 ? "No installed indicator matches." : "")
                : i.descriptor().name() + " " + i.descriptor().version() + " · " + i.descriptor().outputs().size()
                        + " output" + (i.descriptor().outputs().size() == 1 ? "" : "s") + " · "
                        + (i.descriptor().placement() == org.candela.indicator.api.Placement.OVERLAY ? "on the price pane" : "own pane"));
        shell.layout(new org.eclipse.swt.widgets.Control[] {info});
    }

    private void addSelected() {
        Indicator i = selected();
        if (i != null) window.addIndicator(i);
    }
}
