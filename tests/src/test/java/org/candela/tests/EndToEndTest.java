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
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(timeoutSeconds, TimeUnit.SECONDS), "candela " + String.join(" ", args) + " finished");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
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
