package org.candela.drawing.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a drawing tool is: its id (the text form's name, {@code trend}), the name and group the tool bar shows,
 * how many anchors the user places (one click each), and its properties.
 *
 * <pre>{@code
 * ToolDescriptor.builder("trend", "Trend Line").group("Lines").anchors(2)
 *         .property(PropertySpec.color("color", "Colour", 0xFF2962FF))
 *         .build();
 * }</pre>
 *
 * @param id         lower-case letters and digits, unique among installed tools
 * @param name       shown in the tool bar and the dialog's title
 * @param group      the tool bar's group: Lines, Channels, Fibonacci, Shapes, Annotations, Measure…
 * @param anchors    how many anchors a drawing of this tool has (1 to 4)
 * @param properties in the dialog's order
 * @param version    the tool's own version (for the workspace: a drawing names the tool that made it)
 * @param anchorKind what an anchor of the tool holds: a time and a price, a price alone (a level, its time is
 *                   0) or a time alone (a moment, its price is 0)
 */
public record ToolDescriptor(String id, String name, String group, int anchors, List<PropertySpec> properties, String version,
        AnchorKind anchorKind) {

    /** What an anchor holds. */
    public enum AnchorKind {
        /** A time and a price. */
        POINT,
        /** A price alone: a level across the chart (the anchor's time is 0). */
        PRICE,
        /** A time alone: a moment down the pane (the anchor's price is 0). */
        TIME
    }

    public ToolDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!id.matches("[a-z][a-z0-9]*")) throw new IllegalArgumentException("a tool id is lower-case letters and digits: '" + id + "'");
        if (anchors < 1 || anchors > 4) throw new IllegalArgumentException(id + ": 1 to 4 anchors, not " + anchors);
        properties = List.copyOf(properties);
        for (int i = 0; i < properties.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (properties.get(i).key().equals(properties.get(j).key())) {
                    throw new IllegalArgumentException(id + ": two properties named '" + properties.get(i).key() + "'");
                }
            }
        }
        group = group == null ? "" : group;
        version = version == null ? "1.0.0" : version;
        anchorKind = anchorKind == null ? AnchorKind.POINT : anchorKind;
    }

    /** The property named {@code key}, or null. */
    public PropertySpec property(String key) {
        for (PropertySpec p : properties) if (p.key().equals(key)) return p;
        return null;
    }

    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** Builds a {@link ToolDescriptor}; every setter returns the builder. */
    public static final class Builder {
        private final String id, name;
        private String group = "", version = "1.0.0";
        private int anchors = 2;
        private AnchorKind anchorKind = AnchorKind.POINT;
        private final List<PropertySpec> properties = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder group(String g) {
            group = g;
            return this;
        }

        public Builder anchors(int n) {
            anchors = n;
            return this;
        }

        /** A tool whose anchors are a price alone ({@link AnchorKind#PRICE}) or a time alone ({@link AnchorKind#TIME}). */
        public Builder anchorKind(AnchorKind kind) {
            anchorKind = kind;
            return this;
        }

        public Builder property(PropertySpec p) {
            properties.add(p);
            return this;
        }

        public Builder version(String v) {
            version = v;
            return this;
        }

        public ToolDescriptor build() {
            return new ToolDescriptor(id, name, group, anchors, properties, version, anchorKind);
        }
    }
}
