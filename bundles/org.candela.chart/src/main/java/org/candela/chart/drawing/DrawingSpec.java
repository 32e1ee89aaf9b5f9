package org.candela.chart.drawing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.candela.drawing.api.Anchor;
import org.candela.drawing.api.PropertySpec;
import org.candela.drawing.api.PropertyValues;
import org.candela.drawing.api.ToolDescriptor;

/**
 * A drawing as its one text form, used by the workspace file, the Gogo shell and the command line:
 * {@code trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600, color=#FFF23645, width=2)} — the tool's id,
 * its anchors ({@code TIME PRICE}; a price alone for a level, {@code hline(20500)}; a time alone for a moment,
 * {@code vline(2026-11-30T14:30Z)}), then the properties that differ from the tool's defaults. Times are
 * ISO-8601 in UTC. {@link #parse} and {@link #text} are inverse: a drawing written and read back is the same.
 *
 * @param tool       the tool's id
 * @param anchors    as many as the tool takes
 * @param properties checked against the tool's descriptor
 */
public record DrawingSpec(String tool, List<Anchor> anchors, PropertyValues properties) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

    public DrawingSpec {
        anchors = List.copyOf(anchors);
        if (!properties.descriptor().id().equals(tool)) throw new IllegalArgumentException("properties of " + properties.descriptor().id() + " for " + tool);
        if (anchors.size() != properties.descriptor().anchors()) {
            throw new IllegalArgumentException(tool + " takes " + properties.descriptor().anchors() + " anchor"
                    + (properties.descriptor().anchors() == 1 ? "" : "s") + ", not " + anchors.size());
        }
    }

    /** A drawing of {@code tool} at {@code anchors} with the default properties. */
    public static DrawingSpec of(ToolDescriptor tool, Anchor... anchors) {
        return new DrawingSpec(tool.id(), List.of(anchors), PropertyValues.defaults(tool));
    }

    /** The same drawing with other anchors (dragged). */
    public DrawingSpec withAnchors(List<Anchor> next) {
        return new DrawingSpec(tool, next, properties);
    }

    /** The same drawing with other properties (the properties dialog). */
    public DrawingSpec withProperties(PropertyValues next) {
        return new DrawingSpec(tool, anchors, next);
    }

    /**
     * Reads the text form. {@code tools} gives the descriptor of an installed tool by id, or null.
     *
     * @throws IllegalArgumentException saying what is wrong and where, for text that is not a drawing
     */
    public static DrawingSpec parse(String text, Function<String, ToolDescriptor> tools) {
        String s = text.strip();
        int open = s.indexOf('(');
        if (open <= 0 || !s.endsWith(")")) {
            throw new IllegalArgumentException("'" + text + "' is not a drawing: write TOOL(ANCHOR, …), e.g. hline(20500) or "
                    + "trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)");
        }
        String id = s.substring(0, open).strip();
        ToolDescriptor d = tools.apply(id);
        if (d == null) throw new IllegalArgumentException("unknown drawing tool '" + id + "'");
        List<Anchor> anchors = new ArrayList<>();
        PropertyValues p = PropertyValues.defaults(d);
        boolean properties = false;
        for (String arg : split(s.substring(open + 1, s.length() - 1), text)) {
            int eq = arg.indexOf('=');
            if (eq > 0 && arg.substring(0, eq).strip().matches("[a-zA-Z][a-zA-Z0-9]*")) {
                p = p.with(arg.substring(0, eq).strip(), unquote(arg.substring(eq + 1).strip()));
                properties = true;
            } else {
                if (properties) throw new IllegalArgumentException(id + ": anchors come before properties, at '" + arg.strip() + "'");
                anchors.add(anchor(arg, id));
            }
        }
        if (anchors.size() != d.anchors()) {
            throw new IllegalArgumentException(id + " takes " + d.anchors() + " anchor" + (d.anchors() == 1 ? "" : "s")
                    + " (TIME PRICE, e.g. 2026-11-30T10:00Z 20400), not " + anchors.size() + ": '" + text + "'");
        }
        return new DrawingSpec(id, anchors, p);
    }

    /** The text form: anchors, then the properties that differ from the defaults. */
    public String text() {
        StringBuilder b = new StringBuilder(tool).append('(');
        for (int i = 0; i < anchors.size(); i++) b.append(i == 0 ? "" : ", ").append(anchor(anchors.get(i)));
        String props = properties.toString();
        if (!props.isEmpty()) b.append(anchors.isEmpty() ? "" : ", ").append(props);
        return b.append(')').toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /** {@code 2026-11-30T10:00Z 20400}; a price alone when the time is 0, a time alone when the price is 0. */
    public static String anchor(Anchor a) {
        if (a.time() == 0) return price(a.price());
        String time = a.time() % 60_000 == 0 ? MINUTES.format(Instant.ofEpochMilli(a.time())) : Instant.ofEpochMilli(a.time()).toString();
        return a.price() == 0 ? time : time + " " + price(a.price());
    }

    /** Reads an anchor as {@link #anchor(Anchor)} writes it; the message names {@code tool} when it is not one. */
    public static Anchor anchor(String arg, String tool) {
        String[] w = arg.strip().split("\\s+");
        try {
            if (w.length == 2) return new Anchor(time(w[0]), Double.parseDouble(w[1]));
            if (w.length == 1 && w[0].contains("T")) return new Anchor(time(w[0]), 0);
            if (w.length == 1) return new Anchor(0, Double.parseDouble(w[0]));
        } catch (IllegalArgumentException | DateTimeParseException e) { // not a number, NaN, not a time
            // said below
        }
        throw new IllegalArgumentException(tool + ": '" + arg.strip() + "' is not an anchor: write TIME PRICE (2026-11-30T10:00Z 20400), "
                + "a price alone or a time alone");
    }

    private static long time(String s) {
        return OffsetDateTime.parse(s).toInstant().toEpochMilli();
    }

    private static String price(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The arguments between the parentheses, split at commas outside double quotes. */
    private static List<String> split(String args, String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("a quote is not closed in '" + text + "'");
        if (!cur.toString().isBlank() || !out.isEmpty()) out.add(cur.toString());
        for (String a : out) if (a.isBlank()) throw new IllegalArgumentException("an empty argument in '" + text + "'");
        return out;
    }

    /** {@code "a, b"} → {@code a, b}; a doubled quote inside is one quote. */
    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) return v.substring(1, v.length() - 1).replace("\"\"", "\"");
        return v;
    }

    /** The spec of {@code key} of this drawing's tool (for the properties dialog). */
    public PropertySpec property(String key) {
        return properties.descriptor().property(key);
    }
}
