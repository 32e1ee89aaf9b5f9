package org.candela.drawing.api;

import java.util.Objects;

/**
 * One typed property of a drawing tool: the properties dialog is generated from these, and
 * {@link PropertyValues} checks values against them.
 *
 * <pre>{@code
 * PropertySpec.color("color", "Colour", 0xFF2962FF)
 * PropertySpec.levels("levels", "Levels", 0, 0.236, 0.382, 0.5, 0.618, 0.786, 1)
 * PropertySpec.number("deviations", "Standard deviations", 2, 0.1, 10)
 * }</pre>
 *
 * @param key          stable id, as written in the text form ({@code color=#F23645})
 * @param label        shown in the dialog
 * @param type         the value type
 * @param defaultValue default, of the type's Java class ({@code double[]} for LEVELS)
 * @param min          lowest allowed number (NUMBER, WIDTH)
 * @param max          highest allowed number (NUMBER, WIDTH)
 */
public record PropertySpec(String key, String label, PropertyType type, Object defaultValue, double min, double max) {

    public PropertySpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!key.matches("[a-z][a-zA-Z0-9]*")) throw new IllegalArgumentException("a property key is a word: '" + key + "'");
        if (min > max) throw new IllegalArgumentException(key + ": min > max");
        if (type == PropertyType.LEVELS) defaultValue = ((double[]) defaultValue).clone();
    }

    public static PropertySpec color(String key, String label, int argb) {
        return new PropertySpec(key, label, PropertyType.COLOR, argb, 0, 0);
    }

    public static PropertySpec width(String key, String label, int def) {
        return new PropertySpec(key, label, PropertyType.WIDTH, def, 1, 10);
    }

    public static PropertySpec style(String key, String label, LineStyle def) {
        return new PropertySpec(key, label, PropertyType.STYLE, def, 0, 0);
    }

    public static PropertySpec bool(String key, String label, boolean def) {
        return new PropertySpec(key, label, PropertyType.BOOLEAN, def, 0, 0);
    }

    public static PropertySpec number(String key, String label, double def, double min, double max) {
        return new PropertySpec(key, label, PropertyType.NUMBER, def, min, max);
    }

    public static PropertySpec text(String key, String label, String def) {
        return new PropertySpec(key, label, PropertyType.TEXT, def, 0, 0);
    }

    public static PropertySpec levels(String key, String label, double... def) {
        return new PropertySpec(key, label, PropertyType.LEVELS, def, 0, 0);
    }
}
