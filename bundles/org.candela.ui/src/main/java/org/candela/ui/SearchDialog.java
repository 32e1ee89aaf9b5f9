package org.candela.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A searchable, grouped list with one action, as TradingView's indicator and symbol search: type to filter
 * (every word typed must occur in the label, group or keywords), arrows to move, Enter or a double-click to act. The entries are read
 * anew on every {@link #refresh}, so the list follows what is installed at the moment.
 *
 * @param <T> what an entry stands for
 */
final class SearchDialog<T> {

    /** One line of the list. */
    record Entry<T>(String group, String label, String keywords, T value) {
    }

    private final Shell shell;
    private final Text search;
    private final Tree tree;
    private final Label info;
    private final Supplier<List<Entry<T>>> entries;
    private final Function<T, String> describe;
    private final Consumer<T> action;

    /** With {@code closeOnAction} false the dialog stays open for more (adding indicators). */
    SearchDialog(Shell parent, String title, String hint, String actionLabel, Supplier<List<Entry<T>>> entries,
            Function<T, String> describe, Consumer<T> action, boolean closeOnAction) {
        this.entries = entries;
        this.describe = describe;
        this.action = closeOnAction ? v -> {
            action.accept(v);
            close();
        } : action;
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE);
        shell.setText(title);
        shell.setLayout(new GridLayout(2, false));
        search = new Text(shell, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(hint);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        tree = new Tree(shell, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        info = new Label(shell, SWT.WRAP);
        info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button act = new Button(shell, SWT.PUSH);
        act.setText(actionLabel);
        shell.setDefaultButton(act);
        search.addListener(SWT.Modify, e -> refresh());
        search.addListener(SWT.DefaultSelection, e -> act());
        search.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                tree.setFocus();
                e.doit = false;
            }
        });
        tree.addListener(SWT.DefaultSelection, e -> act());
        tree.addListener(SWT.Selection, e -> describeSelection());
        act.addListener(SWT.Selection, e -> act());
        shell.setSize(420, 520);
        refresh();
    }

    void open() {
        Themed.dialog(shell);
        shell.open();
        search.setFocus();
    }

    boolean isOpen() {
        return !shell.isDisposed();
    }

    void close() {
        if (!shell.isDisposed()) shell.close();
    }

    /** Brings the open dialog to the front with its search text selected. */
    void activate() {
        shell.setActive();
        search.setFocus();
        search.selectAll();
    }

    /** Rebuilds the list from the entries now, filtered by the search text. */
    void refresh() {
        if (shell.isDisposed()) return;
        String[] words = search.getText().trim().toLowerCase(Locale.ROOT).split("\\s+");
        Map<String, Map<String, Entry<T>>> groups = new TreeMap<>();
        for (Entry<T> e : entries.get()) {
            String haystack = (e.label() + " " + e.group() + " " + e.keywords()).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) all &= haystack.contains(w); // every word typed, in any order: "eth replay"
            if (all) groups.computeIfAbsent(e.group(), g -> new TreeMap<>()).put(e.label(), e);
        }
        tree.setRedraw(false);
        tree.removeAll();
        TreeItem first = null;
        for (var g : groups.entrySet()) {
            TreeItem group = new TreeItem(tree, SWT.NONE);
            group.setText(g.getKey());
            for (Entry<T> e : g.getValue().values()) {
                TreeItem item = new TreeItem(group, SWT.NONE);
                item.setText(e.label());
                item.setData(e.value());
                if (first == null) first = item;
            }
            group.setExpanded(true);
        }
        tree.setRedraw(true);
        if (first != null) tree.setSelection(first);
        describeSelection();
    }

    @SuppressWarnings("unchecked")
    private T selected() {
        TreeItem[] s = tree.getSelection();
        return s.length == 1 && s[0].getData() != null ? (T) s[0].getData() : null;
    }

    private void describeSelection() {
        T v = selected();
        info.setText(v == null ? (tree.getItemCount() == 0 ? "Nothing matches." : "") : describe.apply(v));
        shell.layout(new Control[] {info});
    }

    private void act() {
        T v = selected();
        if (v != null) action.accept(v);
    }
}
