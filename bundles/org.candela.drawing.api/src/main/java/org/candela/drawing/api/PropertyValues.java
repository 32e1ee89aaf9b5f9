package org.candela.drawing.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checked property values of one drawing. Immutable; {@link #with} returns a copy. Values are kept in the
 * descriptor's order, so {@link #toString} (the text form's {@code key=value} list) is stable.
 *
 * <pre>{@code
 * PropertyValues p = PropertyValues.defaults(descriptor).with("color", "#F23645").with("levels", "0 0.5 1");
 * int color = p.getColor("color");
 * }</pre>
 */
public final class PropertyValues {

    private final ToolDescriptor descriptor;
    private final Map<String, Object> values;

    private PropertyValues(ToolDescriptor descriptor, Map<String, Object> values) {
        this.descriptor = descriptor;
        this.values = values;
    }

    /** Every property at its default. */
    public static PropertyValues defaults(ToolDescriptor descriptor) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (PropertySpec p : descriptor.properties()) m.put(p.key(), p.defaultValue());
        return new PropertyValues(descriptor, m);
    }

    /**
     * A copy with one value changed; strings are parsed as the text form writes them.
     *
     * @throws IllegalArgumentException naming the property, for an unknown key, a wrong type or a value out of range
     */
    public PropertyValues with(String key, Object value) {
        PropertySpec spec = descriptor.property(key);
        if (spec == null) throw new IllegalArgumentException(descriptor.id() + " has no property '" + key + "'");
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(key, coerce(spec, value));
        return new PropertyValues(descriptor, m);
    }

    public ToolDescriptor descriptor() {
        return descriptor;
    }

    public int getColor(String key) {
        return (Integer) get(key);
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

    public String getText(String key) {
        return (String) get(key);
    }

    public LineStyle getStyle(String key) {
        return (LineStyle) get(key);
    }

    /** A copy of the levels. */
    public double[] getLevels(String key) {
        return ((double[]) get(key)).clone();
    }

    private Object get(String key) {
        if (!values.containsKey(key)) throw new IllegalArgumentException(descriptor.id() + " has no property '" + key + "'");
        return values.get(key);
    }

    /** The value of {@code key} as the text form writes it ({@code #FF2962FF}, {@code dashed}, {@code 0 0.5 1}). */
    public String format(String key) {
        Object v = get(key);
        return switch (descriptor.property(key).type()) {
            case COLOR -> String.format("#%08X", (Integer) v);
            case STYLE -> ((LineStyle) v).name().toLowerCase(Locale.ROOT);
            case NUMBER -> number((Double) v);
            case LEVELS -> {
                StringBuilder b = new StringBuilder();
                for (double d : (double[]) v) b.append(b.length() == 0 ? "" : " ").append(number(d));
                yield b.toString();
            }
            case TEXT -> {
                String s = (String) v;
                yield s.matches("[^,()\"=]*") && !s.isBlank() && s.strip().equals(s) ? s : '"' + s.replace("\"", "\"\"") + '"';
            }
            default -> String.valueOf(v);
        };
    }

    /** Whether {@code key} is at its default (the text form leaves it out). */
    public boolean isDefault(String key) {
        Object v = get(key), d = descriptor.property(key).defaultValue();
        return v instanceof double[] a ? Arrays.equals(a, (double[]) d) : v.equals(d);
    }

    /** The values that differ from the defaults, as the text form writes them: {@code color=#FFF23645, width=2}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (PropertySpec p : descriptor.properties()) {
            if (isDefault(p.key())) continue;
            b.append(b.length() == 0 ? "" : ", ").append(p.key()).append('=').append(format(p.key()));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PropertyValues other) || !other.descriptor.id().equals(descriptor.id())) return false;
        for (PropertySpec p : descriptor.properties()) {
            Object a = values.get(p.key()), b = other.values.get(p.key());
            if (a instanceof double[] x ? !Arrays.equals(x, (double[]) b) : !a.equals(b)) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return descriptor.id().hashCode() * 31 + toString().hashCode();
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static Object coerce(PropertySpec spec, Object value) {
        String key = spec.key();
        try {
            return switch (spec.type()) {
                case COLOR -> value instanceof Number n ? n.intValue() : color(value.toString().trim());
                case WIDTH -> {
                    int w = value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
                    if (w < spec.min() || w > spec.max()) throw new IllegalArgumentException(key + " must be from " + (int) spec.min() + " to " + (int) spec.max() + ", was " + w);
                    yield w;
                }
                case STYLE -> {
                    if (value instanceof LineStyle s) yield s;
                    String s = value.toString().trim().toUpperCase(Locale.ROOT);
                    if (!s.matches("SOLID|DASHED|DOTTED")) throw new NumberFormatException(s);
                    yield LineStyle.valueOf(s);
                }
                case BOOLEAN -> {
                    if (value instanceof Boolean b) yield b;
                    String s = value.toString().trim();
                    if (!s.equals("true") && !s.equals("false")) throw new IllegalArgumentException(key + " is true or false, not '" + s + "'");
                    yield Boolean.parseBoolean(s);
                }
                case NUMBER -> {
                    double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
                    if (!(d >= spec.min() && d <= spec.max())) throw new IllegalArgumentException(key + " must be from " + number(spec.min()) + " to " + number(spec.max()) + ", was " + value);
                    yield d;
                }
                case TEXT -> value.toString();
                case LEVELS -> {
                    if (value instanceof double[] a) yield a.clone();
                    String s = value.toString().trim();
                    double[] out = s.isEmpty() ? new double[0] : Arrays.stream(s.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
                    for (double d : out) if (!Double.isFinite(d)) throw new IllegalArgumentException(key + ": a level must be a number, was " + d);
                    yield out;
                }
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be " + what(spec.type()) + ", not '" + value + "'");
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(key + " must be " + what(spec.type()) + ", not " + value.getClass().getSimpleName());
        }
    }

    private static String what(PropertyType t) {
        return switch (t) {
            case COLOR -> "a colour (#RRGGBB or #AARRGGBB)";
            case WIDTH -> "a width in pixels";
            case STYLE -> "solid, dashed or dotted";
            case BOOLEAN -> "true or false";
            case NUMBER -> "a number";
            case TEXT -> "text";
            case LEVELS -> "numbers separated by spaces";
        };
    }

    private static int color(String s) {
        if (s.matches("#[0-9A-Fa-f]{6}")) return 0xFF000000 | Integer.parseUnsignedInt(s.substring(1), 16);
        if (s.matches("#[0-9A-Fa-f]{8}")) return (int) Long.parseLong(s.substring(1), 16);
        throw new NumberFormatException(s);
    }
}
