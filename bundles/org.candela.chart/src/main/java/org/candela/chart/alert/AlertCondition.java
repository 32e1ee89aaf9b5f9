package org.candela.chart.alert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.candela.chart.data.BarStore;
import org.candela.chart.data.DoubleColumn;
import org.candela.chart.drawing.DrawingSpec;
import org.candela.chart.session.IndicatorSpec;
import org.candela.drawing.api.Anchor;
import org.candela.indicator.api.Indicator;

/**
 * An alert's condition in its one text form: {@code close crosses above sma(50)}, {@code rsi(14) > 70},
 * {@code macd(12,26,9).hist crosses below 0}, {@code close crosses 21450},
 * {@code close crosses line(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)}. Two operands — a bar's
 * {@code open}, {@code high}, {@code low}, {@code close} or {@code volume}, a number, a line through two
 * (time, price) points (a trend line, extended both ways), or an indicator as the command line writes it with
 * an optional output ({@code .signal}, or a prefix of its key: {@code .hist}) — and a comparison ({@code >},
 * {@code <}, {@code >=}, {@code <=}) or a cross. {@code a crosses above b} holds on a bar where a > b and, on
 * the bar before, a ≤ b ({@code below}: the mirror; {@code crosses}: either); a comparison holds on every bar
 * where it is true. A bar where an operand has no value (an indicator still warming up) holds nothing.
 * Parsing checks the indicators against the installed ones: an unknown name is an error when the condition is
 * written, not when it would fire.
 *
 * @param text  as written (trimmed): the name of its column in an export
 * @param left  the first operand
 * @param op    the comparison or cross
 * @param right the second operand
 */
public record AlertCondition(String text, Operand left, Op op, Operand right) {

    /** How the operands are compared. */
    public enum Op {
        GT(">"), LT("<"), GE(">="), LE("<="), CROSSES_ABOVE("crosses above"), CROSSES_BELOW("crosses below"), CROSSES("crosses");

        final String text;

        Op(String text) {
            this.text = text;
        }

        /** As written: {@code crosses above}, {@code >}. */
        public String text() {
            return text;
        }

        boolean cross() {
            return this == CROSSES_ABOVE || this == CROSSES_BELOW || this == CROSSES;
        }
    }

    /**
     * One side of a condition: a bar field, a number, a line, or an indicator's output.
     *
     * @param field  {@code open}…{@code volume}, or null
     * @param number the constant when {@code field}, {@code line} and {@code indicator} are null
     * @param line   the line, or null
     * @param indicator the indicator, or null
     * @param output which of the indicator's outputs (0 when it has one)
     */
    public record Operand(String field, double number, Line line, IndicatorSpec indicator, int output) {

        /** The operand as written: {@code close}, {@code 70}, {@code line(…)}, {@code macd(12,26,9).histogram}. */
        public String text() {
            if (field != null) return field;
            if (line != null) return line.text();
            if (indicator == null) return AlertCondition.number(number);
            var outputs = indicator.values().descriptor().outputs();
            return outputs.size() == 1 ? indicator.name() : indicator.name() + "." + outputs.get(output).key();
        }

        /** A price level or a line: what an alert line on the chart shows, and a drag moves. */
        public boolean isLevel() {
            return field == null && indicator == null;
        }

        /**
         * The operand at bar {@code i} of {@code bars} (bars of {@code barMillis}): the bar's field, the constant,
         * the line at that bar ({@link Line#at(BarStore, int, long)}), or {@code values} (the indicator's output) at
         * {@code i}, NaN where it has none yet. O(1) (a line: O(log n)), no allocation.
         */
        public double value(BarStore bars, int i, DoubleColumn values, long barMillis) {
            if (field != null) {
                return switch (field) {
                    case "open" -> bars.open(i);
                    case "high" -> bars.high(i);
                    case "low" -> bars.low(i);
                    case "volume" -> bars.volume(i);
                    default -> bars.close(i);
                };
            }
            if (line != null) return line.at(bars, i, barMillis);
            if (indicator == null) return number;
            return i < values.size() ? values.get(i) : Double.NaN;
        }
    }

    /**
     * A straight line through two points, extended both ways: a trend line's price at any bar. Straight in price,
     * or with {@code log} straight in log price, as a line drawn on a log scale is (prices above 0). Written
     * {@code line(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)}, or {@code line(…, …, log)}.
     */
    public record Line(long t1, double p1, long t2, double p2, boolean log) {
        public Line {
            if (t1 == t2) throw new IllegalArgumentException("a line's two points need two different times");
            if (log && !(p1 > 0 && p2 > 0)) throw new IllegalArgumentException("a line straight in log price needs prices above 0");
        }

        /** A line straight in price. */
        public Line(long t1, double p1, long t2, double p2) {
            this(t1, p1, t2, p2, false);
        }

        /** The line's price at {@code time}, straight in time. */
        public double at(long time) {
            return between((double) (time - t1) / (t2 - t1));
        }

        /**
         * The line's price at bar {@code i}, as the chart draws it: straight from bar to bar ({@link
         * BarStore#position}), so where bars are missing (a market closed, an illiquid pair's quiet minutes) the
         * alert fires where the drawn line is, not where a line straight in time would be.
         */
        public double at(BarStore bars, int i, long barMillis) {
            return at(bars, (double) i, barMillis);
        }

        /** The line's price at a fractional bar position (a pointer between bars, the space right of the last). */
        public double at(BarStore bars, double position, long barMillis) {
            double x1 = bars.position(t1, barMillis), x2 = bars.position(t2, barMillis);
            return x1 == x2 ? p1 : between((position - x1) / (x2 - x1));
        }

        /** The price {@code f} of the way from the first point to the second (0 at p1, 1 at p2, beyond either way). */
        private double between(double f) {
            return log ? p1 * Math.pow(p2 / p1, f) : p1 + (p2 - p1) * f;
        }

        /**
         * The same line moved up or down so that its price {@code from} goes to {@code to} (a drag): by as much,
         * or for a log line by as many times (so its slope on the log scale stays).
         */
        public Line moved(double from, double to) {
            if (!log) return new Line(t1, p1 + to - from, t2, p2 + to - from, false);
            if (!(from > 0 && to > 0)) return this;
            return new Line(t1, p1 * (to / from), t2, p2 * (to / from), true);
        }

        public String text() {
            return "line(" + DrawingSpec.anchor(new Anchor(t1, p1)) + ", " + DrawingSpec.anchor(new Anchor(t2, p2)) + (log ? ", log)" : ")");
        }
    }

    /** The same condition with its level (or line) operand replaced: an alert line dragged to another price. */
    public AlertCondition withLevel(Operand level) {
        boolean leftIsLevel = left.isLevel() && !right.isLevel();
        Operand l = leftIsLevel ? level : left, r = leftIsLevel ? right : level;
        return new AlertCondition(l.text() + " " + op.text + " " + r.text(), l, op, r);
    }

    /** The level or line this condition compares with, or null when it compares two prices or indicators. */
    public Operand level() {
        if (right.isLevel() && !left.isLevel()) return right;
        if (left.isLevel() && !right.isLevel()) return left;
        return null;
    }

    /** A number as the text form writes it: {@code 21450}, {@code 1.08523}. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static final List<String> FIELDS = List.of("open", "high", "low", "close", "volume");

    /** Several conditions separated by semicolons ({@code --alerts "close crosses above sma(20); rsi(14) > 70"}). */
    public static List<AlertCondition> parseList(String text, List<Indicator> installed) {
        List<AlertCondition> out = new ArrayList<>();
        for (String part : text.split(";")) if (!part.isBlank()) out.add(parse(part, installed));
        if (out.isEmpty()) throw new IllegalArgumentException("no alert condition in '" + text + "'");
        return out;
    }

    /** Reads one condition; the message of the exception says what is wrong with it. */
    public static AlertCondition parse(String text, List<Indicator> installed) {
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (Op op : new Op[] {Op.CROSSES_ABOVE, Op.CROSSES_BELOW, Op.CROSSES, Op.GE, Op.LE, Op.GT, Op.LT}) {
            int at = op.cross() ? lower.indexOf(" " + op.text + " ") : outside(s, op.text);
            if (at < 0) continue;
            int length = op.cross() ? op.text.length() + 2 : op.text.length();
            String left = s.substring(0, at).strip(), right = s.substring(at + length).strip();
            if (left.isEmpty() || right.isEmpty()) break;
            return new AlertCondition(s, operand(left, installed, s), op, operand(right, installed, s));
        }
        throw new IllegalArgumentException("'" + s + "' is not an alert condition: write A crosses above B, A crosses below B, "
                + "A crosses B, or A > B (<, >=, <=), as in \"close crosses above sma(50)\" or \"rsi(14) > 70\"");
    }

    /** Where {@code op} stands outside parentheses (so {@code sma(20)} is not split), and is not part of a longer one. */
    private static int outside(String s, String op) {
        int depth = 0;
        for (int i = 0; i + op.length() <= s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (depth != 0 || !s.startsWith(op, i)) continue;
            boolean longer = op.length() == 1 && i + 1 < s.length() && s.charAt(i + 1) == '=';
            if (!longer) return i;
        }
        return -1;
    }

    private static Operand operand(String text, List<Indicator> installed, String condition) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (FIELDS.contains(lower)) return new Operand(lower, Double.NaN, null, null, 0);
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) return new Operand(null, v, null, null, 0);
        } catch (NumberFormatException notANumber) {
            // an indicator or a line
        }
        if (lower.startsWith("line(") && t.endsWith(")")) return new Operand(null, Double.NaN, line(t, condition), null, 0);
        String name = t, output = null;
        int close = t.lastIndexOf(')');
        if (close > 0 && close + 1 < t.length() && t.charAt(close + 1) == '.') {
            name = t.substring(0, close + 1);
            output = t.substring(close + 2).strip();
        }
        if (!name.contains("(")) {
            throw new IllegalArgumentException("in '" + condition + "': '" + t + "' is not a price (open, high, low, close, volume), "
                    + "a number or an indicator such as sma(20)");
        }
        IndicatorSpec spec = IndicatorSpec.parse(name, installed);
        var outputs = spec.values().descriptor().outputs();
        int index = 0;
        if (output != null) {
            index = -1;
            for (int k = 0; k < outputs.size(); k++) {
                if (outputs.get(k).key().equals(output)) index = k; // an exact key wins over a prefix
            }
            if (index < 0) {
                for (int k = 0; k < outputs.size(); k++) {
                    if (outputs.get(k).key().startsWith(output)) {
                        if (index >= 0) throw new IllegalArgumentException(spec.name() + ": '." + output + "' names more than one output");
                        index = k;
                    }
                }
            }
            if (index < 0) {
                List<String> keys = outputs.stream().map(o -> o.key()).toList();
                throw new IllegalArgumentException(spec.name() + " has no output '" + output + "'; it has " + String.join(", ", keys));
            }
        } else if (outputs.size() > 1) {
            index = 0; // the first output, as its legend line shows first
        }
        return new Operand(null, Double.NaN, null, spec, index);
    }

    private static Line line(String t, String condition) {
        String[] parts = t.substring(5, t.length() - 1).split(",");
        String problem = "in '" + condition + "': write a line as line(TIME PRICE, TIME PRICE), as in "
                + "line(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600), or line(…, …, log) for one straight in log price";
        boolean log = parts.length == 3 && parts[2].strip().equalsIgnoreCase("log");
        if (parts.length != 2 && !log) throw new IllegalArgumentException(problem);
        Anchor a = DrawingSpec.anchor(parts[0], "line"), b = DrawingSpec.anchor(parts[1], "line");
        if (a.time() == 0 || a.price() == 0 || b.time() == 0 || b.price() == 0 || a.time() == b.time()) {
            throw new IllegalArgumentException(problem + ", two different times");
        }
        if (log && (a.price() < 0 || b.price() < 0)) throw new IllegalArgumentException(problem + ": a log line's prices are above 0");
        return new Line(a.time(), a.price(), b.time(), b.price(), log);
    }

    /**
     * Whether the condition holds at bar {@code i} of two series (the operands' values bar by bar); NaN holds
     * nothing. What {@link LiveAlert} evaluates on the last bar, as it changes.
     */
    public boolean holds(double[] a, double[] b, int i) {
        return i > 0 ? holds(a[i - 1], b[i - 1], a[i], b[i]) : holds(Double.NaN, Double.NaN, a[i], b[i]);
    }

    /**
     * Whether the condition holds on a bar where the operands are {@code x} and {@code y}, after a bar where they
     * were {@code px} and {@code py} (NaN: no bar before, or no value on it). O(1), no allocation.
     */
    public boolean holds(double px, double py, double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) return false;
        boolean before = !Double.isNaN(px) && !Double.isNaN(py);
        return switch (op) {
            case GT -> x > y;
            case LT -> x < y;
            case GE -> x >= y;
            case LE -> x <= y;
            case CROSSES_ABOVE -> before && x > y && px <= py;
            case CROSSES_BELOW -> before && x < y && px >= py;
            case CROSSES -> before && (x > y && px <= py || x < y && px >= py);
        };
    }
}
