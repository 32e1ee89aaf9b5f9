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
 * bytes; a line torn by a crash is skipped when read, never the lines before it. Not on the UI thread.
 */
public final class FiringLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public FiringLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends the firing. */
    public void append(Firing f) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, (f.json() + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }

    /** The last {@code n} firings, oldest first; none when there is no file yet. Lines that do not read are skipped. */
    public List<Firing> last(int n) throws IOException {
        if (!Files.exists(file)) return List.of();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Firing> out = new ArrayList<>();
        for (String line : lines.subList(Math.max(0, lines.size() - n), lines.size())) {
            try {
                JsonNode j = JSON.readTree(line);
                Alert a = new Alert(j.path("id").asText(""), j.path("connector").asText(), j.path("symbol").asText(), j.path("timeframe").asText(),
                        j.path("alert").asText(), Alert.Mode.parse(j.path("mode").asText("once per bar")), 0, true, "");
                out.add(new Firing(a, Instant.parse(j.path("bar").asText()).toEpochMilli(), Instant.parse(j.path("at").asText()).toEpochMilli(),
                        j.path("close").asDouble(Double.NaN), j.path("left").asDouble(Double.NaN), j.path("right").asDouble(Double.NaN)));
            } catch (IOException | RuntimeException torn) {
                // a line cut short by a crash, or written by hand: the others still read
            }
        }
        return out;
    }
}
