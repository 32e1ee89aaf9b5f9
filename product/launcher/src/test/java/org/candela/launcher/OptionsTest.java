package org.candela.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noOptionsOpensTheWindow() throws Exception {
        assertEquals("gui", Options.parse().command());
    }

    @Test
    void snapshotOptionsBecomeFrameworkProperties() throws Exception {
        Options o = Options.parse("--snapshot", "out.png", "--size", "1920x1080", "--symbol", "ETH/USD", "--timeframe=5m");
        assertEquals("snapshot", o.command());
        assertEquals("out.png", o.properties.get("candela.snapshot.file"));
        assertEquals("1920x1080", o.properties.get("candela.size"));
        assertEquals("ETH/USD", o.properties.get("candela.symbol"));
        assertEquals("5m", o.properties.get("candela.timeframe"));
        assertEquals("2026-11-30T16:00Z", Options.parse("--replay-end", "2026-11-30T16:00Z").properties.get("candela.replay.end"));
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertEquals("unknown option '--nope'", message("--nope"));
        assertEquals("--snapshot needs a value", message("--snapshot"));
        assertTrue(message("--snapshot", "x.jpg").contains("must end in .png"));
        assertTrue(message("--snapshot", "x.png", "--size", "10x10").contains("--size must be WIDTHxHEIGHT"));
        assertTrue(message("--timeframe", "fortnight").contains("--timeframe: not a timeframe: 'fortnight'"));
        assertEquals("--size applies to --snapshot only", message("--size", "800x600"));
        assertEquals("--list-plugins and --snapshot cannot be combined", message("--snapshot", "a.png", "--list-plugins"));
        assertEquals("--indicators applies to --export-csv, --snapshot and --save-workspace only", message("--indicators", "sma(20)"));
        assertEquals("--workspace applies to the window and --snapshot only", message("--workspace", "w.json", "--list-plugins"));
        assertEquals("--bench takes one of [chart, indicators, ingest, store, soak, workbench, drawings, alerts], not 'disk'", message("--bench", "disk"));
        assertTrue(message("--new-indicator", "/tmp/My Indicator").contains("must be lower-case letters and digits"));
        assertEquals("--minutes applies to --bench soak only", message("--bench", "chart", "--minutes", "5"));
        assertEquals("--minutes must be a whole number from 1 to 1440, not '0'", message("--bench", "soak", "--minutes", "0"));
        assertEquals("--alerts applies to --export-csv and --watch only", message("--snapshot", "a.png", "--alerts", "close > 1"));
        assertTrue(message("--watch").startsWith("--watch needs --alerts"));
        assertEquals("--on-alert applies to --watch only", message("--export-csv", "x.csv", "--on-alert", "cat"));
        assertEquals("--alert-mode applies to --watch only", message("--export-csv", "x.csv", "--alert-mode", "once"));
        assertEquals("--alert-mode takes once, \"once per bar\" or \"on bar close\", not 'twice'",
                message("--watch", "--alerts", "close > 1", "--alert-mode", "twice"));
        assertEquals("--draw applies to --snapshot only", message("--draw", "hline(1)"));
        assertEquals("--replay-end takes an ISO-8601 time such as 2026-11-30T16:00Z, not '30.11.2026'", message("--replay-end", "30.11.2026"));
    }

    @Test
    void timeframesFollowTheBundlesGrammar() throws Exception {
        for (String bad : new String[] {"0m", "5000m", "13M", "1y", "m", "-1m", "1.5h"}) {
            assertTrue(message("--timeframe", bad).startsWith("--timeframe: not a timeframe: '" + bad + "'"), bad);
        }
        assertEquals("1h", Options.parse("--timeframe", "60m").properties.get("candela.timeframe"));
        assertEquals("1M", Options.parse("--timeframe", "1M").properties.get("candela.timeframe"));
        assertEquals("1m", Options.parse("--timeframe", "1m").properties.get("candela.timeframe"));
        assertEquals("1w", Options.parse("--timeframe", "7d").properties.get("candela.timeframe"));
    }

    @Test
    void exportCsvTakesItsFileAndIndicators() throws Exception {
        Options o = Options.parse("--export-csv", "out.csv", "--indicators", "sma(20),macd(12,26,9)", "--bars", "500");
        assertEquals("export-csv", o.command());
        assertEquals("out.csv", o.properties.get("candela.export.file"));
        assertEquals("sma(20),macd(12,26,9)", o.properties.get("candela.indicators"));
        assertEquals("500", o.properties.get("candela.bars"));
    }

    @Test
    void exitCodeTwoForABadFlag() {
        assertEquals(2, Main.run(new String[] {"--check-args", "--wat"}));
        assertEquals(0, Main.run(new String[] {"--check-args", "--list-plugins"}));
    }

    private static String message(String... args) {
        return assertThrows(Options.UsageException.class, () -> Options.parse(args)).getMessage();
    }
}
