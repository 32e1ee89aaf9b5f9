package org.candela.chart.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiringLogTest {

    @TempDir
    Path dir;

    static Firing firing(int k) {
        return new Firing(new Alert("a" + k, "replay", "BTC/USD", "1m", "close > " + k, Alert.Mode.ON_BAR_CLOSE, 0, true, ""),
                k * 60_000L, k * 60_000L + 5, 100 + k, 100 + k, k);
    }

    @Test
    void firingsReadBackAsTheyWereAndATornLineIsSkipped() throws Exception {
        FiringLog log = new FiringLog(dir.resolve("alerts/firings.jsonl"));
        assertEquals(List.of(), log.last(10), "no file yet");
        for (int k = 1; k <= 3; k++) log.append(firing(k));
        Files.writeString(log.file(), "{\"alert\":\"close > 4\",\"id\":\"a4\",\"conn", java.nio.file.StandardOpenOption.APPEND); // a crash
        List<Firing> back = log.last(10);
        assertEquals(3, back.size());
        for (int k = 1; k <= 3; k++) {
            Firing f = back.get(k - 1), want = firing(k);
            assertEquals(want.json(), new Firing(new Alert(want.alert().id(), "replay", "BTC/USD", "1m", "close > " + k,
                    Alert.Mode.ON_BAR_CLOSE, 0, true, ""), f.bar(), f.at(), f.close(), f.left(), f.right()).json());
            assertEquals(want.alert().condition(), f.alert().condition());
            assertEquals(Alert.Mode.ON_BAR_CLOSE, f.alert().mode());
        }
        assertEquals(2, log.last(2).size(), "the last two");
        assertEquals("close > 3", log.last(2).get(1).alert().condition());
        log.append(firing(5));
        assertEquals(List.of("close > 2", "close > 3", "close > 5"), log.last(3).stream().map(f -> f.alert().condition()).toList(),
                "a firing after the torn line reads: it starts a line of its own");
    }

    @Test
    void aLongLogIsCutToItsLastLines() throws Exception {
        FiringLog log = new FiringLog(dir.resolve("firings.jsonl"), 100_000, 100);
        int n = 0;
        while (Files.notExists(log.file()) || Files.size(log.file()) < 90_000) log.append(firing(++n));
        int before = Files.readAllLines(log.file()).size();
        for (int k = 0; k < 200; k++) log.append(firing(++n));
        List<String> lines = Files.readAllLines(log.file());
        assertTrue(Files.size(log.file()) <= 100_000, "cut when past its size: " + Files.size(log.file()));
        assertTrue(lines.size() >= 100 && lines.size() < before, "cut to its last 100 lines, then grown again: " + lines.size() + " of " + before);
        assertTrue(lines.get(lines.size() - 1).contains("\"close > " + n + "\""), "the newest is kept");
        assertTrue(Files.notExists(log.file().resolveSibling("firings.jsonl.part")));
    }
}
