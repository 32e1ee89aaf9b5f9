package org.candela.chart.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every firing, one JSON line each ({@link Firing#json}), appended to a file in the data directory
 * ({@code alerts/firings.jsonl}) so the Alerts view's log survives a restart. Each line is one write of whole
 * bytes; a line torn by a crash is skipped when read, never the lines before it. Past {@link #MAX_BYTES} the
 * file is cut to its last {@link #KEEP_LINES} lines, written whole beside it and moved over it (atomic): a log
 * of years of firings never grows without end. Not on the UI thread.
 */
public final class FiringLog {

    public static final long MAX_BYTES = 4L << 20;
    public static final int KEEP_LINES = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final long maxBytes;
    private final int keepLines;

    public FiringLog(Path file) {
        this(file, MAX_BYTES, KEEP_LINES);
    }

    FiringLog(Path file, long maxBytes, int keepLines) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keepLines = keepLines;
    }

    public Path file() {
        return file;
    }

    /** Appends the firing (and cuts the file to its last lines when it has grown too long). */
    public void append(Firing f) throws IOException {
        Files.createDirectories(file.getParent());
        String line = (endsTorn() ? "\n" : "") + f.json() + "\n"; // after a line a crash cut short, on a line of its own
        Files.write(file, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        if (Files.size(file) > maxBytes) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            byte[] kept = (String.join("\n", lines.subList(Math.max(0, lines.size() - keepLines), lines.size())) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(kept);
                while (buffer.hasRemaining()) ch.write(buffer);
                ch.force(true); // on disk before it replaces the log
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private boolean endsTorn() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return false;
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            ch.read(last, ch.size() - 1);
            return last.get(0) != '\n';
        }
    }

    /** The last {@code n} firings, oldest first; none when there is no file yet. Lines that do not read are skipped. */
    public List<Firing> last(int n) throws IOException {
        if (!Files.exists(file)) return List.of();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Firing> out = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && out.size() < n; i--) { // from the newest, until n have been read
            String line = lines.get(i);
            try {
                JsonNode j = JSON.readTree(line);
                Alert a = new Alert(j.path("id").asText(""), j.path("connector").asText(), j.path("symbol").asText(), j.path("timeframe").asText(),
                        j.path("alert").asText(), Alert.Mode.parse(j.path("mode").asText("once per bar")), 0, true, "");
                out.add(0, new Firing(a, Instant.parse(j.path("bar").asText()).toEpochMilli(), Instant.parse(j.path("at").asText()).toEpochMilli(),
                        j.path("close").asDouble(Double.NaN), j.path("left").asDouble(Double.NaN), j.path("right").asDouble(Double.NaN)));
            } catch (IOException | RuntimeException torn) {
                // a line cut short by a crash, or written by hand: the others still read
            }
        }
        return out;
    }
}
