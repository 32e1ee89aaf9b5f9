package org.candela.chart.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.candela.chart.data.BarStore;

/**
 * The history cache in files of fixed records ({@link BarFile}) under a directory of the user's data:
 * {@code <dir>/<connector>/<source hash>/<symbol>_<timeframe>.bars}. Past its size cap the least recently
 * written series are deleted first. Thread-safe; files stay open while in use.
 */
public final class FileHistoryCache implements HistoryCache {

    private static final Logger LOG = Logger.getLogger(FileHistoryCache.class.getName());

    private final Path dir;
    private final long capBytes;
    private final Map<Path, BarFile> open = new HashMap<>();

    /** @param capBytes the most bytes to keep; 0 for no cap */
    public FileHistoryCache(Path dir, long capBytes) {
        this.dir = dir;
        this.capBytes = capBytes;
    }

    public Path dir() {
        return dir;
    }

    Path path(Key k) {
        String symbol = k.symbol().replaceAll("[^A-Za-z0-9._-]", "-");
        return dir.resolve(safe(k.connector())).resolve(hash(k.source())).resolve(symbol + "_" + k.timeframe().label() + ".bars");
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static String hash(String source) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private BarFile file(Key k) throws IOException {
        Path p = path(k);
        BarFile f = open.get(p);
        if (f == null) {
            try {
                f = BarFile.open(p, k.timeframe().millis());
            } catch (IOException e) {
                // not ours, another version, another timeframe: set it aside, never lose it silently
                Path aside = p.resolveSibling(p.getFileName() + ".unreadable-" + System.currentTimeMillis());
                Files.move(p, aside);
                LOG.warning(e.getMessage() + "; moved to " + aside + ", starting afresh");
                f = BarFile.open(p, k.timeframe().millis());
            }
            open.put(p, f);
        }
        return f;
    }

    @Override
    public synchronized BarStore read(Key key, long beforeMillis, int maxBars) throws IOException {
        if (!Files.exists(path(key))) return new BarStore();
        BarFile f = file(key);
        long end = f.ceiling(beforeMillis);
        return f.read(Math.max(0, end - maxBars), end);
    }

    @Override
    public synchronized void write(Key key, BarStore bars) throws IOException {
        if (bars.isEmpty()) return;
        BarFile f = file(key);
        f.merge(bars);
        f.sync();
        capSize();
    }

    @Override
    public synchronized void put(Key key, long t, double o, double h, double l, double c, double v) throws IOException {
        BarFile f = file(key);
        boolean newCandle = t > f.lastTime();
        if (t < f.lastTime()) {
            BarStore one = new BarStore(1);
            one.append(t, o, h, l, c, v);
            f.merge(one);
            return;
        }
        f.put(t, o, h, l, c, v);
        if (newCandle) f.sync(); // the candle before it closed: make it durable, once per candle
    }

    @Override
    public synchronized List<Entry> list() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".bars")).sorted().toList()) {
                String name = p.getFileName().toString();
                int u = name.lastIndexOf('_');
                long bytes = Files.size(p);
                out.add(new Entry(dir.relativize(p).getName(0).toString(), name.substring(0, u),
                        name.substring(u + 1, name.length() - 5), Math.max(0, (bytes - BarFile.HEADER) / BarFile.RECORD), bytes, p.toString()));
            }
        }
        return out;
    }

    @Override
    public synchronized long sizeBytes() throws IOException {
        long total = 0;
        for (Entry e : list()) total += e.bytes();
        return total;
    }

    @Override
    public synchronized int purge(String connector) throws IOException {
        int n = 0;
        for (Entry e : list()) {
            if (connector != null && !e.connector().equals(connector)) continue;
            Path p = Path.of(e.file());
            BarFile f = open.remove(p);
            if (f != null) f.close();
            Files.deleteIfExists(p);
            n++;
        }
        return n;
    }

    /** Deletes the least recently written series while the cache is over its cap (never one in use). */
    private void capSize() throws IOException {
        if (capBytes <= 0) return;
        long total = sizeBytes();
        if (total <= capBytes) return;
        List<Path> files = new ArrayList<>();
        for (Entry e : list()) files.add(Path.of(e.file()));
        files.sort(Comparator.comparing(p -> {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException x) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }));
        for (Path p : files) {
            if (total <= capBytes) break;
            if (open.containsKey(p)) continue;
            long size = Files.size(p);
            Files.deleteIfExists(p);
            total -= size;
            LOG.info("history cache over its cap: deleted " + p);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        for (BarFile f : open.values()) f.close();
        open.clear();
    }
}
