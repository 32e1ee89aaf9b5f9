package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * The workstation window inside Felix, as a user drives it: a plugin dropped into plugins/ is offered,
 * charted, and leaves the chart when deleted (through the workbench's Gogo commands); and real X input
 * (xdotool, through XTEST) pans, zooms, scales the price axis and resizes panes. One framework for all: SWT's
 * natives can be loaded by one class loader per process.
 */
class WorkbenchTest {

    @TempDir
    static Path work;
    private static Framework framework;
    private static Object commands;

    @BeforeAll
    static void start() throws Exception {
        Product.requireDisplay();
        // more replay history than the window loads at first, so scrolling back can load more
        Files.createDirectories(work.resolve("etc"));
        Files.writeString(work.resolve("etc/org.candela.connector.replay.cfg"), "historyBars = 130000\n");
        framework = Felix.start(work, "gui");
        Felix.await(() -> commands() != null, "the workbench commands");
        commands = commands();
        Felix.await(WorkbenchTest::chartOpen, "the default chart to open");
    }

    @AfterAll
    static void stop() throws Exception {
        Felix.stop(framework);
    }

    @Test
    void droppedIndicatorCanBeChartedAndLeavesTheChartWhenDeleted() throws Exception {
        assertTrue(series().contains("pane 0: SMA(20)"), "the default layout: " + series());
        String chart = call("chart").toString();
        assertTrue(chart.matches("BTC/USD · 1m · Replay: 1[0-9]{5} bars, 2 panes, 1 indicators, LIVE"), chart);

        Path jar = work.resolve("plugins/momentum.jar");
        Files.copy(Product.exampleJar(), jar);
        Felix.await(() -> tryAdd("momentum"), "momentum to be offered");
        assertTrue(series().contains("pane 2: MOMENTUM(10)"), series().toString());

        // an updated jar: the old service goes, the new one comes, and the chart recomputes with it
        long installed = Felix.bundle(framework, "com.example.momentum").getLastModified();
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Felix.await(() -> {
            var b = Felix.bundle(framework, "com.example.momentum");
            return b != null && b.getLastModified() != installed;
        }, "FileInstall to update the plugin");
        Felix.await(() -> series().contains("pane 2: MOMENTUM(10)"), "the updated plugin's series back on the chart");

        Files.delete(jar);
        Felix.await(() -> !series().toString().contains("MOMENTUM"), "the momentum series to leave the chart");
        assertEquals(List.of("pane 0: BTC/USD · 1m · Replay", "pane 0: SMA(20)", "pane 1: Vol"), series());
        assertTrue(call("chart").toString().contains("2 panes"), call("chart").toString());
    }

    @Test
    void addingAnUnknownIndicatorOrABadParameterIsAClearError() {
        assertTrue(failure("add", "nope", new String[0]).startsWith("unknown indicator 'nope'; installed: atr, bb, "));
        assertEquals("sma.length must be between 1 and 5000, was 0", failure("add", "sma", new String[] {"length=0"}));
    }

    @Test
    void pluginsInstallAndUninstallAsThePluginManagerDoesIt() throws Exception {
        Path broken = work.resolve("broken.jar");
        Files.writeString(broken, "not a jar");
        assertTrue(failure("install", broken.toString()).startsWith("broken.jar is not a jar"), failure("install", broken.toString()));
        Path plain = work.resolve("plain.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(plain), new java.util.jar.Manifest())) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
        }
        assertEquals("plain.jar is not an OSGi bundle (no Bundle-SymbolicName)", failure("install", plain.toString()));

        assertTrue(call("install", Product.exampleJar().toString()).toString().startsWith("installing com.example.momentum from "));
        Felix.await(() -> plugins().contains("com.example.momentum 1.0.0 active: indicator momentum"), "the plugin listed as active");
        Felix.await(() -> tryAdd("momentum"), "momentum to be offered");
        assertEquals("uninstalling com.example.momentum", call("uninstall", "com.example.momentum"));
        Felix.await(() -> plugins().isEmpty() && !series().toString().contains("MOMENTUM"), "the plugin and its series to go");
        assertEquals("no plugin 'org.candela.chart' is installed from the plugins folder", failure("uninstall", "org.candela.chart"));
    }

    /**
     * A plugin whose indicator cannot describe itself, whose other indicator computes forever on a tick, and
     * whose connector throws from symbols(), subscribe() and, once live, name() (on the UI thread): each is
     * refused, failed or stopped with the reason shown, and the window goes on.
     */
    @Test
    void hostilePluginsLeaveTheWindowWorkingAndSayWhy() throws Exception {
        assumeXdotool();
        Path jar = work.resolve("plugins/hostile.jar");
        Files.copy(Product.hostileJar(), jar);
        Felix.await(() -> warned("Indicator of com.example.hostile 1.0.0 refused: its descriptor() threw "
                + "java.lang.UnsupportedOperationException: descriptor exploded"), "the indicator without a descriptor refused");

        Felix.await(() -> warned("com.example.hostile 1.0.0: FailingConnector failed to start: ")
                && warned("activate exploded"), "the connector whose activate threw, named with its reason");
        Felix.await(() -> tryAdd("spin"), "spin to be offered");
        Felix.await(() -> series().stream().anyMatch(l -> l.startsWith("pane 0: SPIN (failed: too slow: ")),
                "the indicator computing forever on a tick failed at its budget: " + series());
        assertTrue(series().contains("pane 0: SMA(20)"), "the other indicators go on: " + series());

        View v = view();
        xdotool("mousemove", "" + (v.ox + 300), "" + (v.oy + 200));
        xdotool("click", "1");
        xdotool("key", "ctrl+k");
        Felix.await(() -> windowShown("^Symbol Search"), "the symbol search, with the replay's symbols");
        xdotool("key", "Escape");
        Felix.await(() -> warned("could not list its symbols: java.lang.IllegalStateException: symbols exploded"), "the reason");

        call("open", "hostile", "HOSTILE/USD", new String[0]);
        Felix.await(() -> warned("could not go live on HOSTILE/USD: could not subscribe: subscribe exploded"), "the subscribe failure shown");
        Felix.await(() -> warned("com.example.hostile 1.0.0 was stopped: java.lang.IllegalStateException: name exploded after subscribe"),
                "the plugin whose code threw on the UI thread stopped");
        Felix.await(() -> Felix.bundle(framework, "com.example.hostile").getState() == org.osgi.framework.Bundle.RESOLVED, "it is stopped");
        assertTrue(call("chart").toString().startsWith("no chart"), "its chart closed with it: " + call("chart"));
        assertTrue(plugins().contains("com.example.hostile 1.0.0 resolved (not started)"), plugins().toString());

        call("open", "replay", "BTC/USD", new String[0]);
        Felix.await(() -> call("chart").toString().startsWith("BTC/USD · 1m · Replay"), "the window still opens charts");
        Files.delete(jar);
        Felix.await(() -> plugins().isEmpty(), "the plugin to go");
    }

    /** View ▸ Theme: the chart's pixels take the light theme's colours, and the dark ones again. */
    @Test
    void theThemeSwitchesWhileRunning() throws Exception {
        assertEquals("theme light", call("theme", "light"));
        Felix.await(() -> share(0xFFFFFF) > 0.5 && share(0x089981) + share(0xF23645) > 0.002,
                "a white chart with the light theme's candles: " + share(0xFFFFFF));
        assertEquals("theme dark", call("theme", "dark"));
        Felix.await(() -> share(0x131722) > 0.5 && share(0xFFFFFF) < 0.05, "the dark chart again: " + share(0x131722));
        assertTrue(failure("theme", "purple").startsWith("not a theme: 'purple'"));
    }

    /** Two linked tiles scrolling together: Home on one (a real key) takes the other back to the same time. */
    @Test
    void linkedTilesScrollTogether() throws Exception {
        assumeXdotool();
        assertEquals("layout 1x2", call("layout", "1x2"));
        try {
            Felix.await(() -> ((List<?>) call("charts")).stream().allMatch(l -> l.toString().contains("BTC/USD · 1m · Replay")),
                    "the second tile with the same chart: " + call("charts"));
            call("focus", 2);
            call("link", "2", new String[0]);
            call("focus", 1);
            call("link", "2", new String[0]);
            assertEquals("linked scrolling on", call("link", "scroll", new String[] {"on"}));
            View v = view();
            xdotool("mousemove", "" + (v.ox + 200), "" + (v.oy + 200));
            xdotool("click", "1");
            xdotool("key", "Home");
            Felix.await(() -> view().offset < -1000, "the focused tile scrolled back to its first bars");
            String first = call("view").toString();
            call("focus", 2);
            try {
                Felix.await(() -> view().offset < -1000, "the linked tile followed it back");
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + ": tile 1 " + first + ", tile 2 " + call("view") + ", " + call("charts"));
            }
        } finally {
            call("link", "scroll", new String[] {"off"});
            call("link", "0", new String[0]);
            call("focus", 1);
            call("link", "0", new String[0]);
            call("layout", "1");
            View v = view();
            xdotool("mousemove", "" + (v.ox + 200), "" + (v.oy + 200));
            xdotool("click", "1");
            xdotool("key", "End");
            Felix.await(() -> view().offset > -10, "the chart back at its latest bars");
        }
    }

    /**
     * Real input only, as a trader arranges the window: View ▸ Layout ▸ Two Side by Side from the keyboard
     * splits the window, View ▸ Link Group ▸ 1 links both tiles, the symbol search (Ctrl+K, typed) changes the
     * symbol in one and the other follows; Ctrl+T opens a tab and Ctrl+PgUp goes back to the first; View ▸
     * Theme ▸ Light and Dark change the pixels.
     */
    @Test
    void splittingLinkingTabsAndTheThemeWithRealInput() throws Exception {
        assumeXdotool();
        View v = view();
        try {
            xdotool("mousemove", "" + (v.ox + 300), "" + (v.oy + 200));
            xdotool("click", "1");
            keys("alt+v", "l", "s");
            Felix.await(() -> charts().size() == 2 && charts().stream().allMatch(l -> l.contains("BTC/USD · 1m · Replay")),
                    "two tiles of the chart: " + charts());
            keys("alt+v", "g", "1");
            Felix.await(() -> charts().get(0).contains("[link 1]"), "the first tile in link group 1: " + charts());
            call("focus", 2); // only to learn where the second tile is on the screen
            View right = view();
            call("focus", 1);
            xdotool("mousemove", "" + (right.ox + 300), "" + (right.oy + 200));
            xdotool("click", "1");
            Felix.await(() -> charts().get(1).startsWith("* "), "a click focused the second tile: " + charts());
            keys("alt+v", "g", "1");
            Felix.await(() -> charts().get(1).contains("[link 1]"), "the second tile in link group 1: " + charts());

            xdotool("key", "ctrl+k");
            Felix.await(() -> windowShown("^Symbol Search"), "the symbol search");
            xdotool("type", "--delay", "40", "eth replay");
            Thread.sleep(300); // as theSymbolSearchOpensAnotherSymbolWithRealKeys: the list follows the typing
            xdotool("key", "Return");
            Felix.await(() -> charts().stream().allMatch(l -> l.contains("ETH/USD · 1m · Replay")), "both linked tiles on ETH/USD: " + charts());

            xdotool("key", "ctrl+t");
            Felix.await(() -> windowShown("^New Tab"), "the new tab's symbol search");
            xdotool("type", "--delay", "40", "sol replay");
            Thread.sleep(300);
            xdotool("key", "Return");
            Felix.await(() -> charts().get(1).matches("\\* SOL/USD · 1m · Replay: .*\\[tab 2 of 2\\]"), "a second tab: " + charts());
            assertTrue(charts().get(0).contains("ETH/USD · 1m"), "the linked tile keeps its chart: " + charts());
            xdotool("key", "ctrl+Page_Up");
            Felix.await(() -> charts().get(1).matches("\\* ETH/USD · 1m · Replay: .*\\[tab 1 of 2\\]"), "the first tab again: " + charts());

            keys("alt+v", "t", "l");
            Felix.await(() -> share(0xFFFFFF) > 0.5, "the light theme: " + share(0xFFFFFF));
            xdotool("key", "ctrl+k");
            Felix.await(() -> windowShown("^Symbol Search"), "the symbol search in the light theme");
            Felix.await(() -> dialogShare("^Symbol Search", 0xFFFFFF) > 0.5, "the dialog follows the theme: " + dialogShare("^Symbol Search", 0xFFFFFF));
            xdotool("key", "Escape");
            Felix.await(() -> !windowShown("^Symbol Search"), "the dialog closed");
            keys("alt+v", "t", "d");
            Felix.await(() -> share(0x131722) > 0.5, "the dark theme again: " + share(0x131722));
            xdotool("key", "ctrl+k");
            Felix.await(() -> windowShown("^Symbol Search"), "the symbol search in the dark theme");
            Felix.await(() -> dialogShare("^Symbol Search", 0x131722) > 0.5, "the dark dialog: " + dialogShare("^Symbol Search", 0x131722));
            xdotool("key", "Escape");
            Felix.await(() -> !windowShown("^Symbol Search"), "the dialog closed");
        } finally {
            call("focus", 1);
            call("link", "0", new String[0]);
            call("layout", "1");
            call("theme", "dark");
            call("open", "replay", "BTC/USD", new String[] {"1m"});
            Felix.await(() -> charts().size() == 1 && charts().get(0).startsWith("* BTC/USD · 1m · Replay"), "the default chart again: " + charts());
        }
    }

    /** The share of a dialog's pixels near {@code rgb}. */
    private static double dialogShare(String title, int rgb) {
        try {
            Process p = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", title).start();
            String id = new String(p.getInputStream().readAllBytes()).trim().split("\\s+")[0];
            p.waitFor();
            Xwd shot = Xwd.captureWindow(id);
            return shot.share(0, 0, shot.width, shot.height, rgb);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Real input only: Alt+T and two clicks draw a trend line; a drag of its second handle moves that anchor
     * alone; Ctrl+Z puts it back; Delete removes it and Ctrl+Z brings it back.
     */
    @Test
    void aTrendLineIsDrawnDraggedAndUndoneWithRealInput() throws Exception {
        assumeXdotool();
        View v = view();
        try {
            xdotool("mousemove", "" + (v.ox + 300), "" + (v.oy + 200));
            xdotool("click", "1");
            keys("alt+t");
            xdotool("mousemove", "" + (v.ox + 250), "" + (v.oy + 120));
            xdotool("click", "1");
            xdotool("mousemove", "" + (v.ox + 450), "" + (v.oy + 220));
            xdotool("click", "1");
            Felix.await(() -> drawings().size() == 1 && drawings().get(0).startsWith("1 trend("), "a trend line: " + drawings());
            String placed = spec(drawings().get(0));
            String[] handles = ((List<?>) call("draw", (Object) new String[] {"at", "1"})).get(0).toString().split(" ");
            int hx = Integer.parseInt(handles[1].split(",")[0]), hy = Integer.parseInt(handles[1].split(",")[1]);
            assertEquals(v.ox + 450, hx, 6, "the second handle where the second click was");
            dragScreen(hx, hy, hx + 60, hy + 40);
            Felix.await(() -> !spec(drawings().get(0)).equals(placed), "the drag from " + hx + "," + hy + " (view at " + v.ox + "," + v.oy
                    + ") moved an anchor: " + drawings() + " " + call("draw", (Object) new String[] {"at", "1"}));
            String dragged = spec(drawings().get(0));
            assertEquals(placed.substring(0, placed.indexOf(',')), dragged.substring(0, dragged.indexOf(',')), "the first anchor stayed");
            xdotool("key", "ctrl+z");
            Felix.await(() -> spec(drawings().get(0)).equals(placed), "Ctrl+Z undid the drag: " + drawings());
            xdotool("mousemove", "" + (v.ox + 350), "" + (v.oy + 170)); // on the line, between its anchors
            xdotool("click", "1");
            xdotool("key", "Delete");
            Felix.await(() -> drawings().isEmpty(), "Delete removed it: " + drawings());
            xdotool("key", "ctrl+z");
            Felix.await(() -> drawings().size() == 1 && spec(drawings().get(0)).equals(placed), "and Ctrl+Z brought it back: " + drawings());
        } finally {
            while (!drawings().isEmpty()) call("draw", (Object) new String[] {"delete", "1"});
        }
    }

    /**
     * A third party's drawing tool (examples/gann-fan) hot-installs like an indicator: dropped into plugins/, its
     * drawings can be made; removed, its drawing leaves the chart but stays in the workspace; back, it is drawn again.
     */
    @Test
    void anExternalDrawingToolHotInstallsAndItsDrawingsSurviveItsAbsence() throws Exception {
        String gann = "gann(2026-11-30T10:00Z 100, 2026-11-30T11:00Z 110)";
        Path jar = work.resolve("plugins/gannfan.jar");
        try {
            assertTrue(failure("draw", (Object) new String[] {gann}).contains("unknown drawing tool 'gann'"));
            Files.copy(Product.exampleToolJar(), jar);
            Felix.await(() -> drew(gann), "the Gann fan to be offered");
            assertTrue(drawings().stream().anyMatch(l -> l.startsWith("1 " + gann)), "the fan on the chart: " + drawings());
            Files.delete(jar);
            Felix.await(() -> drawings().stream().noneMatch(l -> l.contains("gann(")), "the fan leaves the chart with its tool: " + drawings());
            Files.copy(Product.exampleToolJar(), jar);
            Felix.await(() -> drawings().stream().anyMatch(l -> l.contains(gann)), "and comes back with it: " + drawings());
        } finally {
            Files.deleteIfExists(jar);
            while (!drawings().isEmpty()) call("draw", (Object) new String[] {"delete", "1"});
        }
    }

    /** Adds a drawing through the shell; false while its tool is not installed. */
    private static boolean drew(String spec) {
        try {
            call("draw", (Object) new String[] {spec});
            return true;
        } catch (IllegalArgumentException e) {
            if (e.getMessage().contains("unknown drawing tool")) return false;
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> drawings() {
        return (List<String>) call("draw", (Object) new String[0]);
    }

    /** {@code 1 trend(…) [selected]} → {@code trend(…)}. */
    private static String spec(String line) {
        return line.substring(line.indexOf(' ') + 1, line.lastIndexOf(')') + 1);
    }

    /** A real drag between two screen points, in steps, still before the release. */
    private static void dragScreen(int x0, int y0, int x1, int y1) throws Exception {
        xdotool("mousemove", "" + x0, "" + y0);
        xdotool("mousedown", "1");
        for (int k = 1; k <= 8; k++) {
            xdotool("mousemove", "" + (x0 + (x1 - x0) * k / 8), "" + (y0 + (y1 - y0) * k / 8));
            Thread.sleep(30); // a hand's pace, as drag() moves
        }
        xdotool("mouseup", "1");
    }

    /** Presses keys one after another at a person's pace, as a user walks a menu by its mnemonics. */
    private static void keys(String... keys) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("key", "--delay", "150"));
        args.addAll(List.of(keys));
        xdotool(args.toArray(String[]::new));
    }

    @SuppressWarnings("unchecked")
    private static List<String> charts() {
        return (List<String>) call("charts");
    }

    /** The share of the chart's pixels near {@code rgb}, on the screen now. */
    private static double share(int rgb) {
        try {
            View v = view();
            Xwd screen = Xwd.captureRoot();
            return screen.share(v.ox + 10, v.oy + 10, v.ox + v.plot - 10, v.oy + v.timeAxis - 10, rgb);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean warned(String text) {
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) call("status");
        return lines.stream().anyMatch(l -> l.contains(text));
    }

    @SuppressWarnings("unchecked")
    private static List<String> plugins() {
        return (List<String>) call("plugins");
    }

    @Test
    void theAddIndicatorDialogSearchesAndAddsWithRealKeys() throws Exception {
        assumeXdotool();
        View v = view();
        xdotool("mousemove", "" + (v.ox + 300), "" + (v.oy + 200));
        xdotool("click", "1"); // focus the chart
        xdotool("key", "ctrl+i");
        Felix.await(() -> windowShown("^Add Indicator"), "the Add Indicator dialog");
        xdotool("type", "--delay", "40", "relative");
        Thread.sleep(300);
        xdotool("key", "Return");
        Felix.await(() -> series().stream().anyMatch(s -> s.endsWith(": RSI(14)")), "RSI to be added from the dialog");
        xdotool("key", "Escape");
        Felix.await(() -> !windowShown("^Add Indicator"), "the dialog to close");
        call("remove", "rsi(14)");
    }

    @Test
    void scrollingToTheFirstBarLoadsOlderHistoryWithoutAJump() throws Exception {
        assumeXdotool();
        Felix.await(() -> bars() >= 100_000, "the first page");
        int before = bars();
        View v = view();
        xdotool("mousemove", "" + (v.ox + 300), "" + (v.oy + 200));
        xdotool("click", "1");
        xdotool("key", "Home");
        Felix.await(() -> bars() > before, "older history to load");
        int added = bars() - before;
        assertEquals(20_000, added, "one older page");
        View after = view();
        Thread.sleep(300);
        assertTrue(after.from > added - 10, "the view stayed on the same bars, now further from the start: " + after.from);
        xdotool("key", "End");
    }

    private static int bars() {
        var m = java.util.regex.Pattern.compile(": (\\d+) bars").matcher(call("chart").toString());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void theSymbolSearchOpensAnotherSymbolWithRealKeys() throws Exception {
        assumeXdotool();
        View v = view();
        xdotool("mousemove", "" + (v.ox + 300), "" + (v.oy + 200));
        xdotool("click", "1");
        xdotool("key", "ctrl+k");
        Felix.await(() -> windowShown("^Symbol Search"), "the Symbol Search dialog");
        xdotool("type", "--delay", "40", "eth replay");
        Thread.sleep(300);
        xdotool("key", "Return");
        Felix.await(() -> call("chart").toString().startsWith("ETH/USD · 1m · Replay: "), "the ETH/USD chart");
        assertTrue(!windowShown("^Symbol Search"), "the dialog closes when a symbol opens");
        assertTrue(series().contains("pane 0: SMA(20)"), "the indicators stay: " + series());
        xdotool("key", "ctrl+k");
        Felix.await(() -> windowShown("^Symbol Search"), "the dialog again");
        xdotool("type", "--delay", "40", "btc/usd replay");
        Thread.sleep(300);
        xdotool("key", "Return");
        Felix.await(() -> call("chart").toString().startsWith("BTC/USD · 1m · Replay: "), "BTC/USD back");
    }

    @Test
    void theSettingsDialogOpensFromTheLegendValidatesAndPreviews() throws Exception {
        assumeXdotool();
        openSmaSettings();
        xdotool("key", "ctrl+a");
        xdotool("type", "0");
        Thread.sleep(400);
        assertTrue(series().contains("pane 0: SMA(20)"), "an out-of-range length is not previewed: " + series());
        xdotool("key", "ctrl+a");
        xdotool("type", "50");
        Felix.await(() -> series().contains("pane 0: SMA(50)"), "the chart to preview SMA(50)");
        xdotool("key", "Escape");
        Felix.await(() -> series().contains("pane 0: SMA(20)"), "Cancel to put SMA(20) back");

        openSmaSettings();
        xdotool("key", "ctrl+a");
        xdotool("type", "50");
        Felix.await(() -> series().contains("pane 0: SMA(50)"), "the preview");
        xdotool("key", "Return");
        Felix.await(() -> !windowShown("Settings"), "OK to close the dialog");
        assertTrue(series().contains("pane 0: SMA(50)"), "OK keeps it: " + series());
        assertEquals(List.of("pane 0: BTC/USD · 1m · Replay", "pane 0: SMA(50)", "pane 1: Vol"), series());
        call("remove", "sma(50)");
        call("add", "sma", new String[0]);
    }

    /** Double-clicks the legend name of SMA(20) and waits for its settings dialog. */
    private static void openSmaSettings() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> legend = (List<String>) call("legend");
        String line = legend.stream().filter(l -> l.startsWith("SMA(20) at ")).findFirst().orElseThrow(() -> new AssertionError(legend.toString()));
        String[] at = line.substring("SMA(20) at ".length()).split(",");
        xdotool("mousemove", at[0], at[1]);
        xdotool("click", "--repeat", "2", "--delay", "80", "1");
        Felix.await(() -> windowShown("^Simple Moving Average — Settings"), "the SMA settings dialog");
        Thread.sleep(300);
    }

    /** Real input needs xdotool; ./run-tests installs it (.ci/ensure-packages), so its absence is a failure. */
    private static void assumeXdotool() {
        assertTrue(new java.io.File("/usr/bin/xdotool").exists(), "xdotool is missing: run .ci/ensure-packages");
    }

    /** Whether a window whose title matches {@code regex} is mapped. */
    private static boolean windowShown(String regex) {
        try {
            Process p = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", regex).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** The numbers of {@code candela:view}, by name. */
    static final class View {
        final double from, to, spacing, offset;
        final int[] heights, tops;
        final boolean[] autoscale;
        final int plot, timeAxis, ox, oy;

        View(String s) {
            String[] w = s.split(" ");
            String[] range = w[1].split("\\.\\.");
            from = Double.parseDouble(range[0]);
            to = Double.parseDouble(range[1]);
            spacing = Double.parseDouble(w[3]);
            offset = Double.parseDouble(w[5]);
            heights = java.util.Arrays.stream(w[7].split(",")).mapToInt(Integer::parseInt).toArray();
            String[] a = w[9].split(",");
            autoscale = new boolean[a.length];
            for (int i = 0; i < a.length; i++) autoscale[i] = Boolean.parseBoolean(a[i]);
            tops = java.util.Arrays.stream(w[11].split(",")).mapToInt(Integer::parseInt).toArray();
            plot = Integer.parseInt(w[13]);
            timeAxis = Integer.parseInt(w[15]);
            String[] o = w[17].split(",");
            ox = Integer.parseInt(o[0]);
            oy = Integer.parseInt(o[1]);
        }
    }

    static View view() {
        return new View(call("view").toString());
    }

    private static void xdotool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("xdotool"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
    }

    /** A real drag: press at (x0, y0) in chart pixels, move in steps, release at (x1, y1). */
    private static void drag(View v, int x0, int y0, int x1, int y1) throws Exception {
        xdotool("mousemove", "" + (v.ox + x0), "" + (v.oy + y0));
        xdotool("mousedown", "1");
        for (int k = 1; k <= 8; k++) {
            xdotool("mousemove", "" + (v.ox + x0 + (x1 - x0) * k / 8), "" + (v.oy + y0 + (y1 - y0) * k / 8));
            Thread.sleep(30);
        }
        Thread.sleep(150); // still before releasing: no fling
        xdotool("mouseup", "1");
    }

    @Test
    void realMouseAndKeysDriveTheChart() throws Exception {
        assumeXdotool();
        xdotool("mousemove", "600", "300");
        xdotool("key", "End");
        Felix.await(() -> view().offset == 5, "End to show the latest bars");
        View v = view();

        drag(v, 600, 150, 760, 150);
        Felix.await(() -> view().to < v.to - 10, "the drag to scroll back");
        View panned = view();
        assertEquals(v.to - 160 / v.spacing, panned.to, 2, "160 px of drag is 160/spacing bars");

        xdotool("mousemove", "" + (v.ox + 400), "" + (v.oy + 150));
        xdotool("click", "4");
        Felix.await(() -> Math.abs(view().spacing - panned.spacing * 1.15) < 1e-6, "the wheel to zoom in");

        drag(v, v.plot + 15, 100, v.plot + 15, 220);
        Felix.await(() -> !view().autoscale[0], "the price axis drag to take over the scale");
        xdotool("mousemove", "" + (v.ox + v.plot + 15), "" + (v.oy + 100));
        xdotool("click", "--repeat", "2", "--delay", "60", "1");
        Felix.await(() -> view().autoscale[0], "a double-click on the price axis to restore autoscale");

        xdotool("mousemove", "" + (v.ox + 400), "" + (v.oy + 150));
        View keys = view();
        xdotool("key", "Left");
        Felix.await(() -> Math.abs(view().to - (keys.to - 10)) < 1.5, "Left to scroll 10 bars back");
        View left = view();
        xdotool("key", "plus");
        Felix.await(() -> Math.abs(view().spacing - left.spacing * 1.25) < 1e-6, "+ to zoom in");

        View before = view();
        int separator = before.tops[1] - 1;
        drag(before, 300, separator, 300, separator + 40);
        Felix.await(() -> view().heights[0] >= before.heights[0] + 35, "the separator drag to grow the price pane");
        assertEquals(before.heights[0] + before.heights[1], view().heights[0] + view().heights[1], 1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> series() {
        return (List<String>) call("series");
    }

    private static boolean chartOpen() {
        try {
            return !call("chart").toString().startsWith("no chart");
        } catch (IllegalStateException windowNotYetOpen) {
            return false;
        }
    }

    private static boolean tryAdd(String id) {
        try {
            call("add", id, new String[0]);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Object commands() {
        try {
            ServiceReference<?>[] refs = framework.getBundleContext().getAllServiceReferences(null, "(&(osgi.command.scope=candela)(osgi.command.function=chart))");
            return refs == null ? null : framework.getBundleContext().getService(refs[0]);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Object call(String name, Object... args) {
        try {
            for (Method m : commands.getClass().getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length) return m.invoke(commands, args);
            }
            throw new AssertionError("no command " + name);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static String failure(String name, Object... args) {
        try {
            call(name, args);
            throw new AssertionError("expected a failure");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return e.getMessage();
        }
    }
}
