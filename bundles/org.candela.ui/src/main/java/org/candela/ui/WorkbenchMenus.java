package org.candela.ui;

import org.candela.chart.model.Theme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.candela.chart.model.ChartModel;
import org.candela.chart.model.ChartType;
import org.candela.chart.model.CrosshairMode;
import org.candela.chart.scale.PriceScaleMode;
import org.candela.chart.session.IndicatorBinding;
import org.candela.indicator.api.Indicator;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.marketdata.api.Timeframe;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;

/**
 * The menu bar. Symbol and indicator menus are rebuilt each time they open, from the services installed
 * at that moment, so a hot-installed plugin shows up without a restart.
 */
final class WorkbenchMenus {

    private final WorkbenchWindow window;
    private final Menu indicatorMenu;
    private final DrawingControls drawing;

    /** Drawing tools came or went: the Draw menu and the tool bar follow. */
    void toolsChanged() {
        drawing.toolsChanged();
    }

    WorkbenchMenus(WorkbenchWindow window) {
        this.window = window;
        var shell = window.shell();
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);

        Menu file = cascade(bar, "&File");
        item(file, "&New Workspace…", 0, this::newWorkspaceDialog);
        item(file, "&Open Workspace…\tCtrl+O", SWT.MOD1 + 'O', this::openWorkspaceDialog);
        item(file, "Save Workspace &As…", 0, this::saveWorkspaceAsDialog);
        Menu recent = cascade(file, "&Recent Workspaces");
        recent.addListener(SWT.Show, e -> {
            clear(recent);
            for (java.nio.file.Path p : window.workspace().recent()) item(recent, p.toString(), 0, () -> window.restore().open(p));
        });
        new MenuItem(file, SWT.SEPARATOR);
        item(file, "Save &Snapshot…\tCtrl+S", SWT.MOD1 + 'S', window::saveSnapshot);
        item(file, "&Import CSV…", 0, window::importCsv);
        item(file, "&Plugins…", 0, window::openPluginManager);
        item(file, "&Clear Cached History", 0, window::clearHistoryCache);
        new MenuItem(file, SWT.SEPARATOR);
        item(file, "E&xit\tCtrl+Q", SWT.MOD1 + 'Q', window::close);

        Menu chart = cascade(bar, "&Chart");
        item(chart, "Symbol Searc&h…\tCtrl+K", SWT.MOD1 + 'K', window::openSymbolSearch);
        item(chart, "New &Tab…\tCtrl+T", SWT.MOD1 + 'T', window::openNewTabSearch);
        item(chart, "Close Ta&b\tCtrl+F4", SWT.MOD1 + SWT.F4, () -> window.tabs().closeShown());
        item(chart, "Next Tab\tCtrl+PgDn", SWT.MOD1 + SWT.PAGE_DOWN, () -> window.tabs().step(1));
        item(chart, "Previous Tab\tCtrl+PgUp", SWT.MOD1 + SWT.PAGE_UP, () -> window.tabs().step(-1));
        item(chart, "&Cancel Drawing or Download\tEsc", SWT.ESC, window::escape);
        item(chart, "Add &Alert…\tAlt+A", SWT.MOD3 + 'A', () -> window.alertsOnChart().create());
        Menu symbols = cascade(chart, "&Symbol");
        symbols.addListener(SWT.Show, e -> fillSymbols(symbols));
        Menu timeframes = cascade(chart, "&Timeframe");
        timeframes.addListener(SWT.Show, e -> fillTimeframes(timeframes));
        Menu types = cascade(chart, "Chart T&ype");
        types.addListener(SWT.Show, e -> fillChoices(types, ChartType.values(), m -> m.chartType(),
                (m, t) -> m.setChartType(t)));
        Menu scales = cascade(chart, "&Price Scale");
        scales.addListener(SWT.Show, e -> fillChoices(scales, PriceScaleMode.values(),
                m -> m.pricePane().scale().mode(), (m, v) -> m.pricePane().scale().setMode(v)));
        Menu crosshair = cascade(chart, "&Crosshair");
        crosshair.addListener(SWT.Show, e -> fillChoices(crosshair, CrosshairMode.values(), m -> m.crosshairMode(),
                (m, v) -> m.setCrosshairMode(v)));

        new MenuItem(chart, SWT.SEPARATOR);
        item(chart, "&Fit Content\tCtrl+F", SWT.MOD1 + 'F', () -> onModel(m -> m.timeScale().fitContent(m.bars().size())));
        item(chart, "&Reset View\tAlt+R", SWT.MOD3 + 'R', () -> onModel(m -> {
            m.timeScale().setBarSpacing(8);
            m.timeScale().setRightOffset(5);
            for (var pane : m.panes()) pane.setAutoScale(true);
        }));
        item(chart, "&Invert Price Scale\tAlt+I", SWT.MOD3 + 'I', () -> onModel(m -> {
            var s = m.pricePane().scale();
            s.setInverted(!s.inverted());
        }));

        Menu view = cascade(bar, "&View");
        item(view, "&Full Screen\tF11", SWT.F11, () -> shell.setFullScreen(!shell.getFullScreen()));
        item(view, "&Maximize", 0, () -> shell.setMaximized(!shell.getMaximized()));
        MenuItem watch = new MenuItem(view, SWT.CHECK);
        watch.setText("&Watchlist\tCtrl+W");
        watch.setAccelerator(SWT.MOD1 + 'W');
        watch.addListener(SWT.Selection, e -> window.showWatchlist(watch.getSelection()));
        MenuItem alertsItem = new MenuItem(view, SWT.CHECK);
        alertsItem.setText("&Alerts\tCtrl+Alt+A");
        alertsItem.setAccelerator(SWT.MOD1 + SWT.MOD3 + 'A');
        alertsItem.addListener(SWT.Selection, e -> window.showAlerts(alertsItem.getSelection()));
        view.addListener(SWT.Show, e -> {
            watch.setSelection(window.watchlistShown());
            alertsItem.setSelection(window.alertsShown());
        });
        Menu layouts = cascade(view, "&Layout");
        String[] names = {"&One Chart", "Two &Side by Side", "Two S&tacked", "&Four (2×2)", "One &Large, Three Small"};
        for (int i = 0; i < Tiles.LAYOUTS.size(); i++) {
            String layout = Tiles.LAYOUTS.get(i);
            MenuItem mi = new MenuItem(layouts, SWT.RADIO);
            mi.setText(names[i]);
            mi.setData(layout);
            mi.addListener(SWT.Selection, e -> {
                if (mi.getSelection()) window.setLayout(layout);
            });
        }
        layouts.addListener(SWT.Show, e -> {
            for (MenuItem mi : layouts.getItems()) mi.setSelection(window.tiles().layout().equals(mi.getData()));
        });
        Menu links = cascade(view, "Link &Group");
        String[] groups = {"&None", "&1 (red)", "&2 (green)", "&3 (blue)", "&4 (orange)"};
        for (int g = 0; g < groups.length; g++) {
            int group = g;
            MenuItem mi = new MenuItem(links, SWT.RADIO);
            mi.setText(groups[g]);
            mi.setData(group);
            mi.addListener(SWT.Selection, e -> {
                if (mi.getSelection()) window.link(group);
            });
        }
        new MenuItem(links, SWT.SEPARATOR);
        MenuItem shareTf = new MenuItem(links, SWT.CHECK);
        shareTf.setText("Linked Charts Share the &Timeframe");
        shareTf.addListener(SWT.Selection, e -> window.links().setTimeframe(shareTf.getSelection()));
        MenuItem scroll = new MenuItem(links, SWT.CHECK);
        scroll.setText("Linked Charts &Scroll Together");
        scroll.addListener(SWT.Selection, e -> window.links().setRange(scroll.getSelection()));
        links.addListener(SWT.Show, e -> scroll.setSelection(window.links().range()));
        links.addListener(SWT.Show, e -> {
            for (MenuItem mi : links.getItems()) {
                if (mi.getData() instanceof Integer g) mi.setSelection(window.chart().linkGroup == g);
            }
            shareTf.setSelection(window.links().timeframe());
        });
        Menu themes = cascade(view, "&Theme");
        for (Theme t : List.of(Theme.DARK, Theme.LIGHT)) {
            MenuItem mi = new MenuItem(themes, SWT.RADIO);
            mi.setText("&" + t.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + t.name().substring(1));
            mi.addListener(SWT.Selection, e -> {
                if (mi.getSelection()) window.setTheme(t);
            });
        }
        themes.addListener(SWT.Show, e -> {
            for (MenuItem mi : themes.getItems()) mi.setSelection(mi.getText().replace("&", "").equalsIgnoreCase(window.theme().name()));
        });
        Menu zones = cascade(view, "Time &Zone");
        zones.addListener(SWT.Show, e -> fillZones(zones));

        indicatorMenu = cascade(bar, "&Indicators");
        drawing = new DrawingControls(window, cascade(bar, "&Draw"), window.toolbar());
        indicatorMenu.addListener(SWT.Show, e -> fillIndicators());

        Menu help = cascade(bar, "&Help");
        item(help, "&About Candela", 0, () -> {
            MessageBox box = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
            box.setText("About Candela");
            box.setMessage("Candela trading workstation\nOSGi (Apache Felix) · SWT · JOGL\nLicensed under Apache-2.0");
            box.open();
        });
    }

    /** Symbols per connector; an exchange lists thousands, so each menu shows the first 30 and a search. */
    private void fillSymbols(Menu menu) {
        clear(menu);
        var current = window.chart().session();
        Timeframe tf = current == null ? Timeframe.M1 : current.timeframe();
        for (MarketDataConnector c : window.connectors()) {
            Menu sub = cascade(menu, WorkbenchWindow.connectorName(c));
            List<String> symbols;
            try {
                symbols = c.symbols();
            } catch (RuntimeException | LinkageError e) { // one broken connector leaves the others in the menu
                MenuItem failed = new MenuItem(sub, SWT.PUSH);
                failed.setText("Failed: " + e.getMessage());
                failed.setEnabled(false);
                window.warn(WorkbenchWindow.connectorName(c) + " could not list its symbols: " + e);
                continue;
            }
            for (String s : symbols.subList(0, Math.min(MENU_SYMBOLS, symbols.size()))) {
                item(sub, s, 0, () -> window.open(c, s, c.timeframes().contains(tf) ? tf : Timeframe.M1));
            }
            if (symbols.size() > MENU_SYMBOLS) {
                new MenuItem(sub, SWT.SEPARATOR);
                item(sub, "All " + symbols.size() + " symbols… (Ctrl+K)", 0, window::openSymbolSearch);
            }
        }
    }

    private static final int MENU_SYMBOLS = 30;

    private void fillTimeframes(Menu menu) {
        clear(menu);
        var s = window.chart().session();
        if (s == null) return;
        for (Timeframe tf : s.connector().timeframes()) {
            MenuItem mi = new MenuItem(menu, SWT.RADIO);
            mi.setText(tf.label());
            mi.setSelection(tf.equals(s.timeframe()));
            mi.addListener(SWT.Selection, e -> {
                if (mi.getSelection() && !tf.equals(s.timeframe())) window.open(s.connector(), s.symbol(), tf);
            });
        }
    }

    /** Applies {@code change} to the open chart's model and redraws. */
    private void onModel(java.util.function.Consumer<ChartModel> change) {
        var s = window.chart().session();
        if (s == null) return;
        change.accept(s.model());
        window.chart().requestFrame();
    }

    /** Radio items for the values of an enum, the current one selected, applying the chosen one. */
    private <E extends Enum<E>> void fillChoices(Menu menu, E[] values, Function<ChartModel, E> current,
            BiConsumer<ChartModel, E> apply) {
        clear(menu);
        var s = window.chart().session();
        if (s == null) return;
        for (E v : values) {
            MenuItem mi = new MenuItem(menu, SWT.RADIO);
            mi.setText(v.name().charAt(0) + v.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            mi.setSelection(current.apply(s.model()) == v);
            mi.addListener(SWT.Selection, e -> {
                if (!mi.getSelection()) return;
                apply.accept(s.model(), v);
                window.chart().requestFrame();
            });
        }
    }

    private static final String[] ZONES = {"UTC", "America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo",
        "Australia/Sydney"};

    /** Axis labels in UTC, the computer's zone or an exchange's; the data stay in UTC. */
    private void fillZones(Menu menu) {
        clear(menu);
        var s = window.chart().session();
        if (s == null) return;
        java.util.List<java.time.ZoneId> zones = new java.util.ArrayList<>();
        zones.add(java.time.ZoneId.systemDefault());
        for (String z : ZONES) zones.add(java.time.ZoneId.of(z));
        for (java.time.ZoneId z : zones) {
            MenuItem mi = new MenuItem(menu, SWT.RADIO);
            mi.setText(z.equals(java.time.ZoneId.systemDefault()) ? "Local (" + z.getId() + ")" : z.getId());
            mi.setSelection(s.model().zone().equals(z));
            mi.addListener(SWT.Selection, e -> {
                if (!mi.getSelection()) return;
                s.model().setZone(z);
                window.chart().requestFrame();
            });
        }
    }

    private void fillIndicators() {
        clear(indicatorMenu);
        item(indicatorMenu, "Add Indicator…\tCtrl+I", SWT.MOD1 | 'I', window::openAddIndicatorDialog);
        new MenuItem(indicatorMenu, SWT.SEPARATOR);
        Map<String, Menu> groups = new TreeMap<>();
        Map<String, Indicator> sorted = new TreeMap<>();
        for (Indicator i : window.indicators()) {
            try {
                sorted.put(i.descriptor().group() + "\u0000" + i.descriptor().name(), i);
            } catch (RuntimeException e) {
                // a broken plugin's descriptor: leave it out of the menu
            }
        }
        if (sorted.isEmpty()) {
            MenuItem none = new MenuItem(indicatorMenu, SWT.PUSH);
            none.setText("(no indicator plugins installed)");
            none.setEnabled(false);
        }
        for (Indicator i : sorted.values()) {
            Menu g = groups.computeIfAbsent(i.descriptor().group(), name -> cascade(indicatorMenu, name));
            item(g, i.descriptor().name(), 0, () -> window.addIndicator(i));
        }
        var bindings = window.bindings();
        if (!bindings.isEmpty()) {
            new MenuItem(indicatorMenu, SWT.SEPARATOR);
            for (IndicatorBinding b : bindings) {
                String failed = b.error() == null ? "" : "  (failed)";
                Menu m = cascade(indicatorMenu, b.spec().name() + failed);
                item(m, "Settings…", 0, () -> window.editIndicator(b));
                item(m, "Remove", 0, () -> window.removeIndicator(b));
            }
        }
    }

    /** File ▸ New Workspace…: a file for it, then one default chart in it (the current workspace is saved first). */
    private void newWorkspaceDialog() {
        FileDialog d = new FileDialog(window.shell(), SWT.SAVE);
        d.setText("New Workspace");
        d.setFilterExtensions(new String[] {"*.json"});
        d.setFilterPath(window.workspace().file().toAbsolutePath().getParent().toString());
        d.setFileName("workspace.json");
        d.setOverwrite(true);
        String f = d.open();
        if (f != null) window.restore().create(java.nio.file.Path.of(f.endsWith(".json") ? f : f + ".json"));
    }

    private void openWorkspaceDialog() {
        FileDialog d = new FileDialog(window.shell(), SWT.OPEN);
        d.setText("Open Workspace");
        d.setFilterExtensions(new String[] {"*.json", "*"});
        d.setFilterPath(window.workspace().file().toAbsolutePath().getParent().toString());
        String f = d.open();
        if (f != null) window.restore().open(java.nio.file.Path.of(f));
    }

    private void saveWorkspaceAsDialog() {
        FileDialog d = new FileDialog(window.shell(), SWT.SAVE);
        d.setText("Save Workspace As");
        d.setFilterExtensions(new String[] {"*.json"});
        d.setFilterPath(window.workspace().file().toAbsolutePath().getParent().toString());
        d.setOverwrite(true);
        String f = d.open();
        if (f != null) window.restore().saveAs(java.nio.file.Path.of(f.endsWith(".json") ? f : f + ".json"));
    }

    private static void clear(Menu menu) {
        for (MenuItem mi : menu.getItems()) mi.dispose();
    }

    static Menu cascade(Menu parent, String text) {
        MenuItem mi = new MenuItem(parent, SWT.CASCADE);
        mi.setText(text);
        Menu m = new Menu(mi);
        mi.setMenu(m);
        return m;
    }

    static MenuItem item(Menu menu, String text, int accelerator, Runnable action) {
        MenuItem mi = new MenuItem(menu, SWT.PUSH);
        mi.setText(text);
        if (accelerator != 0) mi.setAccelerator(accelerator);
        mi.addListener(SWT.Selection, e -> action.run());
        return mi;
    }
}
