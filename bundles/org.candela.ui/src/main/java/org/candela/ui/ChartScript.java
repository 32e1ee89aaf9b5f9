package org.candela.ui;

import java.util.ArrayList;
import java.util.List;
import org.candela.chart.session.ChartSession;
import org.candela.chart.session.IndicatorBinding;
import org.candela.chart.session.IndicatorSpec;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.ParameterValues;

/**
 * The open chart as text, for the Gogo commands ({@code candela:chart}, {@code candela:view},
 * {@code candela:series}, {@code candela:add}, {@code candela:remove}) and the tests that drive the window.
 * UI thread only.
 */
final class ChartScript {

    private final WorkbenchWindow window;

    ChartScript(WorkbenchWindow window) {
        this.window = window;
    }

    /** The open chart in one line, for the Gogo shell. */
    String describe() {
        return describe(window.chart());
    }

    /** One line per tile, in order; the focused one starts with *. */
    List<String> tileLines() {
        List<String> out = new ArrayList<>();
        for (ChartCanvas c : window.tiles().all()) {
            TileTabs t = window.tiles().tabs(c);
            out.add((c == window.chart() ? "* " : "  ") + describe(c) + (c.linkGroup == 0 ? "" : " [link " + c.linkGroup + "]")
                    + (t.size() > 1 ? " [tab " + (t.selected + 1) + " of " + t.size() + "]" : ""));
        }
        return out;
    }

    private static String describe(ChartCanvas c) {
        ChartSession s = c.session();
        if (s == null) return "no chart open";
        return s.model().title() + ": " + s.model().bars().size() + " bars, " + s.model().panes().size() + " panes, "
                + s.indicators().size() + " indicators, " + s.state();
    }

    /** The view state in one line, for scripts and tests: visible bars, spacing, pane heights, autoscale. */
    String viewState() {
        ChartSession s = window.chart().session();
        if (s == null || window.chart().view() == null) return "no chart open";
        var ts = s.model().timeScale();
        var layout = window.chart().view().layout();
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "visible %.2f..%.2f spacing %.4f offset %.2f panes",
                ts.visibleFrom(), ts.visibleTo(), ts.barSpacing(), ts.rightOffset()));
        for (int p = 0; p < layout.paneCount(); p++) b.append(p == 0 ? " " : ",").append(layout.paneHeight(p));
        b.append(" autoscale");
        for (int p = 0; p < s.model().panes().size(); p++) b.append(p == 0 ? " " : ",").append(s.model().panes().get(p).autoScale());
        var origin = window.chart().control().toDisplay(0, 0);
        b.append(" tops");
        for (int p = 0; p < layout.paneCount(); p++) b.append(p == 0 ? " " : ",").append(layout.paneTop(p));
        b.append(" plot ").append(layout.plotWidth()).append(" timeaxis ").append(layout.timeAxisTop());
        b.append(" origin ").append(origin.x).append(',').append(origin.y);
        return b.toString();
    }

    /** One line per legend entry: its title and its centre on the screen ({@code SMA(20) at 812,104}). */
    List<String> legendLines() {
        ChartSession s = window.chart().session();
        List<String> out = new ArrayList<>();
        if (s == null || window.chart().view() == null) return out;
        for (var pane : s.model().panes()) {
            for (var series : pane.series()) {
                float[] box = window.chart().view().legendBox(series);
                if (box == null) continue;
                var at = window.chart().control().toDisplay(Math.round((box[0] + box[2]) / 2), Math.round((box[1] + box[3]) / 2));
                out.add(series.title() + " at " + at.x + "," + at.y);
            }
        }
        return out;
    }

    /** One line per series: pane index, title, and the failure if any. */
    List<String> seriesLines() {
        ChartSession s = window.chart().session();
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        var panes = s.model().panes();
        for (int p = 0; p < panes.size(); p++) {
            for (var series : panes.get(p).series()) {
                out.add("pane " + p + ": " + series.title() + (series.error() == null ? "" : " (failed: " + series.error() + ")"));
            }
        }
        return out;
    }

    /**
     * Adds an installed indicator, written as on the command line ({@code macd(12,26,9)},
     * {@code ema(9,source=rsi(14))}) or as an id with {@code key=value} parameters; returns what was added.
     */
    String addIndicator(String id, String... parameters) {
        ChartSession s = window.chart().session();
        if (s == null) throw new IllegalStateException("no chart open");
        String text = parameters.length == 0 ? id : id + "(" + String.join(",", parameters) + ")";
        IndicatorSpec spec = IndicatorSpec.parse(text, window.indicators());
        s.addIndicator(spec);
        window.chart().requestFrame();
        return "added " + spec.name();
    }

    /** Opens {@code symbol} of the connector with this id, at {@code timeframe} (or the chart's). */
    String open(String connectorId, String symbol, String timeframe) {
        return open(connectorId, symbol, timeframe, false);
    }

    /** Opens a symbol in the focused tile, or in a new tab of it. */
    private String open(String connectorId, String symbol, String timeframe, boolean newTab) {
        var c = window.connector(connectorId);
        if (c == null) throw new IllegalArgumentException("no connector '" + connectorId + "' is installed");
        ChartSession s = window.chart().session();
        var tf = timeframe != null ? org.candela.marketdata.api.Timeframe.parse(timeframe)
                : s != null ? s.timeframe() : org.candela.marketdata.api.Timeframe.M1;
        if (newTab) window.tabs().open(window.chart(), c, symbol, tf);
        else window.open(c, symbol, tf);
        return "opening " + symbol + " " + tf.label() + " on " + connectorId + (newTab ? " in a new tab" : "");
    }

    /**
     * {@code candela:tab}: the focused tile's tabs, the shown one marked with *; {@code tab N} shows tab N
     * (from 1), {@code tab new CONNECTOR SYMBOL [TF]} opens one, {@code tab close N} closes one.
     */
    List<String> tab(String... args) {
        ChartCanvas tile = window.chart();
        if (args.length >= 3 && args[0].equals("new")) {
            open(args[1], args[2], args.length > 3 ? args[3] : null, true);
        } else if (args.length == 2 && args[0].equals("close")) {
            window.tabs().close(tile, tabIndex(tile, args[1]));
        } else if (args.length == 1) {
            window.tabs().select(tile, tabIndex(tile, args[0]));
        } else if (args.length != 0) {
            throw new IllegalArgumentException("usage: candela:tab [N | new CONNECTOR SYMBOL [TF] | close N]");
        }
        TileTabs t = window.tiles().tabs(tile);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            TileTabs.Tab tab = t.tabs.get(i);
            String what = i == t.selected ? describe(tile) : tab.session != null ? tab.session.model().title() + ": "
                    + tab.session.model().bars().size() + " bars, " + tab.session.state() + " (hidden)"
                    : tab.state == null ? "no chart" : tab.state.symbol() + " · " + tab.state.timeframe() + " (not opened yet)";
            out.add((i == t.selected ? "* " : "  ") + (i + 1) + " " + what);
        }
        return out;
    }

    /**
     * {@code candela:draw}: the focused chart's drawings, one a line (bottom first) in their text form;
     * {@code draw SPEC} adds one, {@code draw delete N}, {@code draw select N}, {@code draw undo}, {@code draw redo};
     * {@code draw at N}: the screen pixels of drawing N's anchors ({@code x,y x,y}).
     */
    List<String> draw(String... args) {
        ChartCanvas tile = window.chart();
        var editor = tile.editor();
        if (editor == null || tile.session() == null) throw new IllegalStateException("not yet: no chart open");
        var drawings = tile.session().drawings();
        String verb = args.length == 0 ? "" : args[0];
        if (verb.equals("undo") || verb.equals("redo")) {
            if (!(verb.equals("undo") ? editor.undo() : editor.redo())) throw new IllegalArgumentException("nothing to " + verb);
        } else if ((verb.equals("delete") || verb.equals("select") || verb.equals("at")) && args.length == 2) {
            int n = drawingIndex(drawings.size(), args[1]);
            var d = drawings.all().get(n);
            if (verb.equals("at")) {
                float[] h = editor.handles(d);
                var origin = tile.control().toDisplay(0, 0);
                List<String> at = new ArrayList<>();
                for (int k = 0; k < h.length; k += 2) at.add(Math.round(origin.x + h[k]) + "," + Math.round(origin.y + h[k + 1]));
                return List.of(String.join(" ", at));
            }
            editor.select(List.of(d));
            if (verb.equals("delete")) editor.deleteSelected();
        } else if (args.length > 0) {
            String text = String.join(" ", args);
            var spec = org.candela.chart.drawing.DrawingSpec.parse(text, window.symbolDrawings()::descriptor);
            editor.add(spec, window.symbolDrawings().tool(spec.tool()));
        }
        tile.requestFrame();
        List<String> out = new ArrayList<>();
        var all = drawings.all();
        for (int i = 0; i < all.size(); i++) {
            var d = all.get(i);
            out.add((i + 1) + " " + d.spec().text() + (d.locked ? " [locked]" : "") + (d.selected ? " [selected]" : "")
                    + (d.error() == null ? "" : " [" + d.error() + "]"));
        }
        return out;
    }

    /**
     * The alerts, one a line ({@code 1 on BTC/USD 1m close crosses 21450 · once per bar · Running}); {@code add
     * CONDITION} adds one on the focused chart (once per bar), {@code mode N MODE}, {@code on N}, {@code off N},
     * {@code delete N}, {@code move N PRICE} (as a drag of its line); {@code log} lists the firings as JSON and
     * {@code popups} the notifications shown.
     */
    List<String> alert(String... args) {
        AlertCenter alerts = window.alerts();
        String verb = args.length == 0 ? "" : args[0];
        List<org.candela.chart.alert.Alert> all = alerts.all();
        if (verb.equals("log")) return alerts.log().stream().map(org.candela.chart.alert.Firing::json).toList();
        if (verb.equals("popups")) return AlertPopup.shown();
        if (verb.equals("view")) return List.of((window.alertsShown() ? "shown " : "hidden ") + window.alertsView().describe());
        if (verb.equals("popupat")) return AlertPopup.newestCentre(); // where the newest notification is: for a real click
        if (verb.equals("create")) { // Chart ▸ Add Alert… (Alt+A)
            window.alertsOnChart().create();
            return List.of("the Create Alert dialog is open");
        }
        if (verb.equals("online") && args.length == 2) { // the chart's right-click ▸ Add Alert on Line… on drawing N
            var drawings = window.chart().session().drawings().all();
            window.alertsOnChart().createOn(drawings.get(drawingIndex(drawings.size(), args[1])));
            return List.of("the Create Alert dialog is open");
        }
        if (verb.equals("at") && args.length == 2) { // where alert N's line is on the screen, mid-plot: for a real drag
            var a = all.get(drawingIndex(all.size(), args[1]));
            ChartCanvas tile = window.chart();
            var line = alerts.lineOf(a);
            var bars = tile.session().model().bars();
            var layout = tile.view().layout();
            double middle = tile.session().model().timeScale().xToIndex(layout.plotWidth() / 2.0); // the bar position mid-plot
            double level = line != null ? line.at(bars, middle, tile.session().model().barMillis()) : alerts.levelOf(a);
            int y = (int) Math.round(layout.paneTop(0) + tile.session().model().pricePane().scale().priceToY(level));
            var origin = tile.control().toDisplay(0, 0);
            return List.of((origin.x + layout.plotLeft() + layout.plotWidth() / 2) + "," + (origin.y + y));
        }
        if (verb.equals("add") && args.length > 1) {
            ChartSession s = window.chart().session();
            if (s == null) throw new IllegalStateException("not yet: no chart open");
            String condition = alerts.parse(String.join(" ", java.util.Arrays.copyOfRange(args, 1, args.length))).text();
            alerts.add(org.candela.chart.alert.Alert.of(s.connector().id(), s.symbol(), s.timeframe().label(), condition,
                    org.candela.chart.alert.Alert.Mode.ONCE_PER_BAR));
        } else if (List.of("on", "off", "delete", "mode", "move", "command").contains(verb) && args.length >= 2) {
            var a = all.get(drawingIndex(all.size(), args[1]));
            switch (verb) {
                case "on", "off" -> alerts.setEnabled(a.id(), verb.equals("on"));
                case "delete" -> alerts.remove(a.id());
                case "move" -> alerts.moveLevel(a.id(), Double.parseDouble(args[2]));
                case "command" -> alerts.edit(new org.candela.chart.alert.Alert(a.id(), a.connector(), a.symbol(), a.timeframe(),
                        a.condition(), a.mode(), a.expires(), a.enabled(), String.join(" ", java.util.Arrays.copyOfRange(args, 2, args.length)),
                        a.drawing()));
                default -> alerts.edit(new org.candela.chart.alert.Alert(a.id(), a.connector(), a.symbol(), a.timeframe(), a.condition(),
                        org.candela.chart.alert.Alert.Mode.parse(String.join(" ", java.util.Arrays.copyOfRange(args, 2, args.length))),
                        a.expires(), a.enabled(), a.command(), a.drawing()));
            }
        } else if (!verb.isEmpty()) {
            throw new IllegalArgumentException("alert takes no argument, add CONDITION, on N, off N, delete N, mode N MODE, move N PRICE, "
                    + "command N CMD, at N, online DRAWING, view, log or popups");
        }
        List<String> out = new ArrayList<>();
        all = alerts.all();
        for (int i = 0; i < all.size(); i++) {
            var a = all.get(i);
            out.add((i + 1) + " " + (a.enabled() ? "on " : "off ") + a.symbol() + " " + a.timeframe() + " " + a.condition() + " · "
                    + a.mode().text() + " · " + alerts.status(a));
        }
        return out;
    }

    private static int drawingIndex(int size, String n) {
        if (!n.matches("[1-9][0-9]{0,5}") || Integer.parseInt(n) > size) {
            throw new IllegalArgumentException("the chart has drawings 1 to " + size + ", not '" + n + "'");
        }
        return Integer.parseInt(n) - 1;
    }

    /** Tab {@code n} (from 1) of {@code tile}, as an index. */
    private int tabIndex(ChartCanvas tile, String n) {
        int size = window.tiles().tabs(tile).size();
        if (!n.matches("[1-9][0-9]{0,2}") || Integer.parseInt(n) > size) {
            throw new IllegalArgumentException("the tile has tabs 1 to " + size + ", not '" + n + "'");
        }
        return Integer.parseInt(n) - 1;
    }

    /** Removes the indicator shown as {@code shortName} (e.g. {@code sma(20)}); returns what was removed. */
    String removeIndicator(String shortName) {
        for (IndicatorBinding b : window.bindings()) {
            if (b.spec().name().equals(shortName)) {
                window.removeIndicator(b);
                return "removed " + shortName;
            }
        }
        throw new IllegalArgumentException("the chart has no indicator '" + shortName + "'");
    }

    /** The installed plugins: name, version, state, what each provides. */
    List<String> pluginLines() {
        List<String> out = new ArrayList<>();
        for (PluginFolder.Plugin p : folder().list()) {
            out.add(p.name() + " " + p.version() + " " + p.state() + (p.provides().isEmpty() ? "" : ": " + p.provides()));
        }
        return out;
    }

    String installPlugin(String jar) {
        try {
            return "installing " + folder().install(java.nio.file.Path.of(jar)) + " from " + folder().dir();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    String uninstallPlugin(String symbolicName) {
        for (PluginFolder.Plugin p : folder().list()) {
            if (!p.name().equals(symbolicName)) continue;
            try {
                folder().uninstall(p);
                return "uninstalling " + symbolicName;
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }
        throw new IllegalArgumentException("no plugin '" + symbolicName + "' is installed from the plugins folder");
    }

    private PluginFolder folder() {
        if (window.plugins() == null) throw new IllegalStateException("this launch has no plugins folder");
        return window.plugins();
    }
}
