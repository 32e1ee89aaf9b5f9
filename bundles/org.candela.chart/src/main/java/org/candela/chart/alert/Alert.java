package org.candela.chart.alert;

import java.util.Locale;
import java.util.Objects;

/**
 * An alert as the user set it up and the workspace saves it: a condition ({@link AlertCondition}'s text form) on
 * one symbol of one connector at one timeframe (the bars its indicators and crosses are computed on), how often
 * it fires, until when, and what it runs.
 *
 * <pre>{@code
 * Alert a = Alert.of("replay", "BTC/USD", "1m", "close crosses 21450", Alert.Mode.ONCE_PER_BAR);
 * }</pre>
 *
 * @param id        unique within the workspace
 * @param connector the connector's id ({@code replay}, {@code kraken})
 * @param symbol    the connector's symbol
 * @param timeframe the bars' timeframe ({@code 1m})
 * @param condition the condition as written
 * @param mode      how often it fires
 * @param expires   when it stops (epoch milliseconds), 0 for never
 * @param enabled   whether it runs (an alert that fired {@link Mode#ONCE} stops itself)
 * @param command   a command run on each firing with the firing as JSON on its standard input ({@code sh -c}), or empty
 * @param drawing   the text form of the drawing whose line it watches (made with Add Alert on Line…), or empty: when
 *                  that drawing is moved the alert follows it; when it is deleted the alert keeps its line
 */
public record Alert(String id, String connector, String symbol, String timeframe, String condition, Mode mode, long expires,
        boolean enabled, String command, String drawing) {

    /** How often an alert fires. */
    public enum Mode {
        /** The first time the condition holds; then the alert stops. */
        ONCE("once"),
        /** At most once on each bar, as soon as the condition holds (on the forming bar too). */
        ONCE_PER_BAR("once per bar"),
        /** When a bar closes with the condition holding on it: never on the forming bar. */
        ON_BAR_CLOSE("on bar close");

        private final String text;

        Mode(String text) {
            this.text = text;
        }

        /** As shown and written on the command line: {@code once per bar}. */
        public String text() {
            return text;
        }

        /** Reads {@code once}, {@code once per bar} or {@code on bar close} (or the constant's name). */
        public static Mode parse(String s) {
            String t = s.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
            for (Mode m : values()) if (m.text.equals(t)) return m;
            throw new IllegalArgumentException("'" + s + "' is not an alert mode: write once, once per bar or on bar close");
        }
    }

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(condition, "condition");
        mode = mode == null ? Mode.ONCE_PER_BAR : mode;
        command = command == null ? "" : command;
        drawing = drawing == null ? "" : drawing;
    }

    /** An alert watching no drawing. */
    public Alert(String id, String connector, String symbol, String timeframe, String condition, Mode mode, long expires,
            boolean enabled, String command) {
        this(id, connector, symbol, timeframe, condition, mode, expires, enabled, command, "");
    }

    /** A new, enabled alert that never expires and runs no command, with a fresh id. */
    public static Alert of(String connector, String symbol, String timeframe, String condition, Mode mode) {
        return new Alert(newId(), connector, symbol, timeframe, condition, mode, 0, true, "");
    }

    /** An id no other alert has: the time it was made and a random part. */
    public static String newId() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(new java.util.Random().nextInt(1 << 30), 36);
    }

    public Alert withCondition(String text) {
        return new Alert(id, connector, symbol, timeframe, text, mode, expires, enabled, command, drawing);
    }

    public Alert withEnabled(boolean on) {
        return new Alert(id, connector, symbol, timeframe, condition, mode, expires, on, command, drawing);
    }

    /** Watching the drawing whose text form is {@code text} now (it was moved), or none (""). */
    public Alert withDrawing(String text) {
        return new Alert(id, connector, symbol, timeframe, condition, mode, expires, enabled, command, text);
    }

    /** Whether it has expired at {@code now}. */
    public boolean expiredAt(long now) {
        return expires > 0 && now >= expires;
    }

    /** The symbol key drawings and alerts share: {@code replay:BTC/USD}. */
    public String symbolKey() {
        return connector + ":" + symbol;
    }
}
