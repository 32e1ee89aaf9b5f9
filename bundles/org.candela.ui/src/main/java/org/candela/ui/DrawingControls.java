package org.candela.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.candela.chart.drawing.ChartDrawings;
import org.candela.chart.view.DrawingEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The Draw menu and the drawing tool bar: a button and a menu item for each installed tool (grouped as the
 * tools say; rebuilt when tools come or go, so a hot-installed tool shows at once), the magnet, hiding all
 * drawings, and what acts on the selection of the focused chart: properties, clone, lock, delete, undo, redo.
 * UI thread.
 */
final class DrawingControls {

    /** Shortcuts of the built-in tools, as TradingView's where they do not clash with the menus' mnemonics. */
    private static final Map<String, Integer> KEYS = Map.of("trend", SWT.MOD3 + 'T', "hline", SWT.MOD3 + SWT.MOD2 + 'H', "hray", SWT.MOD3 + 'J',
            "vline", SWT.MOD3 + SWT.MOD2 + 'V', "fib", SWT.MOD3 + SWT.MOD2 + 'F', "rect", SWT.MOD3 + SWT.MOD2 + 'R', "measure",
            SWT.MOD3 + SWT.MOD2 + 'M', "text", SWT.MOD3 + SWT.MOD2 + 'N');
    private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("trend", "Trend"), Map.entry("ray", "Ray"),
            Map.entry("extended", "Ext"), Map.entry("hline", "HLine"), Map.entry("hray", "HRay"), Map.entry("vline", "VLine"),
            Map.entry("rect", "Rect"), Map.entry("channel", "Chan"), Map.entry("fib", "Fib"), Map.entry("text", "Text"),
            Map.entry("measure", "Meas"), Map.entry("regression", "Regr"));

    private final WorkbenchWindow window;
    private final Menu menu;
    private final ToolBar toolbar;

    DrawingControls(WorkbenchWindow window, Menu menu, ToolBar toolbar) {
        this.window = window;
        this.menu = menu;
        this.toolbar = toolbar;
        menu.addListener(SWT.Show, e -> fill());
        fill(); // the accelerators work before the menu was ever opened
        toolsChanged();
    }

    /** Tools came or went: the tool bar shows the installed ones. */
    void toolsChanged() {
        for (ToolItem i : toolbar.getItems()) i.dispose();
        for (DescribedTool t : sorted()) {
            ToolItem item = new ToolItem(toolbar, SWT.PUSH);
            String id = t.descriptor().id();
            item.setText(SHORT.getOrDefault(id, id.length() > 5 ? id.substring(0, 5) : id));
            item.setToolTipText(t.descriptor().name());
            item.addListener(SWT.Selection, e -> window.place(t));
        }
        toolbar.getParent().layout(true);
        fill();
    }

    /** The groups in the order a trader reaches for them; a plugin's own group comes after these. */
    private static final List<String> GROUPS = List.of("Lines", "Channels", "Fibonacci", "Shapes", "Annotations", "Measure");

    private List<DescribedTool> sorted() {
        Map<String, DescribedTool> byGroup = new TreeMap<>();
        for (DescribedTool t : window.tools()) {
            int g = GROUPS.indexOf(t.descriptor().group());
            byGroup.put((g < 0 ? "9" + t.descriptor().group() : g) + "/" + t.descriptor().name(), t);
        }
        return List.copyOf(byGroup.values());
    }

    private void fill() {
        for (MenuItem i : menu.getItems()) i.dispose();
        String group = null;
        for (DescribedTool t : sorted()) {
            if (group != null && !group.equals(t.descriptor().group())) new MenuItem(menu, SWT.SEPARATOR);
            group = t.descriptor().group();
            int key = KEYS.getOrDefault(t.descriptor().id(), 0);
            WorkbenchMenus.item(menu, t.descriptor().name() + (key == 0 ? "" : "\t" + keyName(key)), key, () -> window.place(t));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        DrawingEditor editor = window.chart().editor();
        MenuItem magnet = new MenuItem(menu, SWT.CHECK);
        magnet.setText("&Magnet (snap to open, high, low, close)");
        magnet.setSelection(editor != null && editor.magnet);
        magnet.addListener(SWT.Selection, e -> {
            for (ChartCanvas c : window.tiles().all()) if (c.editor() != null) c.editor().magnet = magnet.getSelection();
        });
        ChartDrawings drawings = window.chart().session() == null ? null : window.chart().session().drawings();
        MenuItem hide = new MenuItem(menu, SWT.CHECK);
        hide.setText("&Hide All Drawings");
        hide.setSelection(drawings != null && drawings.hideAll);
        hide.addListener(SWT.Selection, e -> {
            if (drawings == null) return;
            drawings.hideAll = hide.getSelection();
            window.chart().requestFrame();
        });
        new MenuItem(menu, SWT.SEPARATOR);
        boolean one = editor != null && editor.selected().size() == 1;
        boolean any = editor != null && !editor.selected().isEmpty();
        enabled(WorkbenchMenus.item(menu, "&Properties…", 0, () -> window.editDrawing(editor.selected().get(0))), one);
        enabled(WorkbenchMenus.item(menu, "&Clone\tCtrl+D", SWT.MOD1 + 'D', () -> act(ed -> ed.cloneSelected(window.symbolDrawings()::tool))), any);
        boolean locked = any && editor.selected().get(0).locked;
        enabled(WorkbenchMenus.item(menu, locked ? "&Unlock" : "&Lock", 0, () -> act(ed -> ed.lockSelected(!locked))), any);
        enabled(WorkbenchMenus.item(menu, "&Delete\tDel", 0, () -> act(DrawingEditor::deleteSelected)), any);
        new MenuItem(menu, SWT.SEPARATOR);
        WorkbenchMenus.item(menu, "&Undo\tCtrl+Z", SWT.MOD1 + 'Z', () -> act(DrawingEditor::undo));
        WorkbenchMenus.item(menu, "&Redo\tCtrl+Y", SWT.MOD1 + 'Y', () -> act(DrawingEditor::redo));
    }

    private void act(java.util.function.Consumer<DrawingEditor> action) {
        DrawingEditor editor = window.chart().editor();
        if (editor == null) return;
        action.accept(editor);
        window.chart().requestFrame();
    }

    private static void enabled(MenuItem item, boolean on) {
        item.setEnabled(on);
    }

    private static String keyName(int key) {
        return ((key & SWT.MOD1) != 0 ? "Ctrl+" : "") + ((key & SWT.MOD3) != 0 ? "Alt+" : "") + ((key & SWT.MOD2) != 0 ? "Shift+" : "")
                + (char) (key & 0xFFFF);
    }
}
