package org.candela.connector.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.candela.chart.data.BarStore;
import org.candela.chart.live.LiveBuffer;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.junit.jupiter.api.Test;

/**
 * 100,000 mutated and truncated frames through the live path (parser, trade filter, host live buffer):
 * nothing throws, no candle is corrupt (every bar finite, its high and low around its open and close), and
 * the malformed frames are counted.
 */
class KrakenFuzzTest {

    static final String[] TOKENS = {"\"NaN\"", "-1", "1e400", "\"\"", "null", "[]", "{}", "\"1.233E-5\"", "68540.10000000",
        "12893477326051742915", "\"2024-13-45T99:99:99Z\"", "true", "\"abc\"", "0", "-0.0", "1e-320"};

    @Test
    void mutatedFramesNeverCrashOrCorruptACandle() throws Exception {
        List<String> samples = new ArrayList<>();
        try (var files = Files.list(MockKraken.SAMPLES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ws-v2-")).sorted().toList()) samples.add(Files.readString(f));
        }
        LiveBuffer live = new LiveBuffer(60_000, () -> { });
        BarStore bars = new BarStore();
        int[] invalid = {0};
        LiveListener host = new LiveListener() {
            public void onBar(long t, double o, double h, double l, double c, double v) {
                if (!BarStore.isValid(o, h, l, c, v) || t % 60_000 != 0) invalid[0]++;
                live.onBar(t, o, h, l, c, v);
            }

            public void onTrade(long t, double p, double s) {
                if (!(p > 0) || !(s >= 0) || !Double.isFinite(p) || !Double.isFinite(s)) invalid[0]++;
                live.onTrade(t, p, s);
            }

            public void onState(ConnectionState s, String detail) {
            }
        };
        KrakenFeed feed = new KrakenFeed(KrakenSymbols.defaults().pair("BTC/USD"), 1, host, null,
                java.net.URI.create("ws://127.0.0.1:9/"), 10_000, (s, d) -> { });
        SplittableRandom r = new SplittableRandom(2024);
        int frames = 100_000;
        for (int i = 0; i < frames; i++) {
            String frame = mutate(samples.get(r.nextInt(samples.size())), r);
            feed.message(frame);
            if (i % 100 == 0) live.drainInto(bars);
        }
        live.drainInto(bars);
        assertEquals(0, invalid[0], "values that reached the host were all finite and consistent");
        for (int i = 0; i < bars.size(); i++) {
            assertTrue(BarStore.isValid(bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i)), "bar " + i);
            if (i > 0) assertTrue(bars.time(i) > bars.time(i - 1), "bar times increase");
        }
        assertEquals(frames, feed.frames());
        assertTrue(feed.badFrames() > frames / 4, "malformed frames are counted: " + feed.badFrames());
        assertTrue(bars.size() > 0, "well-formed frames still made candles");
        assertTrue(feed.duplicateTrades() > 0, "repeated trades were dropped: " + feed.duplicateTrades());
    }

    /** One of: truncate, replace a value with a hostile token, delete a span, duplicate a span, flip a char. */
    static String mutate(String s, SplittableRandom r) {
        int kind = r.nextInt(6);
        if (kind == 0) return s; // some frames stay intact, so state builds up between the bad ones
        int at = r.nextInt(s.length());
        return switch (kind) {
            case 1 -> s.substring(0, at);
            case 2 -> {
                int colon = s.indexOf(':', at);
                if (colon < 0) yield s.substring(0, at);
                int end = colon + 1;
                while (end < s.length() && ",}]".indexOf(s.charAt(end)) < 0) end++;
                yield s.substring(0, colon + 1) + TOKENS[r.nextInt(TOKENS.length)] + s.substring(end);
            }
            case 3 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(40)));
            case 4 -> s.substring(0, at) + s.substring(at, Math.min(s.length(), at + 30)) + s.substring(at);
            default -> s.substring(0, at) + (char) (32 + r.nextInt(95)) + s.substring(Math.min(s.length(), at + 1));
        };
    }
}
