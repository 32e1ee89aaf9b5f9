package org.candela.chart.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.candela.chart.session.IndicatorSpec;
import org.candela.indicator.api.Indicator;

/**
 * An alert's condition in its one text form: {@code close crosses above sma(50)}, {@code rsi(14) > 70},
 * {@code macd(12,26,9).hist crosses below 0}. Two operands — a bar's {@code open}, {@code high}, {@code low},
 * {@code close} or {@code volume}, a number, or an indicator as the command line writes it with an optional
 * output ({@code .signal}, or a prefix of its key: {@code .hist}) — and a comparison ({@code >}, {@code <},
 * {@code >=}, {@code <=}) or a cross. {@code a crosses above b} holds on a bar where a > b and, on the bar
 * before, a ≤ b ({@code below}: the mirror); a comparison holds on every bar where it is true. A bar where an
 * operand has no value (an indicator still warming up) holds nothing. Parsing checks the indicators against
 * the installed ones: an unknown name is an error when the condition is written, not when it would fire.
 *
 * @param text  as written (trimmed): the name of its column in an export
 * @param left  the first operand
 * @param op    the comparison or cross
 * @param right the second operand
 */
public record AlertCondition(String text, Operand left, Op op, Operand right) {

    /** How the operands are compared. */
    public enum Op {
        GT(">"), LT("<"), GE(">="), LE("<="), CROSSES_ABOVE("crosses above"), CROSSES_BELOW("crosses below");

        final String text;

        Op(String text) {
            this.text = text;
        }
    }

    /**
     * One side of a condition: a bar field, a number, or an indicator's output.
     *
     * @param field  {@code open}…{@code volume}, or null
     * @param number the constant when {@code field} and {@code indicator} are null
     * @param indicator the indicator, or null
     * @param output which of the indicator's outputs (0 when it has one)
     */
    public record Operand(String field, double number, IndicatorSpec indicator, int output) {

        /** The operand as written: {@code close}, {@code 70}, {@code macd(12,26,9).histogram}. */
        public String text() {
            if (field != null) return field;
            if (indicator == null) return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
            var outputs = indicator.values().descriptor().outputs();
            return outputs.size() == 1 ? indicator.name() : indicator.name() + "." + outputs.get(output).key();
        }
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
        for (Op op : new Op[] {Op.CROSSES_ABOVE, Op.CROSSES_BELOW, Op.GE, Op.LE, Op.GT, Op.LT}) {
            int at = op == Op.CROSSES_ABOVE || op == Op.CROSSES_BELOW ? lower.indexOf(" " + op.text + " ") : outside(s, op.text);
            if (at < 0) continue;
            int length = op == Op.CROSSES_ABOVE || op == Op.CROSSES_BELOW ? op.text.length() + 2 : op.text.length();
            String left = s.substring(0, at).strip(), right = s.substring(at + length).strip();
            if (left.isEmpty() || right.isEmpty()) break;
            return new AlertCondition(s, operand(left, installed, s), op, operand(right, installed, s));
        }
        throw new IllegalArgumentException("'" + s + "' is not an alert condition: write A crosses above B, A crosses below B, "
                + "or A > B (<, >=, <=), as in \"close crosses above sma(50)\" or \"rsi(14) > 70\"");
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
        if (FIELDS.contains(lower)) return new Operand(lower, Double.NaN, null, 0);
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) return new Operand(null, v, null, 0);
        } catch (NumberFormatException notANumber) {
            // an indicator
        }
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
        return new Operand(null, Double.NaN, spec, index);
    }

    /**
     * Whether the condition holds at bar {@code i} of two series (the operands' values bar by bar); NaN holds
     * nothing. The whole-history form of {@link AlertState}.
     */
    public boolean holds(double[] a, double[] b, int i) {
        double x = a[i], y = b[i];
        if (Double.isNaN(x) || Double.isNaN(y)) return false;
        return switch (op) {
            case GT -> x > y;
            case LT -> x < y;
            case GE -> x >= y;
            case LE -> x <= y;
            case CROSSES_ABOVE -> i > 0 && !Double.isNaN(a[i - 1]) && !Double.isNaN(b[i - 1]) && x > y && a[i - 1] <= b[i - 1];
            case CROSSES_BELOW -> i > 0 && !Double.isNaN(a[i - 1]) && !Double.isNaN(b[i - 1]) && x < y && a[i - 1] >= b[i - 1];
        };
    }
}
