package org.candela.indicator.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Validated parameter values for one indicator instance. Immutable; {@link #with} returns a copy.
 *
 * <pre>{@code
 * ParameterValues p = ParameterValues.defaults(descriptor).with("length", 50);
 * int length = p.getInt("length");
 * }</pre>
 */
public final class ParameterValues {

    private final IndicatorDescriptor descriptor;
    private final Map<String, Object> values;

    private ParameterValues(IndicatorDescriptor descriptor, Map<String, Object> values) {
        this.descriptor = descriptor;
        this.values = values;
    }

    /** Every parameter at its default. */
    public static ParameterValues defaults(IndicatorDescriptor descriptor) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ParameterSpec p : descriptor.parameters()) m.put(p.key(), p.defaultValue());
        return new ParameterValues(descriptor, m);
    }

    /**
     * A copy with one value changed. Numbers are converted to the parameter's type; strings are parsed.
     *
     * @throws IllegalArgumentException naming the parameter, for an unknown key, a wrong type or a value
     *                                  outside {@code [min, max]}
     */
    public ParameterValues with(String key, Object value) {
        ParameterSpec spec = descriptor.parameter(key);
        if (spec == null) {
            throw new IllegalArgumentException(descriptor.id() + " has no parameter '" + key + "'");
        }
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(key, coerce(spec, value));
        return new ParameterValues(descriptor, m);
    }

    public int getInt(String key) {
        return ((Number) get(key)).intValue();
    }

    public double getDouble(String key) {
        return ((Number) get(key)).doubleValue();
    }

    public boolean getBoolean(String key) {
        return (Boolean) get(key);
    }

    public PriceSource getSource(String key) {
        return (PriceSource) get(key);
    }

    public String getString(String key) {
        return String.valueOf(get(key));
    }

    /** The value of a parameter, of the Java class its {@link ParameterType} names. */
    public Object get(String key) {
        Object v = values.get(key);
        if (v == null) throw new IllegalArgumentException(descriptor.id() + " has no parameter '" + key + "'");
        return v;
    }

    /** The descriptor these values belong to. */
    public IndicatorDescriptor descriptor() {
        return descriptor;
    }

    /** Short form for legends and exports: {@code sma(20)}, {@code macd(12,26,9)}; numbers only. */
    public String shortName() {
        StringBuilder b = new StringBuilder(descriptor.id());
        String sep = "(";
        for (ParameterSpec p : descriptor.parameters()) {
            if (p.type() != ParameterType.INT && p.type() != ParameterType.DOUBLE) continue;
            b.append(sep).append(format(values.get(p.key())));
            sep = ",";
        }
        return sep.equals(",") ? b.append(')').toString() : b.toString();
    }

    private static String format(Object v) {
        if (v instanceof Double d && d == Math.rint(d)) return Long.toString(d.longValue());
        return String.valueOf(v);
    }

    private Object coerce(ParameterSpec spec, Object value) {
        String where = descriptor.id() + "." + spec.key();
        try {
            switch (spec.type()) {
                case INT -> {
                    double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
                    if (d != Math.rint(d)) throw new IllegalArgumentException(where + " must be a whole number, was " + value);
                    checkRange(spec, d, where);
                    return (int) d;
                }
                case DOUBLE -> {
                    double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
                    checkRange(spec, d, where);
                    return d;
                }
                case BOOLEAN -> {
                    if (value instanceof Boolean b) return b;
                    String s = value.toString().trim().toLowerCase(Locale.ROOT);
                    if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
                    throw new IllegalArgumentException(where + " must be true or false, was " + value);
                }
                case SOURCE -> {
                    if (value instanceof PriceSource s) return s;
                    return PriceSource.valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
                }
                case ENUM -> {
                    String s = value.toString();
                    if (!spec.choices().contains(s)) {
                        throw new IllegalArgumentException(where + " must be one of " + spec.choices() + ", was " + s);
                    }
                    return s;
                }
                case COLOR -> {
                    if (value instanceof Number n) return n.intValue();
                    return (int) Long.parseLong(value.toString().trim().replace("#", ""), 16);
                }
                default -> throw new IllegalStateException(spec.type().toString());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " must be a number, was '" + value + "'");
        }
    }

    private static void checkRange(ParameterSpec spec, double d, String where) {
        if (!(d >= spec.min() && d <= spec.max())) {
            throw new IllegalArgumentException(where + " must be between " + format(spec.min()) + " and "
                    + format(spec.max()) + ", was " + format(d));
        }
    }

    @Override
    public String toString() {
        return shortName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues p && p.descriptor.id().equals(descriptor.id()) && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return descriptor.id().hashCode() * 31 + values.hashCode();
    }
}
