package org.candela.chart.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.candela.chart.alert.Alert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFileTest {

    @TempDir
    Path dir;

    static Workspace sample(String symbol) {
        var missing = new ChartState.IndicatorState("momentum(10)", "com.example.momentum", "1.0.0");
        var macd = new ChartState.IndicatorState("macd(12,26,9)", "org.candela.indicators.builtin", "0.1.0.SNAPSHOT");
        ChartState chart = new ChartState("replay", symbol, "4h", "line", "log", 7.5, -12.25, List.of(3.0, 1.0, 1.0),
                List.of(macd, missing), 2);
        ChartState other = ChartState.plain("kraken", "ETH/USD", "1d");
        List<Workspace.Tile> tiles = List.of(new Workspace.Tile(List.of(other, chart), 1), Workspace.Tile.of(chart));
        return Workspace.of(new Workspace.Bounds(10, 20, 1600, 900, true), "light", "1x2", List.of(60, 40), true, true, tiles,
                List.of(new Workspace.WatchItem("replay", "ETH/USD"), new Workspace.WatchItem("kraken", "BTC/USD")),
                java.util.Map.of("replay:" + symbol, List.of(new Workspace.DrawingState("hline(20500)", true, false),
                        new Workspace.DrawingState("gann(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2)", false, true))),
                List.of(new Alert("a1", "replay", symbol, "1m", "close crosses 21450", Alert.Mode.ON_BAR_CLOSE, 1_796_000_000_000L, true,
                        "notify-send candela"), new Alert("a2", "kraken", "ETH/USD", "1h", "rsi(14) > 70", Alert.Mode.ONCE, 0, false, "")));
    }

    @Test
    void saveLoadSaveGivesTheSameBytes() throws Exception {
        Path file = dir.resolve("current.json");
        Workspace w = sample("BTC/USD");
        assertTrue(WorkspaceFile.save(file, w));
        byte[] first = Files.readAllBytes(file);
        WorkspaceFile.Loaded loaded = WorkspaceFile.load(file);
        assertEquals("", loaded.problem());
        assertEquals(w, loaded.workspace());
        assertFalse(WorkspaceFile.save(file, loaded.workspace()), "the same workspace is not written again");
        assertArrayEquals(first, WorkspaceFile.bytes(loaded.workspace()));
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first);
        assertEquals(Workspace.SCHEMA, tree.get("schema").asInt());
        assertEquals("momentum(10)", tree.at("/tiles/0/tabs/1/indicators/1/spec").asText(), "a missing plugin's indicator is kept");
        assertEquals("com.example.momentum", tree.at("/tiles/0/tabs/1/indicators/1/bundle").asText());
        assertEquals(-12.25, tree.at("/tiles/0/tabs/1/rightOffset").asDouble());
        assertFalse(Files.exists(dir.resolve(".current.json.tmp")), "no temporary file is left");
        assertEquals("gann(2026-11-30T10:00Z 1, 2026-11-30T11:00Z 2)", tree.at("/drawings/replay:BTC~1USD/1/spec").asText(),
                "a drawing of a tool not installed is kept as written");
        assertTrue(tree.at("/drawings/replay:BTC~1USD/0/locked").asBoolean());
    }

    @Test
    void aSchema1FileOpensAsTilesOfOneTabEach() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                {"schema": 1, "layout": "1x2", "charts": [
                  {"connector": "replay", "symbol": "BTC/USD", "timeframe": "1h", "linkGroup": 2,
                   "indicators": [{"spec": "sma(20)", "bundle": "b", "version": "1"}]},
                  {"connector": "kraken", "symbol": "ETH/USD", "timeframe": "5m"}]}
                """);
        Workspace w = WorkspaceFile.read(file);
        assertEquals(2, w.tiles().size());
        assertEquals(List.of(1, 1), w.tiles().stream().map(t -> t.tabs().size()).toList());
        assertEquals("BTC/USD", w.tiles().get(0).shown().symbol());
        assertEquals("sma(20)", w.tiles().get(0).shown().indicators().get(0).spec());
        assertEquals(2, w.tiles().get(0).shown().linkGroup());
        assertEquals("kraken", w.tiles().get(1).shown().connector());
        WorkspaceFile.save(file, w);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertEquals(Workspace.SCHEMA, tree.get("schema").asInt(), "saved again in this version's format");
        assertTrue(tree.get("charts") == null && tree.at("/tiles/1/tabs/0/symbol").asText().equals("ETH/USD"), tree.toString());
    }

    @Test
    void tabsAndTheSelectedOneRoundTrip() throws Exception {
        Path file = dir.resolve("tabs.json");
        WorkspaceFile.save(file, sample("SOL/USD"));
        Workspace w = WorkspaceFile.read(file);
        assertEquals(List.of("ETH/USD", "SOL/USD"), w.tiles().get(0).tabs().stream().map(ChartState::symbol).toList());
        assertEquals(1, w.tiles().get(0).selected());
        assertEquals(List.of("SOL/USD", "SOL/USD"), w.shownCharts().stream().map(ChartState::symbol).toList());
        Files.writeString(file, "{\"schema\": 2, \"tiles\": [{\"tabs\": [], \"selected\": 0}]}");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> WorkspaceFile.read(file));
        assertTrue(e.getMessage().contains("a tile has at least one chart"), e.getMessage());
    }

    @Test
    void thePreviousVersionIsKeptAsTheBackup() throws Exception {
        Path file = dir.resolve("current.json");
        WorkspaceFile.save(file, sample("BTC/USD"));
        WorkspaceFile.save(file, sample("ETH/USD"));
        assertEquals("ETH/USD", WorkspaceFile.read(file).shownCharts().get(0).symbol());
        assertEquals("BTC/USD", WorkspaceFile.read(WorkspaceFile.backupOf(file)).shownCharts().get(0).symbol());
    }

    @Test
    void aCorruptTruncatedOrNewerFileOpensTheBackupAndIsKeptAside() throws Exception {
        String[] bad = {"\u0000\u0013garbage", null /* truncated */, "{\"schema\": 99, \"charts\": []}", "", "[1,2]",
            "{\"charts\": []}", "{\"schema\": 1, \"charts\": \"nope\"}"};
        String[] why = {"not complete JSON", "not complete JSON", "written by a newer Candela (workspace schema 99",
            "empty, or not a JSON object", "empty, or not a JSON object", "no schema version", "is not a workspace ("};
        for (int k = 0; k < bad.length; k++) {
            Path d = Files.createDirectories(dir.resolve("case" + k));
            Path file = d.resolve("current.json");
            WorkspaceFile.save(file, sample("BTC/USD"));
            WorkspaceFile.save(file, sample("ETH/USD")); // the backup holds BTC/USD
            byte[] good = Files.readAllBytes(file);
            byte[] broken = bad[k] == null ? java.util.Arrays.copyOf(good, good.length / 2) : bad[k].getBytes();
            Files.write(file, broken);
            WorkspaceFile.Loaded l = WorkspaceFile.load(file);
            assertEquals("BTC/USD", l.workspace().shownCharts().get(0).symbol(), "case " + k + ": the backup opened");
            assertTrue(l.problem().startsWith("current.json ") && l.problem().contains(why[k]) && l.problem().endsWith("; its backup was opened"),
                    "case " + k + ": " + l.problem());
            try (var files = Files.list(d)) {
                Path aside = files.filter(f -> f.getFileName().toString().startsWith("current.json.") && !f.toString().endsWith(".bak"))
                        .findFirst().orElseThrow(() -> new AssertionError("the broken file was kept"));
                assertArrayEquals(broken, Files.readAllBytes(aside), "case " + k + ": kept as it was");
                assertTrue(l.problem().contains("(kept as " + aside.getFileName() + ")"), l.problem());
            }
            assertFalse(Files.exists(file), "the next save starts a fresh file");
        }
    }

    @Test
    void withoutABackupTheDefaultsOpenAndNothingIsLost() throws Exception {
        Path file = dir.resolve("current.json");
        Files.writeString(file, "{\"schema\": 1, \"charts\": [");
        WorkspaceFile.Loaded l = WorkspaceFile.load(file);
        assertNull(l.workspace());
        assertTrue(l.problem().endsWith("; the default workspace was opened"), l.problem());
        assertEquals(new WorkspaceFile.Loaded(null, ""), WorkspaceFile.load(dir.resolve("none.json")), "no file: no problem");
    }
}
