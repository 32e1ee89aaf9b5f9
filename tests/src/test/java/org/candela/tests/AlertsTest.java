package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts in the window, on the offline replay feed: created in the dialog, fired as the data comes (a
 * notification, the status bar, the log, the user's command with the firing's JSON), running on a symbol no
 * chart shows, moved by dragging their line with the mouse, and back after a restart with their log.
 */
class AlertsTest {

    @TempDir
    Path work;

    @Test
    void anAlertFiresRunsItsCommandAndComesBackAfterARestart() throws Exception {
        Product.requireDisplay();
        Path fired = work.resolve("fired.json");
        Map<String, String> first = WorkspaceTest.runWindow(work, "await BTC/USD · 1m", "alert add close > 0",
                "awaitfired .*\"alert\":\"close > 0\".*", "alert command 1 cat > " + fired, "awaitfired .*close > 0.*close > 0.*",
                "clickpopup");
        assertTrue(first.get("alerts").matches("\\[1 on BTC/USD 1m close > 0 · once per bar · Running\\]"), first.get("alerts"));
        assertTrue(first.get("popups").contains("BTC/USD 1m: close > 0 (close "), "a notification: " + first.get("popups"));
        assertTrue(first.get("status").contains("Alert: BTC/USD 1m: close > 0 (close "), "in the status bar: " + first.get("status"));
        assertTrue(first.get("alertview").contains("[on BTC/USD 1m: close > 0 | Running]"), first.get("alertview"));
        assertTrue(first.get("alertview").startsWith("[shown "), "a click on the notification showed the Alerts view: " + first.get("alertview"));
        JsonNode json = awaitJson(fired);
        assertEquals("close > 0", json.get("alert").asText());
        assertEquals("BTC/USD", json.get("symbol").asText());
        assertEquals("replay", json.get("connector").asText());
        assertEquals(json.get("close").asDouble(), json.get("left").asDouble(), "the left operand is the close");
        assertEquals(0, json.get("right").asDouble());
        var w = new ObjectMapper().readTree(work.resolve("data/workspaces/current.json").toFile());
        assertEquals("close > 0", w.at("/alerts/0/condition").asText(), "saved in the workspace: " + w.get("alerts"));
        assertEquals("cat > " + fired, w.at("/alerts/0/command").asText());

        Map<String, String> second = WorkspaceTest.runWindow(work, "await BTC/USD · 1m", "awaitalerts .*Running.*");
        assertTrue(second.get("alerts").startsWith("[1 on BTC/USD 1m close > 0 · once per bar · "), second.get("alerts"));
        int before = count(first.get("alertlog"), "\"alert\":\"close > 0\"");
        assertTrue(count(second.get("alertlog"), "\"alert\":\"close > 0\"") >= before, "the log of the run before is back: "
                + second.get("alertlog"));
    }

    /** Six alerts firing at once: four notifications, the newest saying how many more fired; all six in the log. */
    @Test
    void aBurstOfFiringsIsFoldedIntoTheNewestNotification() throws Exception {
        Product.requireDisplay();
        Map<String, String> out = WorkspaceTest.runWindow(work, "await BTC/USD · 1m", "alert add close > 0", "alert add close > 1",
                "alert add close > 2", "alert add close > 3", "alert add close > 4", "alert add close > 5", "awaitfired .*close > 5.*");
        assertEquals(6, count(out.get("alertlog"), "\"alert\":\"close > "), out.get("alertlog"));
        String popups = out.get("popups");
        assertEquals(4, count(popups, "BTC/USD 1m: close > "), popups);
        assertTrue(popups.contains("+2 more (View ▸ Alerts)"), popups);
    }

    /**
     * An alert on a plugin's indicator: it fires with the plugin installed; without it, it is kept and says why;
     * with it back, it runs again.
     */
    @Test
    void anAlertOnAPluginsIndicatorWaitsForThePlugin() throws Exception {
        Product.requireDisplay();
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(Product.exampleJar(), plugins.resolve("momentum.jar"));
        Map<String, String> first = WorkspaceTest.runWindow(work, "await BTC/USD · 1m", "await SMA(20)", "alert add momentum(10) > -1000000",
                "awaitfired .*momentum\\(10\\) > -1000000.*");
        assertTrue(first.get("alerts").contains("momentum(10) > -1000000 · once per bar · Running"), first.get("alerts"));
        Files.delete(plugins.resolve("momentum.jar"));
        Map<String, String> second = WorkspaceTest.runWindow(work, "await BTC/USD · 1m", "awaitalerts .*⚠.*");
        assertTrue(second.get("alerts").contains("momentum(10) > -1000000 · once per bar · ⚠ unknown indicator 'momentum'"),
                second.get("alerts"));
        Files.copy(Product.exampleJar(), plugins.resolve("momentum.jar"));
        Map<String, String> third = WorkspaceTest.runWindow(work, "await BTC/USD · 1m", "awaitalerts .*momentum.* · Running.*");
        assertTrue(third.get("alerts").contains("· Running"), third.get("alerts"));
    }

    /**
     * An alert on a symbol no chart shows runs on a feed of its own, and fires; when a chart of the symbol opens
     * again, the alert runs there and the feed closes.
     */
    @Test
    void anAlertRunsWhenNoChartShowsItsSymbol() throws Exception {
        Product.requireDisplay();
        Map<String, String> out = WorkspaceTest.runWindow(work, "open replay ETH/USD 1m", "await ETH/USD · 1m", "alert add volume >= 0",
                "alert mode 1 once", "alert add close > 0", "open replay BTC/USD 1m", "await BTC/USD · 1m", "awaitfired .*ETH/USD.*",
                "awaitalerts .*off ETH/USD 1m volume >= 0 · once · Fired \\(once\\).*",
                "awaitalerts .*2 on ETH/USD 1m close > 0 · once per bar · Running \\(no chart open\\).*",
                "open replay ETH/USD 1m", "await ETH/USD · 1m", "awaitalerts .*2 on ETH/USD 1m close > 0 · once per bar · Running\\]");
        assertTrue(out.get("alertlog").contains("\"symbol\":\"ETH/USD\""), out.get("alertlog"));
        assertEquals(1, count(out.get("alertlog"), "\"mode\":\"once\""), "once: it fired one time, then stopped: " + out.get("alertlog"));
    }

    /**
     * Chart ▸ Add Alert… (the dialog, accepted with Enter) puts an alert at the last price; its line is dragged 60
     * pixels down with the mouse and the alert's level follows; a drawn line gets its alert from its menu item.
     */
    @Test
    void anAlertLineIsDraggedWithTheMouse() throws Exception {
        Product.requireDisplay();
        Map<String, String> out = WorkspaceTest.runWindow(work, "await BTC/USD · 1m", "alert create", "keys Return",
                "awaitalerts \\[1 on BTC/USD 1m close crosses [0-9.]+ · once per bar · .*\\]", "alert mode 1 on bar close",
                "alertsas before", "dragalert 1 60", "awaitalerts \\[1 on BTC/USD 1m close crosses [0-9.]+ · on bar close · .*\\]",
                "alertpixels 1",
                "draw hline(12345)", "alert online 1", "keys Return", "awaitalerts .*2 on BTC/USD 1m close crosses 12345 .*");
        String stepLines = out.get("alerts");
        Matcher now = Pattern.compile("1 on BTC/USD 1m close crosses ([0-9.]+)").matcher(stepLines);
        assertTrue(now.find(), stepLines);
        double moved = Double.parseDouble(now.group(1));
        Matcher before = Pattern.compile("1 on BTC/USD 1m close crosses ([0-9.]+)").matcher(out.get("before"));
        assertTrue(before.find(), out.get("before"));
        double level = Double.parseDouble(before.group(1));
        assertTrue(moved < level, "dragged down: " + level + " → " + moved);
        String[] pixels = out.get("alertpixels").split(" ");
        assertTrue(Double.parseDouble(pixels[0]) > 0.3, "the dashed orange line where the alert is now: " + out.get("alertpixels"));
        assertTrue(Double.parseDouble(pixels[1]) < 0.05, "and not 12 px above it: " + out.get("alertpixels"));
    }

    /**
     * Right-click a drawn trend line ▸ Add Alert on Trend Line… (the dialog accepted with Enter): the alert watches
     * the line through its two anchors, and shows as a dashed orange line of its own, which stays when the drawing
     * is deleted and is dragged down with the mouse, both points by as much.
     */
    @Test
    void anAlertOnATrendLineShowsAsALineOfItsOwn() throws Exception {
        Product.requireDisplay();
        Map<String, String> out = WorkspaceTest.runWindow(work, "prop candela.replay.end 2026-11-30T16:00Z", "await BTC/USD · 1m",
                "draw trend(2026-11-30T15:30Z 21460,2026-11-30T15:50Z 21460)", "alert online 1", "keys Return",
                "awaitalerts .*close crosses line\\(2026-11-30T15:30Z 21460, 2026-11-30T15:50Z 21460\\).*", "draw delete 1",
                "alertpixels 1", "dragalert 1 40", "awaitalerts .*close crosses line\\(2026-11-30T15:30Z [0-9.]+, 2026-11-30T15:50Z [0-9.]+\\).*",
                "awaitalerts ^(?!.*21460).*$");
        String[] pixels = out.get("alertpixels").split(" ");
        assertTrue(Double.parseDouble(pixels[0]) > 0.3, "the alert's dashed orange line, the drawing gone: " + out.get("alertpixels"));
        assertTrue(Double.parseDouble(pixels[1]) < 0.05, "and not 12 px above it: " + out.get("alertpixels"));
        assertEquals("[]", out.get("drawings"), "the drawing was deleted; the alert stays");
        Matcher m = Pattern.compile("line\\(2026-11-30T15:30Z ([0-9.]+), 2026-11-30T15:50Z ([0-9.]+)\\)").matcher(out.get("alerts"));
        assertTrue(m.find(), out.get("alerts"));
        assertEquals(m.group(1), m.group(2), "dragged whole: both points moved by as much");
        assertTrue(Double.parseDouble(m.group(1)) < 21460, "dragged 40 px down: " + out.get("alerts"));
    }

    /**
     * On a log scale, Add Alert on Trend Line… watches the line as it is seen there, straight in log price; its own
     * line, dragged 40 px down with the mouse, moves both points by as many times (its slope on the log scale stays).
     */
    @Test
    void anAlertOnATrendLineDrawnOnALogScaleFollowsItInLogPrice() throws Exception {
        Product.requireDisplay();
        Map<String, String> out = WorkspaceTest.runWindow(work, "prop candela.replay.end 2026-11-30T16:00Z", "prop candela.price.scale log",
                "await BTC/USD · 1m", "draw trend(2026-11-30T15:30Z 21400,2026-11-30T15:50Z 21480)", "alert online 1", "keys Return",
                "awaitalerts .*close crosses line\\(2026-11-30T15:30Z 21400, 2026-11-30T15:50Z 21480, log\\).*", "draw delete 1",
                "dragalert 1 40", "awaitalerts ^(?!.*21400).*, log\\).*$");
        Matcher m = Pattern.compile("line\\(2026-11-30T15:30Z ([0-9.]+), 2026-11-30T15:50Z ([0-9.]+), log\\)").matcher(out.get("alerts"));
        assertTrue(m.find(), out.get("alerts"));
        double p1 = Double.parseDouble(m.group(1)), p2 = Double.parseDouble(m.group(2));
        assertTrue(p1 < 21400, "dragged down: " + out.get("alerts"));
        assertEquals(p1 / 21400, p2 / 21480, 1e-9, "both points by as many times: " + out.get("alerts"));
        assertTrue(out.get("alertview").contains("close crosses trend line (log)"), "the view says which: " + out.get("alertview"));
    }

    /**
     * An alert made on a drawn horizontal line follows the line: the line's handle dragged 40 px down with the
     * mouse moves the drawing, and the alert's level is the drawing's new price; it survives a restart linked.
     */
    @Test
    void anAlertOnADrawnLineFollowsTheLine() throws Exception {
        Product.requireDisplay();
        Map<String, String> out = WorkspaceTest.runWindow(work, "prop candela.replay.end 2026-11-30T16:00Z", "await BTC/USD · 1m",
                "draw hline(21460)", "alert online 1", "keys Return", "awaitalerts .*close crosses 21460 .*", "draw select 1",
                "dragdrawing 1 40", "awaitalerts ^(?!.*21460).*close crosses [0-9.]+ .*$");
        Matcher drawn = Pattern.compile("hline\\(([0-9.]+)").matcher(out.get("drawings"));
        Matcher alert = Pattern.compile("close crosses ([0-9.]+)").matcher(out.get("alerts"));
        assertTrue(drawn.find() && alert.find(), out.get("drawings") + " / " + out.get("alerts"));
        assertTrue(Double.parseDouble(drawn.group(1)) < 21460, "the drawing went down: " + out.get("drawings"));
        assertEquals(Double.parseDouble(drawn.group(1)), Double.parseDouble(alert.group(1)), "the alert is where the line is");
        var w = new ObjectMapper().readTree(work.resolve("data/workspaces/current.json").toFile());
        assertEquals("hline(" + drawn.group(1) + ")", w.at("/alerts/0/drawing").asText(), "linked in the workspace: " + w.get("alerts"));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    /** The command runs on a thread of its own: its file is waited for (20 s at most). */
    private static JsonNode awaitJson(Path file) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file) && Files.readString(file).endsWith("}\n")) return new ObjectMapper().readTree(Files.readString(file));
            Thread.sleep(50);
        }
        throw new AssertionError("the alert's command never wrote " + file);
    }
}
