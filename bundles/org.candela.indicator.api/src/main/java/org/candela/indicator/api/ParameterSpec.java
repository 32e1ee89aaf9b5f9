package org.candela.indicator.api;

import java.util.List;
import java.util.Objects;

/**
 * One typed parameter of an indicator: the settings dialog is generated from these, and
 * {@link ParameterValues} validates against them.
 *
 * <pre>{@code
 * ParameterSpec.integer("length", "Length", 20, 1, 1000)
 * ParameterSpec.real("mult", "StdDev multiplier", 2.0, 0.1, 10.0, 0.1)
 * ParameterSpec.source("source", "Source", PriceSource.CLOSE)
 * }</pre>
 *
 * @param key          stable id
 * @param label        shown in the dialog
 * @param type         the value type
 * @param defaultValue default, of the type's Java class
 * @param min          lowest allowed number (INT, DOUBLE); ignored otherwise
 * @param max          highest allowed number (INT, DOUBLE); ignored otherwise
 * @param step         spinner step (INT, DOUBLE); ignored otherwise
 * @param choices      allowed values for ENUM; empty otherwise
 */
public record ParameterSpec(String key, String label, ParameterType type, Object defaultValue, double min,
        double max, double step, List<String> choices) {

    public ParameterSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = List.copyOf(choices);
        if (min > max) throw new IllegalArgumentException(key + ": min > max");
    }

    public static ParameterSpec integer(String key, String label, int def, int min, int max) {
        return new ParameterSpec(key, label, ParameterType.INT, def, min, max, 1, List.of());
    }

    public static ParameterSpec real(String key, String label, double def, double min, double max, double step) {
        return new ParameterSpec(key, label, ParameterType.DOUBLE, def, min, max, step, List.of());
    }

    public static ParameterSpec bool(String key, String label, boolean def) {
        return new ParameterSpec(key, label, ParameterType.BOOLEAN, def, 0, 0, 0, List.of());
    }

    public static ParameterSpec source(String key, String label, PriceSource def) {
        return new ParameterSpec(key, label, ParameterType.SOURCE, def, 0, 0, 0, List.of());
    }

    public static ParameterSpec choice(String key, String label, String def, List<String> choices) {
        return new ParameterSpec(key, label, ParameterType.ENUM, def, 0, 0, 0, choices);
    }

    public static ParameterSpec color(String key, String label, int argb) {
        return new ParameterSpec(key, label, ParameterType.COLOR, argb, 0, 0, 0, List.of());
    }
}
