package org.candela.chart.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;
import java.util.zip.CRC32C;
import org.candela.chart.data.BarStore;

/**
 * One series of bars on disk, in fixed 52-byte records: open time (long), open, high, low, close, volume
 * (doubles), then the CRC-32C of those 48 bytes. Records are in strictly increasing time after a 32-byte
 * header (magic, format version, timeframe). The fixed size is what desktop platforms use for bar data: the
 * last bar is rewritten in place, a new one appended, with no index to keep and no fsync per tick.
 *
 * <p>Opening checks every record: a torn or corrupt record (a crash mid-write, a damaged disk) and all
 * after it are cut off, the valid prefix kept, and one log line says what was lost.
 *
 * <pre>{@code
 * try (BarFile f = BarFile.open(path, 60_000)) {
 *     BarStore bars = f.readAll();
 *     f.put(t, o, h, l, c, v);  // appends, or rewrites the last bar when t is its time
 * }
 * }</pre>
 */
public final class BarFile implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BarFile.class.getName());
    static final long MAGIC = 0x43414E44454C4142L; // "CANDELAB"
    static final int VERSION = 1, HEADER = 32, RECORD = 52;
    /** How far back from the newest bar a merge rewrites in place rather than through a new file. */
    static final int IN_PLACE_RECORDS = 65_536;
    private static final int CHUNK_RECORDS = 65_536;

    private final Path path;
    private FileChannel channel;
    private final ByteBuffer record = ByteBuffer.allocate(RECORD).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C crc = new CRC32C();
    private final ByteBuffer one = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private ByteBuffer chunk; // 3.4 MB, made on the first read
    private long count, lastTime = Long.MIN_VALUE, timeframeMillis;

    private BarFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Opens (or creates) the file of bars of {@code timeframeMillis}; a damaged tail is cut off. */
    public static BarFile open(Path path, long timeframeMillis) throws IOException {
        Files.createDirectories(path.getParent());
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        BarFile f = new BarFile(path, ch);
        try {
            f.check(timeframeMillis);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return f;
    }

    private void check(long timeframeMillis) throws IOException {
        this.timeframeMillis = timeframeMillis;
        long size = channel.size();
        if (size < HEADER) {
            ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            h.putLong(MAGIC).putInt(VERSION).putLong(timeframeMillis).flip();
            channel.truncate(0);
            channel.write(h, 0);
            return;
        }
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(h, 0);
        h.flip();
        if (h.getLong() != MAGIC) throw new IOException(path + " is not a Candela bar file");
        int version = h.getInt();
        if (version != VERSION) throw new IOException(path + " has format version " + version + "; this Candela reads " + VERSION);
        long tf = h.getLong();
        if (tf != timeframeMillis) throw new IOException(path + " holds " + tf + " ms bars, not " + timeframeMillis);
        count = valid((size - HEADER) / RECORD);
        long end = HEADER + count * RECORD;
        if (end < size) {
            LOG.warning(path + ": kept " + count + " bars; cut off " + (size - end) + " damaged or torn bytes after "
                    + (count == 0 ? "the header" : java.time.Instant.ofEpochMilli(lastTime)));
            channel.truncate(end);
        }
    }

    /** How many of the first {@code n} records are intact and in order (reads them once, in large chunks). */
    private long valid(long n) throws IOException {
        long good = 0;
        while (good < n) {
            ByteBuffer b = load(good, n - good);
            for (int p = 0; p + RECORD <= b.limit(); p += RECORD) {
                long t = b.getLong(p);
                if (!intact(b, p) || t <= lastTime) return good;
                lastTime = t;
                good++;
            }
            if (b.limit() == 0 || b.limit() % RECORD != 0) return good;
        }
        return good;
    }

    /**
     * Up to {@value #CHUNK_RECORDS} records from position {@code from} (at most {@code records}) in the
     * reused chunk buffer, from index 0 to its limit; fewer when the file ends first.
     */
    private ByteBuffer load(long from, long records) throws IOException {
        if (chunk == null) chunk = ByteBuffer.allocateDirect(RECORD * CHUNK_RECORDS).order(ByteOrder.LITTLE_ENDIAN);
        chunk.clear();
        chunk.limit((int) (Math.min(records, CHUNK_RECORDS) * RECORD));
        long at = HEADER + from * RECORD;
        while (chunk.hasRemaining() && channel.read(chunk, at + chunk.position()) > 0) { }
        chunk.flip();
        return chunk;
    }

    private boolean intact(ByteBuffer b, int p) {
        crc.reset();
        int limit = b.limit();
        b.limit(p + 48).position(p); // the 48 bytes, without a slice object per record
        crc.update(b);
        b.limit(limit).position(0);
        return (int) crc.getValue() == b.getInt(p + 48);
    }

    /** Bars held. */
    public long size() {
        return count;
    }

    /** The newest bar's open time, or {@code Long.MIN_VALUE} when empty. */
    public long lastTime() {
        return lastTime;
    }

    /** Every bar, oldest first. */
    public BarStore readAll() throws IOException {
        return read(0, count);
    }

    /** Bars {@code from} (inclusive) to {@code to} (exclusive) by position. */
    public BarStore read(long from, long to) throws IOException {
        int n = (int) Math.max(0, Math.min(to, count) - from);
        BarStore out = new BarStore(Math.max(16, n));
        while (out.size() < n) {
            ByteBuffer b = load(from + out.size(), n - out.size());
            if (b.limit() < RECORD) throw new IOException(path + " ended before its " + count + " bars");
            for (int p = 0; p + RECORD <= b.limit(); p += RECORD) {
                out.append(b.getLong(p), b.getDouble(p + 8), b.getDouble(p + 16), b.getDouble(p + 24), b.getDouble(p + 32), b.getDouble(p + 40));
            }
        }
        return out;
    }

    /** The open time of the bar at {@code index}. */
    private long timeAt(long index) throws IOException {
        one.clear();
        channel.read(one, HEADER + index * RECORD);
        return one.getLong(0);
    }

    /** Position of the first bar opening at or after {@code time} ({@link #size()} if none). */
    public long ceiling(long time) throws IOException {
        long lo = 0, hi = count;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (timeAt(mid) < time) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Writes a bar: rewrites the newest one when {@code t} is its time, appends when it is newer. O(1), no
     * fsync. An older bar goes through {@link #merge}.
     *
     * @throws IllegalArgumentException for a bar older than the newest
     */
    public void put(long t, double o, double h, double l, double c, double v) throws IOException {
        if (t < lastTime) throw new IllegalArgumentException("older than the newest bar: use merge");
        long index = t == lastTime ? count - 1 : count;
        record.clear();
        record.putLong(t).putDouble(o).putDouble(h).putDouble(l).putDouble(c).putDouble(v);
        crc.reset();
        crc.update(record.array(), 0, 48);
        record.putInt((int) crc.getValue()).flip();
        channel.write(record, HEADER + index * RECORD);
        if (index == count) count++;
        lastTime = t;
    }

    /**
     * Puts {@code bars} in, a bar of a time already kept replacing it. Newer ones are appended. Bars that
     * reach back into the last {@value #IN_PLACE_RECORDS} records (a candle repaired from REST) are merged
     * with that tail, which is rewritten in place: O(tail), and a crash in the middle of it can lose that
     * tail, never what is before it. Older ones (history loaded by scrolling back) are merged by writing a
     * temporary file and moving it over this one, so a crash leaves the old or the new file, never half.
     */
    public void merge(BarStore bars) throws IOException {
        if (bars.isEmpty()) return;
        if (bars.time(0) >= lastTime) {
            for (int i = 0; i < bars.size(); i++) put(bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
            return;
        }
        long from = ceiling(bars.time(0));
        if (count - from <= IN_PLACE_RECORDS) {
            BarStore tail = read(from, count);
            upsertAll(tail, bars);
            count = from;
            lastTime = from == 0 ? Long.MIN_VALUE : timeAt(from - 1);
            putAll(tail);
            return;
        }
        BarStore all = readAll();
        upsertAll(all, bars);
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.deleteIfExists(tmp); // a crash mid-merge left one: the file itself is whole
        try (BarFile out = open(tmp, timeframeMillis)) {
            out.putAll(all);
            out.channel.force(true);
        }
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        channel.close(); // it still reads the old file: open the new one
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        count = all.size();
        lastTime = all.lastTime();
    }

    private static void upsertAll(BarStore into, BarStore bars) {
        for (int i = 0; i < bars.size(); i++) into.upsert(bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
    }

    private void putAll(BarStore bars) throws IOException {
        for (int i = 0; i < bars.size(); i++) put(bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
    }

    /** Makes what was written durable (a candle closed, or the file is being closed). */
    public void sync() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) return;
        channel.force(false);
        channel.close();
    }
}
