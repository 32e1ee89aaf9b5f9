package org.candela.chart.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.candela.chart.data.BarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed-record bar file: round trip, the forming bar rewritten in place, merges, damage found on open. */
class BarFileTest {

    static final long M = 60_000, T0 = 1_717_415_880_000L;

    @TempDir
    Path dir;

    static BarStore bars(int n, long from, long seed) {
        Random r = new Random(seed);
        BarStore b = new BarStore(n);
        double p = 68_000;
        for (int i = 0; i < n; i++) {
            double o = p, c = p + r.nextGaussian() * 10, h = Math.max(o, c) + r.nextDouble() * 5, l = Math.min(o, c) - r.nextDouble() * 5;
            b.append(from + i * M, o, h, l, c, r.nextDouble() * 3);
            p = c;
        }
        return b;
    }

    static void assertSameBars(BarStore expected, BarStore actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(new double[] {expected.time(i), expected.open(i), expected.high(i), expected.low(i), expected.close(i), expected.volume(i)},
                    new double[] {actual.time(i), actual.open(i), actual.high(i), actual.low(i), actual.close(i), actual.volume(i)}, "bar " + i);
        }
    }

    static BarStore prefix(BarStore b, int n) {
        BarStore out = new BarStore();
        for (int i = 0; i < n; i++) out.append(b.time(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i));
        return out;
    }

    @Test
    void barsComeBackExactlyAsWrittenAndTheFormingBarIsRewrittenInPlace() throws IOException {
        Path p = dir.resolve("a.bars");
        BarStore b = bars(1000, T0, 1);
        try (BarFile f = BarFile.open(p, M)) {
            f.merge(b);
            f.put(b.lastTime(), 1, 2, 0.5, 1.5, 9); // the forming candle changes
            f.put(b.lastTime() + M, 1.5, 1.5, 1.5, 1.5, 0.1); // a new one opens
        }
        b.set(999, b.lastTime(), 1, 2, 0.5, 1.5, 9);
        b.append(b.lastTime() + M, 1.5, 1.5, 1.5, 1.5, 0.1);
        try (BarFile f = BarFile.open(p, M)) {
            assertSameBars(b, f.readAll());
            assertEquals(32 + 1001 * 52, Files.size(p), "52 bytes a bar");
            assertEquals(500, f.ceiling(T0 + 500 * M));
        }
    }

    @Test
    void olderBarsAreMergedInTimeOrder() throws IOException {
        Path p = dir.resolve("b.bars");
        BarStore newer = bars(100, T0 + 100 * M, 2), older = bars(150, T0, 3); // overlaps 50 bars
        try (BarFile f = BarFile.open(p, M)) {
            f.merge(newer);
            f.merge(older);
            assertEquals(200, f.size());
            assertEquals(T0 + 199 * M, f.lastTime());
        }
        BarStore expected = new BarStore();
        for (int i = 0; i < 150; i++) expected.append(older.time(i), older.open(i), older.high(i), older.low(i), older.close(i), older.volume(i));
        for (int i = 50; i < 100; i++) expected.append(newer.time(i), newer.open(i), newer.high(i), newer.low(i), newer.close(i), newer.volume(i));
        try (BarFile f = BarFile.open(p, M)) {
            assertSameBars(expected, f.readAll());
        }
        assertTrue(Files.notExists(dir.resolve("b.bars.tmp")));
    }

    @Test
    void aRepairedCandleIsMergedIntoTheTailInPlaceAndOldHistoryThroughANewFile() throws IOException {
        Path p = dir.resolve("g.bars");
        BarStore b = bars(BarFile.IN_PLACE_RECORDS + 100, T0 + 20 * M, 6);
        BarStore withGap = new BarStore();
        for (int i = 0; i < b.size(); i++) if (i != b.size() - 3) withGap.append(b.time(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i));
        try (BarFile f = BarFile.open(p, M)) {
            f.merge(withGap);
            BarStore repaired = new BarStore();
            int k = b.size() - 3;
            repaired.append(b.time(k), b.open(k), b.high(k), b.low(k), b.close(k), b.volume(k));
            f.merge(repaired); // the lost candle, near the end: the tail is rewritten in place
            assertSameBars(b, f.readAll());
            assertTrue(Files.notExists(dir.resolve("g.bars.tmp")));
            BarStore older = bars(20, T0, 7); // before the first kept bar, more than the in-place reach back
            f.merge(older);
            assertEquals(b.size() + 20, f.size());
        }
        BarStore expected = new BarStore();
        BarStore older = bars(20, T0, 7);
        for (int i = 0; i < 20; i++) expected.append(older.time(i), older.open(i), older.high(i), older.low(i), older.close(i), older.volume(i));
        for (int i = 0; i < b.size(); i++) expected.append(b.time(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i));
        try (BarFile f = BarFile.open(p, M)) {
            assertSameBars(expected, f.readAll());
        }
        assertTrue(Files.notExists(dir.resolve("g.bars.tmp")));
    }

    @Test
    void aCorruptRecordIsFoundOnOpenAndTheValidPrefixKept() throws IOException {
        Path p = dir.resolve("c.bars");
        BarStore b = bars(500, T0, 4);
        try (BarFile f = BarFile.open(p, M)) {
            f.merge(b);
        }
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0x5A}), 32 + 300L * 52 + 17); // one flipped byte in bar 300
        }
        try (BarFile f = BarFile.open(p, M)) {
            assertEquals(300, f.size());
            BarStore prefix = new BarStore();
            for (int i = 0; i < 300; i++) prefix.append(b.time(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i));
            assertSameBars(prefix, f.readAll());
            f.put(b.time(300), b.open(300), b.high(300), b.low(300), b.close(300), b.volume(300)); // writing goes on after it
        }
        assertEquals(32 + 301 * 52, Files.size(p));
    }

    @Test
    void aTornLastRecordIsCutOff() throws IOException {
        Path p = dir.resolve("d.bars");
        try (BarFile f = BarFile.open(p, M)) {
            f.merge(bars(10, T0, 5));
        }
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.truncate(32 + 9 * 52 + 20); // a crash in the middle of the last write
        }
        try (BarFile f = BarFile.open(p, M)) {
            assertEquals(9, f.size());
            assertSameBars(prefix(bars(10, T0, 5), 9), f.readAll());
        }
    }

    @Test
    void aFileThatIsNotOursOrOfAnotherTimeframeIsRefusedWithItsName() throws IOException {
        Path p = dir.resolve("e.bars");
        Files.writeString(p, "this is not a bar file, but it is long enough to have a header");
        IOException e = assertThrows(IOException.class, () -> BarFile.open(p, M));
        assertEquals(p + " is not a Candela bar file", e.getMessage());
        Path q = dir.resolve("f.bars");
        try (BarFile f = BarFile.open(q, M)) {
            f.put(T0, 1, 1, 1, 1, 1);
        }
        assertEquals(q + " holds 60000 ms bars, not 300000", assertThrows(IOException.class, () -> BarFile.open(q, 5 * M)).getMessage());
    }
}
