package org.candela.indicator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an indicator is: its id, name and group, its typed parameters, its named outputs, where it draws,
 * and the value range and levels of its own pane.
 *
 * <pre>{@code
 * IndicatorDescriptor rsi = IndicatorDescriptor.builder("rsi", "Relative Strength Index")
 *         .group("Momentum")
 *         .version("1.0.0")
 *         .parameter(ParameterSpec.integer("length", "Length", 14, 1, 500))
 *         .output(OutputSpec.line("rsi", "RSI", 0xFF7E57C2))
 *         .placement(Placement.PANE)
 *         .fixedRange(0, 100)
 *         .levels(30, 70)
 *         .build();
 * }</pre>
 *
 * @param id          stable lower-case id, used on the command line ({@code sma(20)})
 * @param name        shown in menus and dialogs
 * @param group       menu group, e.g. "Moving averages"
 * @param version     the indicator's own version, shown in the dialogs (its definition, not the bundle's)
 * @param parameters  typed parameters, in dialog order
 * @param outputs     named outputs, in the order computations write them
 * @param placement   overlay on the price pane, or a pane of its own
 * @param rangeMin    lower bound of a fixed value range, or NaN to autoscale
 * @param rangeMax    upper bound of a fixed value range, or NaN to autoscale
 * @param levels      horizontal levels drawn in the indicator's pane (RSI 30/70)
 */
public record IndicatorDescriptor(String id, String name, String group, String version,
        List<ParameterSpec> parameters, List<OutputSpec> outputs, Placement placement, double rangeMin,
        double rangeMax, List<Double> levels) {

    public IndicatorDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(placement, "placement");
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
        levels = List.copyOf(levels);
        if (!id.matches("[a-z][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("indicator id must be lower case letters, digits, _ . -: " + id);
        }
        if (outputs.isEmpty()) throw new IllegalArgumentException(id + ": an indicator needs at least one output");
    }

    /** A descriptor of version "1.0.0": the form of API 1.0. */
    public IndicatorDescriptor(String id, String name, String group, List<ParameterSpec> parameters,
            List<OutputSpec> outputs, Placement placement, double rangeMin, double rangeMax, List<Double> levels) {
        this(id, name, group, "1.0.0", parameters, outputs, placement, rangeMin, rangeMax, levels);
    }

    /** The index of the output with this key, or -1. */
    public int outputIndex(String key) {
        for (int i = 0; i < outputs.size(); i++) if (outputs.get(i).key().equals(key)) return i;
        return -1;
    }

    /** The parameter with this key, or null. */
    public ParameterSpec parameter(String key) {
        for (ParameterSpec p : parameters) if (p.key().equals(key)) return p;
        return null;
    }

    /** True when the pane's value range is fixed rather than autoscaled. */
    public boolean hasFixedRange() {
        return !Double.isNaN(rangeMin) && !Double.isNaN(rangeMax);
    }

    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** Builds a descriptor; see the class example. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String group = "Other";
        private String version = "1.0.0";
        private final List<ParameterSpec> parameters = new ArrayList<>();
        private final List<OutputSpec> outputs = new ArrayList<>();
        private Placement placement = Placement.PANE;
        private double rangeMin = Double.NaN;
        private double rangeMax = Double.NaN;
        private final List<Double> levels = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder group(String g) {
            group = g;
            return this;
        }

        public Builder version(String v) {
            version = v;
            return this;
        }

        public Builder parameter(ParameterSpec p) {
            parameters.add(p);
            return this;
        }

        public Builder output(OutputSpec o) {
            outputs.add(o);
            return this;
        }

        public Builder placement(Placement p) {
            placement = p;
            return this;
        }

        public Builder fixedRange(double min, double max) {
            rangeMin = min;
            rangeMax = max;
            return this;
        }

        public Builder levels(double... values) {
            for (double v : values) levels.add(v);
            return this;
        }

        public IndicatorDescriptor build() {
            return new IndicatorDescriptor(id, name, group, version, parameters, outputs, placement, rangeMin,
                    rangeMax, levels);
        }
    }
}
