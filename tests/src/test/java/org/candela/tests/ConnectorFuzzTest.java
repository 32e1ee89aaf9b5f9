package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.candela.chart.data.BarStore;
import org.candela.chart.live.LiveBuffer;
import org.candela.marketdata.api.ConnectionState;
import org.candela.marketdata.api.LiveListener;
import org.candela.marketdata.support.FrameDecoder;
import org.candela.marketdata.support.FrameMutator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every connector's live path (its {@link FrameDecoder}: parser, validation, trade de-duplication) fed
 * 100,000 mutated and truncated frames made from the exchange's sample frames, into the host's live
 * buffer: nothing throws, no candle is corrupt (finite, high and low around open and close, on the
 * interval grid), and the malformed frames are counted.
 */
class ConnectorFuzzTest {

    static Stream<Object[]> connectors() {
        return Stream.of(new Object[] {new org.candela.connector.kraken.KrakenDecoder(), "kraken", "ws-v2-"},
                new Object[] {new org.candela.connector.binance.BinanceDecoder(), "binance", "ws-"},
                new Object[] {new org.candela.connector.coinbase.CoinbaseDecoder(), "coinbase", "advtrade-ws-"});
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("connectors")
    void mutatedFramesNeverCrashOrCorruptACandle(FrameDecoder decoder, String exchange, String prefix) throws Exception {
        List<String> samples = samples(exchange, prefix);
        assertTrue(samples.size() >= 5, exchange + " samples: " + samples.size());
        LiveBuffer live = new LiveBuffer(60_000, () -> { });
        BarStore bars = new BarStore();
        List<String> invalid = new ArrayList<>();
        long[] trades = {0};
        LiveListener host = new LiveListener() {
            public void onBar(long t, double o, double h, double l, double c, double v) {
                if (!BarStore.isValid(o, h, l, c, v) || t % 60_000 != 0) invalid.add("bar " + t + " " + o + " " + h + " " + l + " " + c + " " + v);
                live.onBar(t, o, h, l, c, v);
            }

            public void onTrade(long t, double p, double s) {
                trades[0]++;
                if (!(p > 0) || !(s >= 0) || !Double.isFinite(p) || !Double.isFinite(s)) invalid.add("trade " + p + " " + s);
                live.onTrade(t, p, s);
            }

            public void onState(ConnectionState s, String detail) {
            }
        };
        FrameDecoder.Stream stream = decoder.open(exchange.equals("binance") ? "BTC/USDT" : "BTC/USD", 1, host);
        FrameMutator mutator = new FrameMutator(2024);
        int frames = 100_000;
        for (int i = 0; i < frames; i++) {
            stream.frame(mutator.mutate(samples.get(mutator.next(samples.size()))));
            if (i % 100 == 0) live.drainInto(bars);
        }
        live.drainInto(bars);
        assertEquals(List.of(), invalid.subList(0, Math.min(5, invalid.size())), "what reached the host was finite and consistent");
        for (int i = 0; i < bars.size(); i++) {
            assertTrue(BarStore.isValid(bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i)), "bar " + i);
            if (i > 0) assertTrue(bars.time(i) > bars.time(i - 1), "bar times increase");
        }
        assertTrue(stream.bad() > frames / 10, "malformed frames are counted: " + stream.bad());
        assertTrue(bars.size() > 0 && trades[0] > 0, "well-formed frames still made candles and trades");
    }

    /** The exchange's sample frames, from its connector's test jar. */
    static List<String> samples(String exchange, String prefix) throws Exception {
        URI dir = ConnectorFuzzTest.class.getClassLoader().getResource(exchange + "/").toURI();
        List<String> out = new ArrayList<>();
        if (dir.getScheme().equals("jar")) {
            try (FileSystem fs = FileSystems.newFileSystem(dir, Map.of())) {
                read(fs.getPath(exchange), prefix, out);
            }
        } else {
            read(Path.of(dir), prefix, out);
        }
        return out;
    }

    private static void read(Path dir, String prefix, List<String> out) throws Exception {
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) out.add(Files.readString(f));
        }
    }
}
