package org.candela.chart.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.candela.chart.data.BarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL in the middle of its writes loses at most the candle it was forming. */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesEveryClosedCandleIntact() throws Exception {
        Path file = dir.resolve("crash.bars");
        for (int run = 0; run < 3; run++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), CrashWriter.class.getName(), file.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                String line = out.readLine(); // "written": 2,000 bars are down, and it is still writing
                assertEquals("written", line, "the writer started");
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            }
            try (BarFile f = BarFile.open(file, BarFileTest.M)) {
                BarStore b = f.readAll();
                assertTrue(b.size() > 2000, "kept " + b.size());
                for (int i = 0; i < b.size() - 1; i++) {
                    assertEquals(BarFileTest.T0 + i * BarFileTest.M, b.time(i));
                    assertArrayEquals(CrashWriter.bar(i, 10), new double[] {b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i)}, "closed bar " + i);
                }
                int last = b.size() - 1;
                double ticks = b.volume(last) / 0.5; // the forming one: any of its ticks, never a torn mix
                assertArrayEquals(CrashWriter.bar(last, (int) ticks), new double[] {b.open(last), b.high(last), b.low(last), b.close(last), b.volume(last)});
            }
            java.nio.file.Files.delete(file); // each run starts afresh
        }
    }
}
