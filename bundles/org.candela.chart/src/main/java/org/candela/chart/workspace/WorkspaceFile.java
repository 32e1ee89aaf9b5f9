package org.candela.chart.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * A workspace on disk: one JSON file (docs/WORKSPACES.md) and its backup beside it ({@code NAME.bak}, the
 * version before the last save). Writes are atomic (a temporary file, fsync, rename), so a crash leaves the
 * old file or the new one, never half of one. Reading never fails: a file that is corrupt, truncated or from
 * a newer Candela is moved aside (never deleted: it may be all the user has), the backup is opened instead,
 * else nothing, and {@link Loaded#problem} says in one sentence what happened.
 *
 * <pre>{@code
 * WorkspaceFile.Loaded l = WorkspaceFile.load(dir.resolve("current.json"));
 * if (!l.problem().isEmpty()) status(l.problem());
 * Workspace w = l.workspace() != null ? l.workspace() : defaults;
 * WorkspaceFile.save(dir.resolve("current.json"), w);   // after each change (debounced) and on exit
 * }</pre>
 */
public final class WorkspaceFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WorkspaceFile() {
    }

    /** What {@link #load} found: the workspace (null when there is none to open) and what went wrong, if anything. */
    public record Loaded(Workspace workspace, String problem) {
    }

    /** Reads {@code file}, or its backup, or nothing; never throws. */
    public static Loaded load(Path file) {
        if (!Files.exists(file)) return new Loaded(null, "");
        String problem;
        try {
            return new Loaded(read(file), "");
        } catch (IOException e) {
            Path aside = moveAside(file, e instanceof NewerSchema n ? "schema-" + n.schema : "unreadable");
            problem = file.getFileName() + " " + e.getMessage() + (aside == null ? "" : " (kept as " + aside.getFileName() + ")");
        }
        Path backup = backupOf(file);
        if (Files.exists(backup)) {
            try {
                return new Loaded(read(backup), problem + "; its backup was opened");
            } catch (IOException e) {
                problem += "; its backup " + e.getMessage();
            }
        }
        return new Loaded(null, problem + "; the default workspace was opened");
    }

    /** Reads a workspace; the message of the exception says what is wrong with the file. */
    public static Workspace read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException("is not a workspace (not complete JSON" + (at == null ? "" : ": broken at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ")");
        }
        if (tree == null || !tree.isObject()) throw new IOException("is not a workspace (empty, or not a JSON object)");
        JsonNode schema = tree.get("schema");
        if (schema == null || !schema.canConvertToInt()) throw new IOException("is not a workspace (no schema version)");
        if (schema.asInt() > Workspace.SCHEMA) throw new NewerSchema(schema.asInt());
        if (schema.asInt() < 2) fromSchema1((com.fasterxml.jackson.databind.node.ObjectNode) tree);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("schema", Workspace.SCHEMA); // as it is now: saved in this format
        try {
            return JSON.treeToValue(tree, Workspace.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException("is not a workspace (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** Schema 1 had one chart per tile ({@code "charts": [...]}): each becomes a tile of one tab. */
    private static void fromSchema1(com.fasterxml.jackson.databind.node.ObjectNode tree) throws IOException {
        JsonNode charts = tree.remove("charts");
        if (charts == null) return;
        if (!charts.isArray()) throw new IOException("is not a workspace (its charts are not a list)");
        var tiles = tree.putArray("tiles");
        for (JsonNode chart : charts) {
            var tile = tiles.addObject();
            tile.putArray("tabs").add(chart);
            tile.put("selected", 0);
        }
    }

    /**
     * Writes {@code w} to {@code file} atomically, the previous version becoming the backup. Returns false
     * (and writes nothing) when the file already holds exactly these bytes.
     */
    public static boolean save(Path file, Workspace w) throws IOException {
        byte[] bytes = bytes(w);
        if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) return false;
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (Files.exists(file)) writeAtomically(backupOf(file), Files.readAllBytes(file));
        writeAtomically(file, bytes);
        return true;
    }

    /** The bytes {@link #save} writes: indented JSON, fields in a fixed order, a newline at the end. */
    public static byte[] bytes(Workspace w) throws IOException {
        byte[] json = JSON.writeValueAsBytes(w);
        byte[] out = Arrays.copyOf(json, json.length + 1);
        out[json.length] = '\n';
        return out;
    }

    /** {@code NAME.bak} beside {@code NAME}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** A temporary file in the same folder, fsync, rename over the target, fsync the folder. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) ch.write(b);
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel d = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            d.force(true); // the rename itself is durable
        } catch (IOException e) {
            // some file systems cannot sync a folder; the rename is still atomic
        }
    }

    /** Renames a file that cannot be opened to {@code NAME.<why>-<time>}; null when even that fails. */
    private static Path moveAside(Path file, String why) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            return null;
        }
    }

    /** A file written by a newer Candela. */
    private static final class NewerSchema extends IOException {
        final int schema;

        NewerSchema(int schema) {
            super("was written by a newer Candela (workspace schema " + schema + "; this one reads up to " + Workspace.SCHEMA + ")");
            this.schema = schema;
        }
    }
}
