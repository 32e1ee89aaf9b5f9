package org.candela.chart.alert;

import java.time.Instant;
import java.util.Locale;

/**
 * An alert that fired: which, on which bar, when, and the values that made it hold. Its {@link #json} is the line
 * {@code --watch} prints and the standard input of the user's command.
 *
 * @param alert the alert
 * @param bar   the time the bar opened (the closed bar's, for {@link Alert.Mode#ON_BAR_CLOSE})
 * @param at    when it fired (epoch milliseconds)
 * @param close the bar's close
 * @param left  the condition's first operand on that bar
 * @param right its second operand
 */
public record Firing(Alert alert, long bar, long at, double close, double left, double right) {

    /** One line of JSON: {@code {"alert":"close crosses 21450","connector":"replay",…}}. */
    public String json() {
        return "{\"alert\":" + quote(alert.condition()) + ",\"id\":" + quote(alert.id()) + ",\"connector\":" + quote(alert.connector())
                + ",\"symbol\":" + quote(alert.symbol()) + ",\"timeframe\":" + quote(alert.timeframe()) + ",\"mode\":"
                + quote(alert.mode().text()) + ",\"bar\":" + quote(Instant.ofEpochMilli(bar).toString()) + ",\"at\":"
                + quote(Instant.ofEpochMilli(at).toString()) + ",\"close\":" + number(close) + ",\"left\":" + number(left)
                + ",\"right\":" + number(right) + "}";
    }

    private static String number(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "null";
    }

    /** A JSON string. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
