package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * Work survives a restart: the window is arranged (another symbol and timeframe, indicators added and
 * removed, a plugin's indicator), closed, and started again: the same chart, indicators and view are back.
 * A plugin that is gone leaves its indicator in the workspace as a placeholder, which comes back with it.
 * Each run is a JVM of its own, as a real start is.
 */
class WorkspaceTest {

    @TempDir
    Path work;

    @Test
    void theChartItsIndicatorsAndItsViewComeBackAfterARestart() throws Exception {
        Product.requireDisplay();
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(Product.exampleJar(), plugins.resolve("momentum.jar"));
        Map<String, String> first = run("open replay ETH/USD 5m", "await ETH/USD · 5m", "add macd(12,26,9)", "remove sma(20)",
                "add momentum");
        assertEquals("[pane 0: ETH/USD · 5m · Replay, pane 1: Vol, pane 2: MACD(12,26,9) MACD, pane 2: MACD(12,26,9) Signal, "
                + "pane 2: MACD(12,26,9) Histogram, pane 3: MOMENTUM(10)]", first.get("series"));
        Path file = work.resolve("data/workspaces/current.json");
        var json = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        assertEquals("momentum(10)", json.at("/tiles/0/tabs/0/indicators/1/spec").asText(), json.toString());
        assertEquals("com.example.momentum", json.at("/tiles/0/tabs/0/indicators/1/bundle").asText());
        // as a user would leave it: zoomed out, scrolled back
        ((ObjectNode) json.at("/tiles/0/tabs/0")).put("barSpacing", 3.5).put("rightOffset", -40.0);
        Files.writeString(file, json.toPrettyString());

        Map<String, String> second = run();
        assertEquals(first.get("series"), second.get("series"), "the same panes and indicators");
        assertTrue(second.get("chart").startsWith("ETH/USD · 5m · Replay: "), second.get("chart"));
        // scrolled back, the view stays on its bars as the replay's new ones come: a bar that opened since the
        // restore moved the offset one further (seen when a 5-minute boundary fell inside the run)
        assertTrue(second.get("view").matches(".* spacing 3\\.5000 offset -4[012]\\.00 .*"), second.get("view"));

        Files.delete(plugins.resolve("momentum.jar"));
        Map<String, String> third = run();
        assertFalse(third.get("series").contains("MOMENTUM"), third.get("series"));
        assertTrue(third.get("status").contains("momentum(10) needs com.example.momentum 1.0.0, which is not installed"), third.get("status"));
        assertTrue(Files.readString(file).contains("\"momentum(10)\""), "the placeholder was saved with the rest");

        Files.copy(Product.exampleJar(), plugins.resolve("momentum.jar"));
        Map<String, String> fourth = run("await MOMENTUM(10)");
        assertEquals(first.get("series"), fourth.get("series"), "the plugin is back, and so is its indicator");
    }

    @Test
    void aCorruptWorkspaceOpensItsBackupAndSaysSo() throws Exception {
        Product.requireDisplay();
        run("open replay SOL/USD 1h", "await SOL/USD · 1h");
        run("open replay ETH/USD 1h", "await ETH/USD · 1h"); // current: ETH; its backup: SOL
        Path file = work.resolve("data/workspaces/current.json");
        Files.writeString(file, Files.readString(file).substring(0, 40)); // a torn write, say
        Map<String, String> after = run();
        assertTrue(after.get("chart").startsWith("SOL/USD · 1h · Replay"), after.get("chart"));
        assertTrue(after.get("status").contains("current.json is not a workspace (not complete JSON"), after.get("status"));
        assertTrue(after.get("status").contains("its backup was opened"), after.get("status"));
        try (var files = Files.list(file.getParent())) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("current.json.unreadable-")), "the torn file kept aside");
        }
    }

    /** Four tiles from the command line, one changed by the user: after a restart the same four are back. */
    @Test
    void tilesAndTheirChartsComeBack() throws Exception {
        Product.requireDisplay();
        Map<String, String> first = run("prop candela.layout 2x2", "prop candela.symbols BTC/USD,ETH/USD,SOL/USD,BTC/USD",
                "awaitcharts BTC/USD · 1m", "awaitcharts ETH/USD · 1m", "awaitcharts SOL/USD · 1m", "focus 4", "open replay ETH/USD 1h",
                "awaitcharts ETH/USD · 1h", "add rsi(14)");
        String charts = first.get("charts");
        assertTrue(charts.matches("\\[  BTC/USD · 1m · Replay: .*,   ETH/USD · 1m · Replay: .*,   SOL/USD · 1m · Replay: .*, "
                + "\\* ETH/USD · 1h · Replay: .*2 indicators.*\\]"), charts);
        // every tile's chart loads on its own: each is awaited (one alone left the others "no chart open" now and then)
        Map<String, String> second = run("awaitcharts BTC/USD · 1m", "awaitcharts ETH/USD · 1m", "awaitcharts SOL/USD · 1m",
                "awaitcharts ETH/USD · 1h");
        assertEquals(shape(charts), shape(second.get("charts")), "the same tiles, symbols, timeframes and indicators");
        var w = new ObjectMapper().readTree(work.resolve("data/workspaces/current.json").toFile());
        assertEquals("2x2", w.get("layout").asText());
        assertEquals(4, w.get("tiles").size());
        assertEquals("rsi(14)", w.at("/tiles/3/tabs/0/indicators/1/spec").asText());
    }

    /** Linked tiles share the symbol (and the timeframe): a change in one shows in the other, and the link survives a restart. */
    @Test
    void linkedChartsFollowEachOther() throws Exception {
        Product.requireDisplay();
        Map<String, String> first = run("prop candela.layout 1x2", "prop candela.symbols BTC/USD,SOL/USD", "awaitcharts SOL/USD · 1m",
                "focus 2", "link 3", "focus 1", "link 3", "awaitcharts * SOL/USD · 1m",
                "open replay ETH/USD 5m", "awaitcharts   ETH/USD · 5m");
        String charts = first.get("charts");
        assertTrue(charts.matches("\\[\\* ETH/USD · 5m · Replay: .*\\[link 3\\],   ETH/USD · 5m · Replay: .*\\[link 3\\]\\]"), charts);
        Map<String, String> second = run("awaitcharts ETH/USD · 5m");
        assertEquals(shape(charts), shape(second.get("charts")), "the link and the charts after a restart");
    }

    /** The watchlist: live quotes, reorder, remove, a click opens the symbol; the rows come back after a restart. */
    @Test
    void theWatchlistQuotesLiveAndComesBack() throws Exception {
        Product.requireDisplay();
        String quoted = "\\[ETH/USD last [0-9.]+ chg [-+\u2212]?[0-9.]+ \\([-+][0-9.]+%\\) vol [0-9.KM]+ · Replay live, "
                + "SOL/USD last [0-9.]+ .*, EUR/USD last 1\\.[0-9]{5} .*\\]";
        Map<String, String> first = run("watch add replay ETH/USD", "watch add replay SOL/USD", "watch add replay EUR/USD",
                "awaitwatch " + quoted, "watch move 3 1", "watch remove 3", "watch open 2", "await ETH/USD · 1m");
        assertTrue(first.get("watch").matches("\\[EUR/USD last .*, ETH/USD last .*\\]"), first.get("watch"));
        assertTrue(first.get("chart").startsWith("ETH/USD · 1m · Replay"), "a click put it on the chart: " + first.get("chart"));
        Map<String, String> second = run("awaitwatch \\[EUR/USD last 1.*, ETH/USD last [0-9].*\\]");
        assertTrue(second.get("watch").startsWith("[EUR/USD last "), second.get("watch"));
    }

    /**
     * As a trader does it, with real keys only: View ▸ Layout ▸ Two Side by Side, View ▸ Link Group ▸ 2 on the
     * first tile, then File ▸ Exit by Ctrl+Q; the next start shows the same two tiles and the link.
     */
    @Test
    void aWindowArrangedWithRealKeysAndQuitByCtrlQComesBackAsItWas() throws Exception {
        Product.requireDisplay();
        assertTrue(new java.io.File("/usr/bin/xdotool").exists(), "xdotool is missing: run .ci/ensure-packages");
        run("click", "keys alt+v l s", "awaitcharts ,   BTC/USD · 1m · Replay", "click", "keys alt+v g 2", "awaitcharts [link 2]",
                "keys ctrl+q", "awaitclosed");
        Map<String, String> second = run("awaitcharts ,   BTC/USD · 1m · Replay");
        assertTrue(second.get("charts").matches("\\[\\* BTC/USD · 1m · Replay: .* \\[link 2\\],   BTC/USD · 1m · Replay: [^\\[]*\\]"),
                second.get("charts"));
        var w = new ObjectMapper().readTree(work.resolve("data/workspaces/current.json").toFile());
        assertEquals("1x2", w.get("layout").asText());
    }

    /**
     * A trend line drawn with real input (Alt+T, two clicks on the chart) and a level added from the shell; quit
     * by Ctrl+Q; after a restart both are on the chart, and on another timeframe of the symbol too. A drawing whose
     * tool is not installed stays in the workspace.
     */
    @Test
    void drawingsComeBackAfterARestartOnEveryChartOfTheSymbol() throws Exception {
        Product.requireDisplay();
        assertTrue(new java.io.File("/usr/bin/xdotool").exists(), "xdotool is missing: run .ci/ensure-packages");
        Map<String, String> first = run("click", "keys alt+t", "clickat 300 150", "clickat 500 250", "awaitdraw 1 trend(",
                "keys ctrl+q", "awaitclosed");
        String drawn = first.get("drawn");
        assertTrue(drawn.matches("\\[1 trend\\(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ [0-9.]+, \\d{4}-.*Z [0-9.]+\\) \\[selected\\]\\]"), drawn);
        String trend = drawn.substring(3, drawn.indexOf(") [selected]") + 1);
        Path file = work.resolve("data/workspaces/current.json");
        var json = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        assertEquals(trend, json.at("/drawings/replay:BTC~1USD/0/spec").asText(), json.toString());
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.at("/drawings/replay:BTC~1USD")).addObject()
                .put("spec", "gann(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2)").put("locked", false).put("hidden", false);
        Files.writeString(file, json.toPrettyString());

        Map<String, String> second = run("awaitdraw 1 " + trend, "open replay BTC/USD 5m", "await BTC/USD · 5m", "awaitdraw 1 " + trend);
        assertEquals("[1 " + trend + "]", second.get("drawings"), "the trend line on the 5-minute chart of the symbol too");
        var saved = new ObjectMapper().readTree(file.toFile());
        assertEquals("gann(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2)", saved.at("/drawings/replay:BTC~1USD/1/spec").asText(),
                "the drawing of a tool not installed is kept: " + saved.get("drawings"));
    }

    /**
     * Tabs within a tile: two more charts opened as tabs, one with an indicator added; the tab left hidden stays
     * live; after a restart the three tabs are back with the same one shown, the others open when first shown,
     * and a closed tab stays closed.
     */
    @Test
    void tabsComeBackWithTheirChartsAndTheOneShown() throws Exception {
        Product.requireDisplay();
        Map<String, String> first = run("tab new replay ETH/USD 5m", "awaitcharts * ETH/USD · 5m", "add rsi(14)", "tab new replay SOL/USD 1h",
                "awaitcharts * SOL/USD · 1h", "tab 2", "awaitcharts * ETH/USD · 5m");
        assertTrue(first.get("tabs").matches("\\[  1 BTC/USD · 1m · Replay: \\d+ bars, LIVE \\(hidden\\), \\* 2 ETH/USD · 5m · Replay: .*2 indicators.*, "
                + "  3 SOL/USD · 1h · Replay: \\d+ bars, LIVE \\(hidden\\)\\]"), first.get("tabs"));
        assertTrue(first.get("charts").endsWith("[tab 2 of 3]]"), first.get("charts"));
        var w = new ObjectMapper().readTree(work.resolve("data/workspaces/current.json").toFile());
        assertEquals(3, w.at("/tiles/0/tabs").size(), w.toString());
        assertEquals(1, w.at("/tiles/0/selected").asInt());
        assertEquals("rsi(14)", w.at("/tiles/0/tabs/1/indicators/1/spec").asText(), w.toString());
        assertEquals("1h", w.at("/tiles/0/tabs/2/timeframe").asText());

        Map<String, String> second = run("awaitcharts * ETH/USD · 5m", "awaittabs \\[  1 BTC/USD · 1m \\(not opened yet\\), \\* 2 ETH/USD · 5m.*2 indicators.*, "
                + "  3 SOL/USD · 1h \\(not opened yet\\)\\]", "tab 3", "awaitcharts * SOL/USD · 1h", "tab close 1", "await SOL/USD · 1h");
        assertTrue(second.get("tabs").matches("\\[  1 ETH/USD · 5m · Replay: .*\\(hidden\\), \\* 2 SOL/USD · 1h · Replay: .*\\]"), second.get("tabs"));
        Map<String, String> third = run("awaitcharts * SOL/USD · 1h");
        assertTrue(third.get("tabs").matches("\\[  1 ETH/USD · 5m \\(not opened yet\\), \\* 2 SOL/USD · 1h · Replay: .*\\]"), third.get("tabs"));
        assertEquals(third.get("series"), second.get("series"), "the shown chart's panes after the restart");
    }

    /** A tile line without what changes from run to run (the bar count, the live state, the focus mark). */
    private static String shape(String charts) {
        return charts.replaceAll(": \\d+ bars", ":").replaceAll(", (LIVE|CONNECTING|CLOSED)", "").replace("* ", "  ");
    }

    /** File ▸ Save Workspace As… and Open Workspace…: two named workspaces, each opening its own chart. */
    @Test
    void namedWorkspacesAreSavedAndOpened() throws Exception {
        Product.requireDisplay();
        Path named = work.resolve("mine/eth.json");
        run("open replay ETH/USD 15m", "await ETH/USD · 15m", "workspace saveas " + named, "awaitcharts ETH/USD · 15m",
                "open replay SOL/USD 15m", "await SOL/USD · 15m");
        assertTrue(WorkspaceFileReader.symbol(named).equals("SOL/USD"), "after Save As, changes go to the named file: " + Files.readString(named));
        Map<String, String> again = run("workspace open " + named, "await SOL/USD · 15m");
        assertTrue(again.get("chart").startsWith("SOL/USD · 15m"), again.get("chart"));
        Path fresh = work.resolve("mine/new.json");
        Map<String, String> blank = run("workspace open " + named, "await SOL/USD · 15m", "workspace new " + fresh, "await BTC/USD · 1m");
        assertTrue(blank.get("charts").matches("\\[\\* BTC/USD · 1m · Replay: .*\\]"), "one default chart: " + blank.get("charts"));
        assertEquals("BTC/USD", WorkspaceFileReader.symbol(fresh), "saved into the new file");
        assertEquals("SOL/USD", WorkspaceFileReader.symbol(named), "the one before is kept");
        assertTrue(Files.readString(work.resolve("data/workspaces/recent.txt")).startsWith(fresh + "\n" + named + "\n"),
                "the recent list, newest first: " + Files.readString(work.resolve("data/workspaces/recent.txt")));
    }

    /** The first chart's symbol in a workspace file. */
    private static final class WorkspaceFileReader {
        static String symbol(Path file) throws java.io.IOException {
            return new ObjectMapper().readTree(file.toFile()).at("/tiles/0/tabs/0/symbol").asText();
        }
    }

    private Map<String, String> run(String... commands) throws Exception {
        return runWindow(work, commands);
    }

    /** Starts the window in a JVM of its own, runs {@code commands} (Gogo), stops it; returns what it printed. */
    static Map<String, String> runWindow(Path work, String... commands) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", // as bin/candela runs the product: JOGL's set-up opens no AWT display beside GTK's
                "-cp", System.getProperty("java.class.path"), "-Dcandela.product=" + Product.home(), Window.class.getName(), work.toString()));
        cmd.addAll(Arrays.asList(commands));
        String out = Product.runChild(cmd, 120);
        Map<String, String> lines = new java.util.HashMap<>();
        for (String l : out.lines().toList()) {
            int colon = l.indexOf(": ");
            if (colon > 0 && List.of("chart", "series", "view", "status", "charts", "watch", "tabs", "drawings", "drawn", "alerts", "alertlog",
                    "alertview", "popups", "before", "alertpixels").contains(l.substring(0, colon))) {
                lines.put(l.substring(0, colon), l.substring(colon + 2));
            }
        }
        assertTrue(out.contains("closed: the window quit") || lines.keySet().containsAll(List.of("chart", "series", "view", "status")), out);
        return lines;
    }

    /** The child: the window (replay), the commands, the chart's state printed, a clean stop (which saves). */
    public static final class Window {
        public static void main(String[] args) throws Exception {
            Map<String, String> props = new java.util.HashMap<>();
            for (String a : args) if (a.startsWith("prop ")) props.put(a.split(" ")[1], a.split(" ")[2]);
            Framework f = Felix.start(Path.of(args[0]), "gui", props);
            try {
                Felix.await(() -> !call(f, "chart").startsWith("no chart") && !call(f, "chart").startsWith("not yet"), "a chart");
                for (int i = 1; i < args.length; i++) {
                    String[] w = args[i].split(" ", 2);
                    if (w[0].equals("prop")) continue;
                    System.out.println("step: " + args[i] + " · " + call(f, "charts"));
                    if (w[0].equals("awaitcharts")) {
                        Felix.await(() -> call(f, "charts").contains(w[1]), w[1]);
                    } else if (w[0].equals("focus")) {
                        call(f, w[0], Integer.parseInt(w[1]));
                    } else if (w[0].equals("link")) {
                        String[] a = w[1].split(" ");
                        call(f, "link", a[0], java.util.Arrays.copyOfRange(a, 1, a.length));
                    } else if (w[0].equals("await")) {
                        try {
                            Felix.await(() -> call(f, "chart").startsWith(w[1]) || call(f, "series").contains(w[1]), w[1]);
                        } catch (AssertionError e) {
                            throw new AssertionError(e.getMessage() + "; status " + call(f, "status"), e);
                        }
                    } else if (w[0].equals("add")) {
                        Felix.await(() -> !call(f, "add", w[1], new String[0]).startsWith("not yet"), "added " + w[1]);
                    } else if (w[0].equals("click")) { // real input: a click on the focused chart
                        String[] at = call(f, "view").split(" ")[17].split(",");
                        xdotool("mousemove", "" + (Integer.parseInt(at[0]) + 300), "" + (Integer.parseInt(at[1]) + 200));
                        xdotool("click", "1");
                    } else if (w[0].equals("clickat")) { // real input: a click at chart pixels (x, y)
                        String[] at = call(f, "view").split(" ")[17].split(",");
                        String[] xy = w[1].split(" ");
                        xdotool("mousemove", "" + (Integer.parseInt(at[0]) + Integer.parseInt(xy[0])), "" + (Integer.parseInt(at[1]) + Integer.parseInt(xy[1])));
                        xdotool("click", "1");
                    } else if (w[0].equals("awaitdraw")) {
                        Felix.await(() -> call(f, "draw", (Object) new String[0]).contains(w[1]), "drawings " + w[1] + ": "
                                + call(f, "draw", (Object) new String[0]));
                        System.out.println("drawn: " + call(f, "draw", (Object) new String[0]));
                    } else if (w[0].equals("alert")) {
                        System.out.println("alert: " + call(f, "alert", (Object) w[1].split(" ")));
                    } else if (w[0].equals("draw")) {
                        System.out.println("drawn: " + call(f, "draw", (Object) w[1].split(" ")));
                    } else if (w[0].equals("clickpopup")) { // real input: a click on the newest alert notification
                        String[] at = call(f, "alert", (Object) new String[] {"popupat"}).replaceAll("[\\[\\]]", "").split(",");
                        xdotool("mousemove", at[0], at[1]);
                        xdotool("click", "1");
                    } else if (w[0].equals("dragdrawing")) { // real input: drawing N's first handle dragged DY pixels
                        String[] a = w[1].split(" ");
                        String[] at = call(f, "draw", (Object) new String[] {"at", a[0]}).replaceAll("[\\[\\]]", "").split(" ")[0].split(",");
                        int x = Integer.parseInt(at[0]), y = Integer.parseInt(at[1]), dy = Integer.parseInt(a[1]);
                        xdotool("mousemove", "" + x, "" + y);
                        xdotool("mousedown", "1");
                        for (int k = 1; k <= 4; k++) xdotool("mousemove", "" + x, "" + (y + dy * k / 4));
                        xdotool("mouseup", "1");
                    } else if (w[0].equals("alertpixels")) { // the share of orange on alert N's line, and 12 px above it
                        String[] at = call(f, "alert", (Object) new String[] {"at", w[1]}).replaceAll("[\\[\\]]", "").split(",");
                        int x = Integer.parseInt(at[0]), y = Integer.parseInt(at[1]);
                        Thread.sleep(300); // the frame after the last change (frames come at most every 16 ms)
                        Xwd screen = Xwd.captureRoot();
                        System.out.println("alertpixels: " + orangeRow(screen, x, y) + " " + orangeRow(screen, x, y - 12));
                    } else if (w[0].equals("alertsas")) { // the alerts now, printed under a name of their own
                        System.out.println(w[1] + ": " + call(f, "alert", (Object) new String[0]));
                    } else if (w[0].equals("awaitalerts")) {
                        Felix.await(() -> call(f, "alert", (Object) new String[0]).matches(w[1]), "alerts " + w[1] + ": "
                                + call(f, "alert", (Object) new String[0]));
                    } else if (w[0].equals("awaitfired")) { // the log holds a firing that matches
                        Felix.await(() -> call(f, "alert", (Object) new String[] {"log"}).matches(w[1]), "firings " + w[1] + ": "
                                + call(f, "alert", (Object) new String[] {"log"}));
                    } else if (w[0].equals("dragalert")) { // real input: alert N's line pressed, dragged DY pixels, released
                        String[] a = w[1].split(" ");
                        String[] at = call(f, "alert", (Object) new String[] {"at", a[0]}).replaceAll("[\\[\\]]", "").split(",");
                        int x = Integer.parseInt(at[0]), y = Integer.parseInt(at[1]), dy = Integer.parseInt(a[1]);
                        xdotool("mousemove", "" + x, "" + y);
                        xdotool("mousedown", "1");
                        for (int k = 1; k <= 4; k++) xdotool("mousemove", "" + x, "" + (y + dy * k / 4));
                        xdotool("mouseup", "1");
                        System.out.println("dragged: " + x + "," + y + " by " + dy);
                    } else if (w[0].equals("keys")) { // real keys, at a person's pace
                        List<String> a = new ArrayList<>(List.of("key", "--delay", "150"));
                        a.addAll(List.of(w[1].split(" ")));
                        xdotool(a.toArray(String[]::new));
                    } else if (w[0].equals("awaitclosed")) { // File ▸ Exit stops the framework, as it ends the product
                        f.waitForStop(60_000);
                        if (f.getState() == org.osgi.framework.Bundle.ACTIVE) throw new AssertionError("the framework did not stop");
                        System.out.println("closed: the window quit");
                        System.exit(0);
                    } else if (w[0].equals("tab")) {
                        System.out.println("tab: " + call(f, "tab", (Object) w[1].split(" ")));
                    } else if (w[0].equals("awaittabs")) {
                        Felix.await(() -> call(f, "tab", (Object) new String[0]).matches(w[1]), "tabs " + w[1] + ": "
                                + call(f, "tab", (Object) new String[0]));
                    } else if (w[0].equals("watch")) {
                        call(f, "watch", (Object) w[1].split(" "));
                    } else if (w[0].equals("awaitwatch")) {
                        Felix.await(() -> call(f, "watch", (Object) new String[0]).matches(w[1]), "watchlist " + w[1] + ": "
                                + call(f, "watch", (Object) new String[0]));
                    } else if (w[0].equals("workspace")) {
                        System.out.println("workspace: " + call(f, "workspace", (Object) w[1].split(" ")));
                    } else if (w[0].equals("open")) {
                        String[] a = w[1].split(" ");
                        System.out.println("open: " + call(f, "open", a[0], a[1], new String[] {a[2]}));
                    } else {
                        call(f, w[0], w[1]);
                    }
                }
                Felix.await(() -> call(f, "series").equals(call(f, "series")) && !call(f, "view").startsWith("no chart"), "a view");
                System.out.println("chart: " + call(f, "chart"));
                System.out.println("series: " + call(f, "series"));
                System.out.println("view: " + call(f, "view"));
                System.out.println("status: " + call(f, "status"));
                System.out.println("charts: " + call(f, "charts"));
                System.out.println("watch: " + call(f, "watch", (Object) new String[0]));
                System.out.println("tabs: " + call(f, "tab", (Object) new String[0]));
                System.out.println("drawings: " + call(f, "draw", (Object) new String[0]));
                System.out.println("alerts: " + call(f, "alert", (Object) new String[0]));
                System.out.println("alertlog: " + call(f, "alert", (Object) new String[] {"log"}));
                System.out.println("alertview: " + call(f, "alert", (Object) new String[] {"view"}));
                System.out.println("popups: " + call(f, "alert", (Object) new String[] {"popups"}));
            } finally {
                Felix.stop(f);
            }
            System.exit(0);
        }

        /** The largest share of alert-orange pixels in one of the rows y-1..y+1, 200 px either side of x. */
        private static double orangeRow(Xwd screen, int x, int y) {
            double best = 0;
            for (int row = y - 1; row <= y + 1; row++) {
                int near = 0;
                for (int k = x - 200; k < x + 200; k++) {
                    int c = screen.rgb(k, row);
                    if (Math.abs(((c >> 16) & 255) - 0xFF) < 16 && Math.abs(((c >> 8) & 255) - 0x98) < 16 && (c & 255) < 16) near++;
                }
                best = Math.max(best, near / 400.0);
            }
            return best;
        }

        private static void xdotool(String... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of("xdotool"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) throw new AssertionError("xdotool " + String.join(" ", args) + " failed");
        }

        private static String call(Framework f, String name, Object... args) {
            if (f.getBundleContext() == null) return "not yet: the framework stopped";
            try {
                ServiceReference<?>[] refs = f.getBundleContext().getAllServiceReferences(null,
                        "(&(osgi.command.scope=candela)(osgi.command.function=" + name + "))");
                if (refs == null) return "not yet: no commands";
                Object commands = f.getBundleContext().getService(refs[0]);
                for (Method m : commands.getClass().getMethods()) {
                    if (m.getName().equals(name) && m.getParameterCount() == args.length) return String.valueOf(m.invoke(commands, args));
                }
                throw new AssertionError("no command " + name);
            } catch (java.lang.reflect.InvocationTargetException e) {
                return "not yet: " + e.getCause();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
