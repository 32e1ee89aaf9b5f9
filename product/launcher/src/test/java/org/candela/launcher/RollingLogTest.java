package org.candela.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log rolls over at its size and keeps a bounded number of older files, under the same name. */
class RollingLogTest {

    @TempDir
    Path dir;

    @Test
    void theLogRollsOverAtItsSizeAndKeepsThreeOlderFiles() throws Exception {
        Path file = dir.resolve("candela.log");
        RollingLog log = new RollingLog(file, 1_000, 3);
        log.setFormatter(new SimpleFormatter());
        for (int i = 0; i < 200; i++) log.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(40)));
        log.close();
        assertTrue(Files.size(file) < 1_000 + 200, "the current file is bounded: " + Files.size(file));
        for (int i = 1; i <= 3; i++) assertTrue(Files.exists(dir.resolve("candela.log." + i)), "candela.log." + i);
        assertTrue(Files.notExists(dir.resolve("candela.log.4")), "no more than three older files");
        assertTrue(Files.readString(file).contains("line 199"), "the newest line is in candela.log");
        long total;
        try (var s = Files.list(dir)) {
            total = s.mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total < 4 * 1_200, "bounded in all: " + total);
        assertEquals(4, Files.list(dir).count());
    }
}
