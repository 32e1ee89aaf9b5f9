package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.candela.chart.session.ChartSession;
import org.candela.render.gl.GlyphAtlas;
import org.eclipse.swt.SWT;
import org.candela.chart.model.Theme;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The charts of the window as tiles: one, two side by side, two stacked, 2×2, or one large and three small,
 * split by sashes the user drags. Each tile is a {@link ChartCanvas} with a chart of its own and, when it
 * holds more than one chart, a strip of tabs above it ({@link TileTabs}); the focused tile (clicked last) is
 * outlined and is the one menus, shortcuts and dialogs act on. Changing the layout keeps the tiles' charts and
 * tabs, in order: extra tiles open empty for the caller to fill, surplus ones are closed. UI thread only.
 */
final class Tiles {

    /** The layouts, by the names the workspace and {@code --layout} use. */
    static final List<String> LAYOUTS = List.of("1", "1x2", "2x1", "2x2", "1+3");

    /** How many charts a layout holds. */
    static int size(String layout) {
        return switch (layout) {
            case "1" -> 1;
            case "1x2", "2x1" -> 2;
            case "2x2", "1+3" -> 4;
            default -> throw new IllegalArgumentException("not a layout: '" + layout + "' (" + String.join(", ", LAYOUTS) + ")");
        };
    }

    private final Composite parent;
    private final GlyphAtlas atlas;
    private final Consumer<ChartCanvas> wire;
    private final Runnable focusChanged;
    private Composite root;
    private final List<ChartCanvas> canvases = new ArrayList<>();
    private final List<Composite> frames = new ArrayList<>();
    private final List<CTabFolder> strips = new ArrayList<>();
    private List<TileTabs> tabs = new ArrayList<>();
    private TabHandler tabHandler = (tile, tab) -> { };
    private TabHandler closeHandler = (tile, tab) -> { };
    private Theme theme = Theme.DARK;
    private String layout = "1";
    private int focused;
    private final Color outline, plain;
    private final Color[] groupColors;

    /**
     * @param wire         called once for each new canvas (listeners, frame hooks)
     * @param focusChanged called when another tile takes the focus
     */
    Tiles(Composite parent, GlyphAtlas atlas, Consumer<ChartCanvas> wire, Runnable focusChanged) {
        this.parent = parent;
        this.atlas = atlas;
        this.wire = wire;
        this.focusChanged = focusChanged;
        outline = new Color(parent.getDisplay(), 0xD1, 0xD4, 0xDC);
        plain = new Color(parent.getDisplay(), 0x2A, 0x2E, 0x39);
        groupColors = new Color[LINK_COLORS.length];
        for (int i = 0; i < LINK_COLORS.length; i++) {
            groupColors[i] = new Color(parent.getDisplay(), LINK_COLORS[i] >> 16, (LINK_COLORS[i] >> 8) & 255, LINK_COLORS[i] & 255);
        }
        parent.addListener(SWT.Dispose, e -> {
            outline.dispose();
            plain.dispose();
            for (Color c : groupColors) c.dispose();
            for (TileTabs t : tabs) t.closeHidden();
        });
        build("1", List.of());
    }

    /** The composite holding the tiles, for the window's layout. */
    Control control() {
        return root;
    }

    String layout() {
        return layout;
    }

    /** The tiles, in order (left to right, top to bottom; the large one first). */
    List<ChartCanvas> all() {
        return List.copyOf(canvases);
    }

    /** What the user does on a tile's tab strip: {@code tab} of {@code tile} was clicked or its close button pressed. */
    interface TabHandler {
        void accept(ChartCanvas tile, int tab);
    }

    /** Who is told when a tab is clicked, and when one's close button is pressed. */
    void onTabs(TabHandler select, TabHandler close) {
        tabHandler = select;
        closeHandler = close;
    }

    /** The tabs of {@code tile}. */
    TileTabs tabs(ChartCanvas tile) {
        return tabs.get(canvases.indexOf(tile));
    }

    /** Every tile's tabs, in tile order. */
    List<TileTabs> allTabs() {
        return List.copyOf(tabs);
    }

    /**
     * Shows {@code tile}'s tab strip with these labels and its selected tab; a tile of one chart shows no strip
     * (the chart has the whole tile).
     */
    void showTabs(ChartCanvas tile, List<String> labels) {
        int i = canvases.indexOf(tile);
        CTabFolder strip = strips.get(i);
        while (strip.getItemCount() > labels.size()) strip.getItem(strip.getItemCount() - 1).dispose();
        while (strip.getItemCount() < labels.size()) new CTabItem(strip, SWT.NONE);
        for (int k = 0; k < labels.size(); k++) {
            if (!strip.getItem(k).getText().equals(labels.get(k))) strip.getItem(k).setText(labels.get(k));
            strip.getItem(k).setShowClose(labels.size() > 1);
        }
        if (strip.getItemCount() > 0) strip.setSelection(Math.min(tabs.get(i).selected, strip.getItemCount() - 1));
        boolean show = labels.size() > 1;
        GridData data = (GridData) strip.getLayoutData();
        if (data.exclude == show) {
            data.exclude = !show;
            strip.setVisible(show);
            frames.get(i).layout(true);
        }
    }

    /** The tab strips take the theme's colours. */
    void setTheme(Theme t) {
        theme = t;
        for (CTabFolder s : strips) Themed.strip(s, t);
    }

    /** The chart menus and shortcuts act on. */
    ChartCanvas focused() {
        return canvases.get(Math.min(focused, canvases.size() - 1));
    }

    void focus(ChartCanvas c) {
        int i = canvases.indexOf(c);
        if (i < 0 || i == focused) return;
        focused = i;
        paintOutlines();
        focusChanged.run();
    }

    /**
     * Arranges the tiles as {@code next}: the charts shown stay, in order; tiles beyond them are empty
     * (the caller opens charts in them), charts beyond the new count are closed.
     */
    void setLayout(String next) {
        size(next); // checks the name
        if (next.equals(layout) && root != null) return;
        List<ChartSession> sessions = new ArrayList<>();
        for (ChartCanvas c : canvases) sessions.add(c.detach());
        int keep = size(next);
        for (int i = keep; i < sessions.size(); i++) {
            if (sessions.get(i) != null) sessions.get(i).close();
            tabs.get(i).closeHidden();
        }
        tabs = new ArrayList<>(tabs.subList(0, Math.min(keep, tabs.size())));
        build(next, sessions.subList(0, Math.min(keep, sessions.size())));
        parent.layout(true, true);
    }

    /** The share of each sash form's children, for the workspace: outer first, as SashForm weights. */
    List<Integer> weights() {
        List<Integer> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** Puts back weights {@link #weights} gave (ignored when they do not fit this layout). */
    void setWeights(List<Integer> w) {
        List<SashForm> forms = new ArrayList<>();
        forms(root, forms);
        int at = 0;
        for (SashForm f : forms) {
            int n = f.getWeights().length;
            if (at + n > w.size()) return;
            int[] ws = new int[n];
            for (int i = 0; i < n; i++) ws[i] = Math.max(1, w.get(at + i));
            at += n;
            f.setWeights(ws);
        }
    }

    private void build(String name, List<ChartSession> sessions) {
        Control old = root;
        canvases.clear();
        frames.clear();
        strips.clear();
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new FillLayout());
        if (old != null) {
            root.setLayoutData(old.getLayoutData());
            root.moveAbove(old); // the old tiles' place in the window (above the status bar)
            old.dispose(); // their GL contexts go before new ones are made; their sessions were detached
        }
        switch (name) {
            case "1" -> tile(root);
            case "1x2", "2x1" -> {
                SashForm s = sash(root, name.equals("1x2") ? SWT.HORIZONTAL : SWT.VERTICAL);
                tile(s);
                tile(s);
            }
            case "2x2" -> {
                SashForm rows = sash(root, SWT.VERTICAL);
                for (int r = 0; r < 2; r++) {
                    SashForm row = sash(rows, SWT.HORIZONTAL);
                    tile(row);
                    tile(row);
                }
            }
            default -> { // 1+3: one large on the left, three stacked on the right
                SashForm cols = sash(root, SWT.HORIZONTAL);
                tile(cols);
                SashForm right = sash(cols, SWT.VERTICAL);
                for (int i = 0; i < 3; i++) tile(right);
                cols.setWeights(2, 1);
            }
        }
        layout = name;
        focused = Math.min(focused, canvases.size() - 1);
        while (tabs.size() < canvases.size()) tabs.add(new TileTabs());
        for (int i = 0; i < sessions.size(); i++) if (sessions.get(i) != null) canvases.get(i).setSession(sessions.get(i));
        paintOutlines();
    }

    private SashForm sash(Composite parent, int style) {
        SashForm s = new SashForm(parent, style | SWT.SMOOTH);
        s.setSashWidth(4);
        s.setBackground(plain);
        return s;
    }

    /**
     * A tile: a frame two pixels wide (the outline when focused) around a strip of tabs (hidden while the tile
     * holds one chart) and a chart canvas.
     */
    private void tile(Composite parent) {
        Composite frame = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = grid.marginHeight = 2;
        grid.verticalSpacing = 0;
        frame.setLayout(grid);
        CTabFolder strip = new CTabFolder(frame, SWT.FLAT | SWT.MULTI | SWT.CLOSE);
        GridData stripData = new GridData(SWT.FILL, SWT.TOP, true, false);
        stripData.exclude = true;
        strip.setLayoutData(stripData);
        strip.setVisible(false);
        strip.setTabHeight(22);
        stripData.heightHint = 0; // no room inside the strip (SWT adds its tabs and borders): the chart is below it
        Themed.strip(strip, theme);
        ChartCanvas c = new ChartCanvas(frame, atlas);
        c.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.control().addListener(SWT.MouseDown, e -> focus(c));
        c.control().addListener(SWT.FocusIn, e -> focus(c));
        strip.addListener(SWT.MouseDown, e -> focus(c));
        strip.addListener(SWT.Selection, e -> tabHandler.accept(c, strip.indexOf((CTabItem) e.item)));
        strip.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent e) {
                e.doit = false; // the window closes the chart, and the tab with it
                closeHandler.accept(c, strip.indexOf((CTabItem) e.item));
            }
        });
        canvases.add(c);
        frames.add(frame);
        strips.add(strip);
        wire.accept(c);
    }

    /** The colours of link groups 1–4, as TradingView's: red, green, blue, orange. */
    static final int[] LINK_COLORS = {0xF23645, 0x089981, 0x2962FF, 0xFF9800};

    /** The focused tile is outlined in white; a linked one in its group's colour. */
    void paintOutlines() {
        boolean several = canvases.size() > 1;
        for (int i = 0; i < frames.size(); i++) {
            int g = canvases.get(i).linkGroup;
            frames.get(i).setBackground(several && i == focused ? outline : g > 0 ? groupColors[g - 1] : plain);
        }
    }

    private static void collect(Control c, List<Integer> out) {
        if (c instanceof SashForm f) for (int w : f.getWeights()) out.add(w);
        if (c instanceof Composite comp && !(c instanceof org.eclipse.swt.opengl.GLCanvas)) {
            for (Control child : comp.getChildren()) collect(child, out);
        }
    }

    private static void forms(Control c, List<SashForm> out) {
        if (c instanceof SashForm f) out.add(f);
        if (c instanceof Composite comp && !(c instanceof org.eclipse.swt.opengl.GLCanvas)) {
            for (Control child : comp.getChildren()) forms(child, out);
        }
    }
}

