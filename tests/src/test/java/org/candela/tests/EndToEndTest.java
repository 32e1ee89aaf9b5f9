package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built product as a user would: {@code bin/candela} with flags, and the window itself. */
class EndToEndTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private Run candela(long timeoutSeconds, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Product.home().resolve("bin/candela").toString());
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out.txt"), err = tmp.resolve("err.txt");
        ProcessBuilder b = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        b.environment().put("XDG_DATA_HOME", tmp.resolve("xdg-data").toString()); // never the user's own data
        Process p = b.start();
        assertTrue(p.waitFor(timeoutSeconds, TimeUnit.SECONDS), "candela " + String.join(" ", args) + " finished");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A run killed with SIGKILL cannot delete its framework cache; the next start does. */
    @Test
    void aKilledRunLeavesNoCacheBehindAfterTheNextStart() throws Exception {
        ProcessBuilder b = new ProcessBuilder(Product.home().resolve("bin/candela").toString(), "--export-csv",
                tmp.resolve("never.csv").toString(), "--live-seconds", "600").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("killed.txt").toFile());
        b.environment().put("XDG_DATA_HOME", tmp.resolve("xdg-data").toString());
        Process p = b.start();
        Path cache = Product.home().resolve("cache/run-" + p.pid()); // bin/candela execs the JVM: the same pid
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.isDirectory(cache.resolve("bundle1")) && p.isAlive() && System.currentTimeMillis() < deadline) Thread.sleep(50);
        assertTrue(Files.isDirectory(cache), "the run's framework cache at " + cache);
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        p.waitFor();
        assertTrue(Files.isDirectory(cache), "a killed run cannot clean up");
        assertEquals(0, candela(60, "--list-plugins").exit);
        assertTrue(!Files.exists(cache), "the next start removed the killed run's cache");
        assertTrue(!Files.exists(tmp.resolve("never.csv")) && !Files.exists(tmp.resolve(".never.csv.part")), "and no partial export");
    }

    /**
     * The soak benchmark for two minutes (the hour-long run is in docs/BENCHMARKS.md): a four-pane chart fed
     * 1,000 trades a second must not grow: heap after a full GC and the thread count stay where minute 1
     * left them.
     */
    @Test
    void twoMinutesOfLiveTicksGrowNeitherHeapNorThreads() throws Exception {
        Path json = tmp.resolve("soak.json");
        Run r = candela(300, "--bench", "soak", "--minutes", "2", "--json", json.toString());
        assertEquals(0, r.exit, r.out + r.err);
        var minutes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("minutes");
        assertEquals(2, minutes.size(), r.out);
        var first = minutes.get(0);
        var second = minutes.get(1);
        for (var m : List.of(first, second)) {
            assertTrue(m.get("trades").asLong() > 20_000, "live trades flowed: " + m);
            assertTrue(m.get("frames").asInt() > 600, "frames were drawn: " + m);
        }
        assertTrue(second.get("heap_after_gc_mb").asDouble() < first.get("heap_after_gc_mb").asDouble() + 2,
                "heap after GC grew: " + r.out);
        assertEquals(first.get("threads").asInt(), second.get("threads").asInt(), "threads grew: " + r.out);
    }

    @Test
    void saveWorkspaceWritesWhatTheCommandLineComposes() throws Exception {
        Path file = tmp.resolve("eth.json");
        Run r = candela(60, "--save-workspace", file.toString(), "--symbol", "ETH/USD", "--timeframe", "1h", "--chart-type", "line",
                "--indicators", "rsi(14),ema(9,source=rsi(14))");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.startsWith("wrote " + file + " (ETH/USD 1h on replay, 2 indicators)"), r.out);
        var w = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertEquals(4, w.get("schema").asInt());
        assertEquals("ETH/USD", w.at("/tiles/0/tabs/0/symbol").asText());
        assertEquals("1h", w.at("/tiles/0/tabs/0/timeframe").asText());
        assertEquals("line", w.at("/tiles/0/tabs/0/chartType").asText());
        assertEquals("ema(9,source=rsi(14))", w.at("/tiles/0/tabs/0/indicators/1/spec").asText());
        assertEquals("org.candela.indicators.builtin", w.at("/tiles/0/tabs/0/indicators/1/bundle").asText());

        Run bad = candela(60, "--save-workspace", tmp.resolve("bad.json").toString(), "--indicators", "nope(3)");
        assertEquals(1, bad.exit);
        assertTrue(bad.err.contains("unknown indicator 'nope'"), bad.err);
        assertTrue(!Files.exists(tmp.resolve("bad.json")), "nothing written");
    }

    /** {@code --workspace FILE --snapshot}: every tile drawn into one picture, laid out as the window lays them out. */
    @Test
    void aWorkspaceSnapshotDrawsEveryTile() throws Exception {
        Path w = tmp.resolve("four.json");
        assertEquals(0, candela(60, "--save-workspace", w.toString(), "--layout", "2x2", "--symbols", "BTC/USD,ETH/USD,SOL/USD,EUR/USD",
                "--indicators", "sma(20),rsi(14)").exit);
        Path png = tmp.resolve("four.png");
        Run r = candela(120, "--workspace", w.toString(), "--snapshot", png.toString(), "--size", "1280x720");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("4 tiles, layout 2x2"), r.out);
        var img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        int halfW = (1280 - 4) / 2, halfH = (720 - 4) / 2;
        int[][] tiles = {{0, 0}, {halfW + 4, 0}, {0, halfH + 4}, {halfW + 4, halfH + 4}};
        for (int[] t : tiles) { // each tile shows candles of both colours and the RSI's purple line
            int up = 0, down = 0, rsi = 0;
            for (int y = t[1]; y < t[1] + halfH; y++) {
                for (int x = t[0]; x < t[0] + halfW; x++) {
                    int c = img.getRGB(x, y) & 0xFFFFFF;
                    if (near(c, 0x26A69A)) up++;
                    if (near(c, 0xEF5350)) down++;
                    if (near(c, 0x7E57C2)) rsi++;
                }
            }
            assertTrue(up > 100 && down > 100 && rsi > 50, "tile at " + t[0] + "," + t[1] + ": " + up + " up, " + down + " down, " + rsi + " RSI");
        }
        for (int y = 0; y < 720; y += 37) {
            assertTrue(near(img.getRGB(halfW + 1, y) & 0xFFFFFF, 0x2A2E39), "the gap between the tiles at y " + y);
        }
        // the same without a file: --layout and --symbols compose the tiles for the snapshot
        Path composed = tmp.resolve("composed.png");
        Run c = candela(120, "--snapshot", composed.toString(), "--size", "800x400", "--layout", "1x2", "--symbols", "SOL/USD,EUR/USD");
        assertEquals(0, c.exit, c.err);
        assertTrue(c.out.contains("(800x400, --layout 1x2: 2 tiles, layout 1x2)"), c.out);
        var two = javax.imageio.ImageIO.read(composed.toFile());
        assertTrue(near(two.getRGB(398, 200) & 0xFFFFFF, 0x2A2E39), "the gap between the two tiles");
    }

    /**
     * A 2×2 workspace with dragged sashes, drawn by {@code --workspace FILE --snapshot} from a replay that ends at
     * a fixed minute, against a reviewed picture ({@code src/test/resources/golden/workspace-2x2.png}; at most
     * 0.3 % of pixels may differ by more than 24 levels). After a deliberate change: run with
     * {@code -Dcandela.golden.update=true} and look at the new picture before committing it.
     */
    @Test
    void aTwoByTwoWorkspaceSnapshotMatchesItsGoldenPicture() throws Exception {
        Path w = tmp.resolve("golden.json");
        assertEquals(0, candela(60, "--save-workspace", w.toString(), "--layout", "2x2", "--symbols", "BTC/USD,ETH/USD,SOL/USD,EUR/USD",
                "--timeframe", "15m", "--indicators", "sma(20),rsi(14)").exit);
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.toFile());
        json.putArray("tileWeights").add(2).add(1).add(3).add(2).add(1).add(1); // rows 2:1, the top row 3:2: sashes dragged
        Files.writeString(w, json.toPrettyString());
        Path png = tmp.resolve("golden.png");
        Run r = candela(120, "--workspace", w.toString(), "--snapshot", png.toString(), "--size", "1280x720", "--replay-end", "2026-11-30T16:00Z");
        assertEquals(0, r.exit, r.err);
        Path golden = Path.of("src/test/resources/golden/workspace-2x2.png");
        if (Boolean.getBoolean("candela.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.copy(png, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        assertTrue(Files.exists(golden), "no golden picture " + golden + "; run with -Dcandela.golden.update=true and review it");
        BufferedImage want = ImageIO.read(golden.toFile()), got = ImageIO.read(png.toFile());
        assertEquals(want.getWidth() + "x" + want.getHeight(), got.getWidth() + "x" + got.getHeight());
        int differing = 0;
        for (int y = 0; y < want.getHeight(); y++) {
            for (int x = 0; x < want.getWidth(); x++) {
                int a = want.getRGB(x, y), b = got.getRGB(x, y);
                for (int sh = 0; sh <= 16; sh += 8) {
                    if (Math.abs(((a >> sh) & 255) - ((b >> sh) & 255)) > 24) {
                        differing++;
                        break;
                    }
                }
            }
        }
        if (differing > want.getWidth() * want.getHeight() * 0.003) {
            Path actual = Path.of("target/golden-actual/workspace-2x2.png");
            Files.createDirectories(actual.getParent());
            Files.copy(png, actual, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            throw new AssertionError(differing + " pixels differ from the golden picture; see " + actual.toAbsolutePath());
        }
    }

    /**
     * {@code --draw}: drawings in their text form on the snapshot. A level at the last close crosses the plot in
     * its colour at that price's row; a malformed drawing or an unknown tool is a clear error and exit 2.
     */
    @Test
    void drawingsFromTheCommandLineAreOnTheSnapshot() throws Exception {
        Path csv = tmp.resolve("bars.csv");
        assertEquals(0, candela(60, "--export-csv", csv.toString(), "--bars", "100", "--replay-end", "2026-11-30T16:00Z").exit);
        String[] last = Files.readAllLines(csv).get(100).split(",");
        double middle = (Double.parseDouble(last[2]) + Double.parseDouble(last[3])) / 2; // inside the last bar: in view
        Path png = tmp.resolve("drawn.png");
        Run r = candela(90, "--snapshot", png.toString(), "--size", "1000x600", "--replay-end", "2026-11-30T16:00Z",
                "--draw", String.format(java.util.Locale.ROOT, "hline(%.2f, color=#FF00FF, width=3, label=false)", middle),
                "--draw", "vline(2026-11-30T15:00Z, color=#FFFF00, width=3)");
        assertEquals(0, r.exit, r.err);
        var img = ImageIO.read(png.toFile());
        int magentaRows = 0, yellowColumns = 0;
        for (int y = 0; y < 600; y++) if (near(img.getRGB(300, y) & 0xFFFFFF, 0xFF00FF)) magentaRows++;
        for (int x = 0; x < 1000; x++) if (near(img.getRGB(x, 300) & 0xFFFFFF, 0xFFFF00)) yellowColumns++;
        assertTrue(magentaRows >= 1 && magentaRows <= 4, "the level is one line, 3 px wide, across the plot: " + magentaRows);
        assertTrue(yellowColumns >= 1 && yellowColumns <= 4, "the moment is one line, 3 px wide, down the pane: " + yellowColumns);

        Run bad = candela(30, "--snapshot", png.toString(), "--draw", "hline 20500");
        assertEquals(2, bad.exit);
        assertTrue(bad.err.contains("--draw takes a drawing as TOOL(ANCHOR, …)"), bad.err);
        Run unknown = candela(60, "--snapshot", png.toString(), "--draw", "gann(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2)");
        assertEquals(2, unknown.exit, unknown.err);
        assertTrue(unknown.err.contains("--draw unknown drawing tool 'gann'; installed: channel, extended, fib, hline, hray, measure, ray, "
                + "rect, regression, text, trend, vline"), unknown.err);
        Run property = candela(60, "--snapshot", png.toString(), "--draw", "hline(20500, width=99)");
        assertEquals(2, property.exit, property.err);
        assertTrue(property.err.contains("width must be from 1 to 10, was 99"), property.err);
    }

    /**
     * {@code --export-csv --alerts}: a 0/1 column per condition, named as written, checked here against a
     * moving average computed from the exported closes; a condition naming an unknown indicator is exit 2.
     */
    @Test
    void alertsOnHistoryAreColumnsOfTheExport() throws Exception {
        Path csv = tmp.resolve("alerts.csv");
        Run r = candela(90, "--export-csv", csv.toString(), "--bars", "600", "--replay-end", "2026-11-30T16:00Z", "--indicators", "rsi(14)",
                "--alerts", "close crosses above sma(20); rsi(14) > 60");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("1 indicator columns, 2 alert columns"), r.out);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("time,open,high,low,close,volume,rsi(14),close crosses above sma(20),rsi(14) > 60", lines.get(0));
        int n = lines.size() - 1;
        double[] close = new double[n];
        String[][] rows = new String[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = lines.get(i + 1).split(",", -1);
            close[i] = Double.parseDouble(rows[i][4]);
        }
        int crosses = 0, above = 0;
        for (int i = 0; i < n; i++) {
            boolean cross = false;
            if (i >= 20) {
                double now = 0, before = 0;
                for (int k = i - 19; k <= i; k++) now += close[k];
                for (int k = i - 20; k < i; k++) before += close[k];
                now /= 20;
                before /= 20;
                cross = close[i] > now && close[i - 1] <= before;
            }
            assertEquals(cross ? "1" : "0", rows[i][7], "close crosses above sma(20) at row " + (i + 1));
            boolean rsiAbove = !rows[i][6].isEmpty() && Double.parseDouble(rows[i][6]) > 60;
            assertEquals(rsiAbove ? "1" : "0", rows[i][8], "rsi(14) > 60 at row " + (i + 1));
            if (cross) crosses++;
            if (rsiAbove) above++;
        }
        assertTrue(crosses > 3 && above > 3, "600 bars cross and rise: " + crosses + " crosses, " + above + " bars above 60");

        Run bad = candela(60, "--export-csv", tmp.resolve("bad.csv").toString(), "--alerts", "close crosses above frob(3)");
        assertEquals(2, bad.exit, bad.err);
        assertTrue(bad.err.contains("--alerts: unknown indicator 'frob'"), bad.err);
        assertFalse(Files.exists(tmp.resolve("bad.csv")), "nothing written");
    }

    /**
     * {@code --watch}: alerts without a window. Every firing is a JSON line on standard output and the standard
     * input of the {@code --on-alert} command; a condition true on every bar fires once per bar.
     */
    @Test
    void watchPrintsAFiringPerBarAndHandsItToTheCommand() throws Exception {
        Path fired = tmp.resolve("fired.jsonl");
        Run r = candela(60, "--watch", "--alerts", "close > 0; close < 0", "--live-seconds", "3", "--replay-end", "2026-11-30T16:00Z",
                "--on-alert", "cat >> '" + fired + "'");
        assertEquals(0, r.exit, r.err);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> out = r.out.lines().toList();
        assertEquals("replay", json.readTree(out.get(0)).get("connector").asText(), out.get(0));
        List<com.fasterxml.jackson.databind.JsonNode> firings = new ArrayList<>();
        for (String line : out.subList(1, out.size() - 1)) firings.add(json.readTree(line));
        assertTrue(!firings.isEmpty(), r.out);
        java.util.Set<String> bars = new java.util.HashSet<>();
        for (var f : firings) {
            assertEquals("close > 0", f.get("alert").asText(), "close < 0 never holds: " + f);
            assertTrue(f.get("close").asDouble() > 0 && f.get("left").asDouble() == f.get("close").asDouble(), f.toString());
            assertTrue(bars.add(f.get("bar").asText()), "once per bar: " + r.out);
        }
        assertEquals(firings.size(), json.readTree(out.get(out.size() - 1)).get("firings").asInt());
        List<String> handed = Files.readAllLines(fired);
        assertEquals(firings.size(), handed.size(), "the command received every firing");
        for (int i = 0; i < handed.size(); i++) assertEquals(firings.get(i), json.readTree(handed.get(i)));

        Run once = candela(60, "--watch", "--alerts", "close > 0", "--alert-mode", "once", "--live-seconds", "3", "--replay-end",
                "2026-11-30T16:00Z");
        assertEquals(0, once.exit, once.err);
        assertEquals(1, once.out.lines().filter(l -> l.startsWith("{\"alert\":")).count(), "--alert-mode once fires one time: " + once.out);

        Run bad = candela(30, "--watch", "--alerts", "close crosses above frob(3)", "--live-seconds", "1");
        assertEquals(2, bad.exit, bad.err);
        assertTrue(bad.err.contains("--alerts: unknown indicator 'frob'"), bad.err);
    }

    @Test
    void unknownFlagPrintsUsageAndFails() throws Exception {
        Run r = candela(30, "--frobnicate");
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("unknown option '--frobnicate'"), r.err);
        assertTrue(r.err.contains("Usage: candela"), r.err);
    }

    @Test
    void badSizeSaysWhatIsWrong() throws Exception {
        Run r = candela(30, "--snapshot", tmp.resolve("x.png").toString(), "--size", "huge");
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("--size must be WIDTHxHEIGHT"), r.err);
    }

    @Test
    void listPluginsNamesTheBuiltIns() throws Exception {
        Run r = candela(60, "--list-plugins");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("indicator\tsma\tSimple Moving Average\t"), r.out);
        assertTrue(r.out.contains("connector\treplay\tReplay\t"), r.out);
        assertEquals("", r.err.strip(), "nothing on stderr");
    }

    @Test
    void exportCsvWritesTheBarsAndEveryIndicatorOutput() throws Exception {
        Path csv = tmp.resolve("out.csv");
        Run r = candela(60, "--export-csv", csv.toString(), "--bars", "500", "--indicators",
                "sma(20),ema(20),wma(20),rsi(14),macd(12,26,9),bb(20,2),atr(14),stoch(14,3,3),obv,vwap");
        assertEquals(0, r.exit, r.err);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("time,open,high,low,close,volume,sma(20),ema(20),wma(20),rsi(14),\"macd(12,26,9).macd\","
                + "\"macd(12,26,9).signal\",\"macd(12,26,9).histogram\",\"bb(20,2).middle\",\"bb(20,2).upper\","
                + "\"bb(20,2).lower\",atr(14),\"stoch(14,3,3).k\",\"stoch(14,3,3).d\",obv,vwap", lines.get(0));
        assertEquals(501, lines.size(), "a header and 500 bars");
        double[] close = new double[500];
        for (int i = 0; i < 500; i++) {
            String[] f = lines.get(i + 1).split(",", -1);
            assertEquals(21, f.length, "row " + i);
            assertTrue(f[0].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00Z"), f[0]);
            close[i] = Double.parseDouble(f[4]);
            assertEquals(i < 19, f[6].isEmpty(), "sma(20) is missing exactly in its warm-up, row " + i);
            assertEquals(i < 33, f[10].isEmpty(), "macd starts at bar 33, row " + i);
            if (i >= 19) {
                double sum = 0;
                for (int k = i - 19; k <= i; k++) sum += close[k];
                assertEquals(sum / 20, Double.parseDouble(f[6]), 1e-9, "sma(20) row " + i);
                double middle = Double.parseDouble(f[13]), upper = Double.parseDouble(f[14]), lower = Double.parseDouble(f[15]);
                assertEquals(Double.parseDouble(f[6]), middle, 0.0, "the middle band is the SMA");
                assertTrue(upper >= middle && middle >= lower, "bands in order, row " + i);
            }
            if (i >= 14) {
                double rsi = Double.parseDouble(f[9]);
                assertTrue(rsi >= 0 && rsi <= 100, "rsi " + rsi);
            }
            assertFalse(f[19].isEmpty() || f[20].isEmpty(), "obv and vwap have no warm-up");
        }
        assertTrue(r.out.contains("wrote " + csv.toAbsolutePath()), r.out);
    }

    @Test
    void exportCsvNamesAnUnknownIndicatorAndWritesNothing() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Run r = candela(60, "--export-csv", csv.toString(), "--indicators", "sma(20),frob(3)");
        assertEquals(1, r.exit);
        assertTrue(r.err.contains("unknown indicator 'frob'; installed: atr, bb, donchian, ema"), r.err);
        assertFalse(Files.exists(csv));
        Run bad = candela(60, "--export-csv", csv.toString(), "--indicators", "rsi(0)");
        assertEquals(1, bad.exit);
        assertTrue(bad.err.contains("rsi.length must be between 1 and 1000, was 0"), bad.err);
    }

    @Test
    void exportCsvLoadsKrakenHistoryAndStaysLiveAgainstALocalMock() throws Exception {
        String ws, rest;
        List<String> expected = new ArrayList<>();
        Path data = tmp.resolve("data");
        try (var kraken = new org.candela.connector.kraken.MockKraken()) {
            ws = kraken.wsUri().toString();
            rest = kraken.restUrl();
            long now = System.currentTimeMillis() / 60_000 * 60_000;
            for (int i = 30; i >= 1; i--) {
                double p = 68_000 + i * 3.5;
                kraken.candle(now - i * 60_000L, p, p + 10, p - 10, p + 2.5, 0.5 + i / 100.0);
            }
            Thread market = new Thread(() -> {
                try {
                    long deadline = System.currentTimeMillis() + 30_000;
                    while (kraken.subscribes.get() < 2 && System.currentTimeMillis() < deadline) Thread.sleep(20);
                    Thread.sleep(300);
                    kraken.pushTrades(new double[] {1, now + 1_000, 68_100.5, 0.2});
                    kraken.pushCandle(now, 68_100.5, 68_120.0, 68_090.0, 68_111.1, 0.75);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            market.start();
            Path csv = tmp.resolve("kraken.csv");
            Run r = candela(90, "--export-csv", csv.toString(), "--connector", "kraken", "--symbol", "BTC/USD", "--bars", "30",
                    "--ws-url", ws, "--rest-url", rest, "--live-seconds", "3", "--data-dir", data.toString());
            market.join();
            assertEquals(0, r.exit, r.err);
            assertTrue(r.out.contains("31 bars of BTC/USD 1m from Kraken") && r.out.contains("3 s live: 1 new bars, last state LIVE"), r.out);
            List<String> lines = Files.readAllLines(csv);
            assertEquals("time,open,high,low,close,volume", lines.get(0));
            for (var e : kraken.candles.entrySet()) {
                double[] v = e.getValue();
                expected.add(java.time.Instant.ofEpochMilli(e.getKey()) + "," + plain(v[0]) + "," + plain(v[1]) + "," + plain(v[2]) + ","
                        + plain(v[3]) + "," + plain(v[4]));
            }
            assertEquals(expected, lines.subList(1, lines.size()), "the exchange's candles, bar for bar");
        }
        // the exchange is gone: the history kept on disk is written, with one line that says so
        Path offline = tmp.resolve("offline.csv");
        Run r = candela(90, "--export-csv", offline.toString(), "--connector", "kraken", "--symbol", "BTC/USD", "--bars", "30",
                "--ws-url", ws, "--rest-url", rest, "--data-dir", data.toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("Kraken could not be reached (Kraken cannot be reached at 127.0.0.1:") && r.out.contains(
                "showing the 30 bars kept on disk, which end at " + expected.get(expected.size() - 1).split(",")[0]), r.out);
        List<String> kept = Files.readAllLines(offline);
        assertEquals(expected.subList(1, expected.size()), kept.subList(1, kept.size()), "the newest 30 kept bars, bar for bar");
        assertTrue(Files.isDirectory(data.resolve("history/kraken")), "kept under --data-dir");
        assertFalse(Files.exists(tmp.resolve("xdg-data/candela/history")), "nothing in the default data directory");
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    @Test
    void unknownSymbolIsAClearError() throws Exception {
        Product.requireDisplay();
        Run r = candela(60, "--snapshot", tmp.resolve("x.png").toString(), "--symbol", "NOPE/USD");
        assertEquals(1, r.exit);
        assertTrue(r.err.contains("replay has no symbol 'NOPE/USD'"), r.err);
        assertFalse(Files.exists(tmp.resolve("x.png")));
    }

    @Test
    void snapshotDrawsCandlesSmaVolumeAndAxes() throws Exception {
        Product.requireDisplay();
        Path png = tmp.resolve("chart.png");
        Run r = candela(90, "--snapshot", png.toString(), "--size", "1280x720");
        assertEquals(0, r.exit, r.err);
        assertEquals("", r.err.strip(), "nothing on stderr");
        assertTrue(r.out.startsWith("wrote " + png), r.out);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        int up = 0, down = 0, sma = 0, text = 0;
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1280; x++) {
                int c = img.getRGB(x, y) & 0xFFFFFF;
                if (near(c, 0x26A69A)) up++;
                if (near(c, 0xEF5350)) down++;
                if (near(c, 0x2962FF)) sma++;
                if (x > 1180 && near(c, 0xB2B5BE)) text++;
            }
        }
        assertTrue(up > 500, "rising candles drawn: " + up);
        assertTrue(down > 500, "falling candles drawn: " + down);
        assertTrue(sma > 150, "the SMA line drawn: " + sma);
        assertTrue(text > 100, "price labels on the right axis: " + text);
        // the volume pane: bars (half-transparent up/down colours) in the lower quarter
        int volume = 0;
        for (int y = 560; y < 690; y++) {
            for (int x = 0; x < 1150; x++) {
                int c = img.getRGB(x, y) & 0xFFFFFF;
                if (near(c, 0x1D5D5E) || near(c, 0x813842)) volume++;
            }
        }
        assertTrue(volume > 1000, "volume histogram in the lower pane: " + volume);
    }

    @Test
    void windowOpensShowsTheChartAndClosesCleanly() throws Exception {
        Product.requireDisplay();
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/usr/bin/xdotool").exists(), "xdotool is installed");
        Path log = Product.home().resolve("logs/candela.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Path out = tmp.resolve("gui-out.txt");
        Process p = new ProcessBuilder(Product.home().resolve("bin/candela").toString())
                .redirectOutput(out.toFile()).redirectErrorStream(true).start();
        try {
            String window = "";
            long deadline = System.currentTimeMillis() + 30_000;
            while (window.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                window = exec("xdotool", "search", "--name", "^Candela — BTC/USD").strip();
            }
            assertFalse(window.isEmpty(), "a window titled 'Candela — BTC/USD · 1m · Replay' appeared");
            Thread.sleep(1500);
            Xwd screen = Xwd.captureRoot();
            int up = 0, down = 0, sma = 0;
            for (int y = 0; y < Math.min(800, screen.height); y++) {
                for (int x = 0; x < Math.min(1280, screen.width); x++) {
                    int c = screen.rgb(x, y);
                    if (near(c, 0x26A69A)) up++;
                    if (near(c, 0xEF5350)) down++;
                    if (near(c, 0x2962FF)) sma++;
                }
            }
            assertTrue(up > 300 && down > 300, "the window shows candles: " + up + " up, " + down + " down pixels");
            assertTrue(sma > 100, "and the SMA line: " + sma);
            exec("xdotool", "mousemove", "400", "300");
            exec("xdotool", "key", "ctrl+q");
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the workstation exits after Ctrl+Q");
            assertEquals(0, p.exitValue(), Files.readString(out));
        } finally {
            p.destroyForcibly();
        }
        String newLog = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).substring((int) logStart);
        assertFalse(newLog.contains("Exception"), "no stack trace in the log:\n" + newLog);
        assertFalse(newLog.contains("SEVERE"), "no error in the log:\n" + newLog);
    }

    private static String exec(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return s;
    }

    private static boolean near(int a, int b) {
        for (int s = 0; s <= 16; s += 8) if (Math.abs(((a >> s) & 255) - ((b >> s) & 255)) > 10) return false;
        return true;
    }
}
