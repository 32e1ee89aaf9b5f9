package org.candela.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The command line, parsed and checked before the framework starts, so a bad flag costs nothing and says
 * exactly what is wrong. The result is a set of {@code candela.*} framework properties.
 */
final class Options {

    static final String USAGE = """
            Usage: candela [options]
              (no options)            open the workstation window (offline replay feed by default)
              --snapshot FILE.png     draw the default chart offscreen into FILE.png and exit
              --size WxH              snapshot size in pixels (default 1280x800)
              --symbol SYMBOL         symbol to chart (default BTC/USD)
              --timeframe TF          bar interval: 1m 5m 15m 30m 1h 4h 1d 1w (from Monday) 1M (calendar month) (default 1m)
              --connector ID          data source (default replay)
              --chart-type TYPE       candles bars line step area baseline histogram (default candles)
              --price-scale MODE      normal log percent indexed (default normal); both also for the window
              --bars N                snapshot: N synthetic bars instead of the connector's; bench: only N bars;
                                      export: N bars of history (default 1000)
              --fit                   snapshot: show every bar (fit content) instead of the latest
              --list-plugins          print the installed indicators and connectors and exit
              --export-csv FILE.csv   write the connector's bars and indicator values as CSV and exit
              --ws-url URL            with --export-csv: the connector's WebSocket endpoint for this run
              --rest-url URL          with --export-csv: the connector's REST endpoint for this run
              --live-seconds K        with --export-csv: stay subscribed K seconds before writing
              --watch                 no window: watch the connector's symbol live and print a JSON line per alert firing
                                      (with --alerts; --live-seconds K stops after K seconds, else it runs until stopped)
              --on-alert CMD          with --watch: run CMD for each firing, the firing's JSON on its standard input
              --alert-mode MODE       with --watch: once, "once per bar" (the default) or "on bar close"
              --alerts "A; B"         with --export-csv: a 0/1 column per alert condition; with --watch: what to watch, e.g.
                                      "close crosses above sma(20); rsi(14) > 70; macd(12,26,9).hist crosses below 0"
              --indicators LIST       with --export-csv, --snapshot or --save-workspace, e.g. "sma(20),rsi(14),macd(12,26,9),ema(9,source=rsi(14))"
              --bench chart           run the chart benchmark (10k, 1M, 10M bars) offscreen and exit
              --bench indicators      time every installed indicator: batch values/s and ns per tick
              --bench ingest          trades/s through each exchange format, and tick-to-pixel latency
              --bench store           history kept on disk: open + first frame at 1M and 10M bars, live append, bytes/bar
              --bench soak            a 4-pane chart fed 1,000 replay ticks/s: heap after GC, frame p99, threads per minute
              --minutes M             with --bench soak: how long (default 60)
              --bench workbench       four 1M-bar charts with three indicators each, all ticking: frames per chart
              --bench alerts          1,000 alert conditions evaluated on every tick: µs a tick, bytes allocated
              --bench drawings        full frames of a 100,000-bar chart without and with 1,000 drawings
              --json FILE             with --bench: also write the results as JSON
              --new-indicator DIR     create an indicator plugin project in DIR (its name is the id, e.g. roc)
              --workspace FILE        open this workspace (charts, indicators, view), saving changes back into it;
                                      with --snapshot: draw every tile of it into the picture
                                      (default: DATA-DIR/workspaces/current.json, restored at every start)
              --layout L              tile the window (or the snapshot): 1, 1x2 (side by side), 2x1 (stacked), 2x2, 1+3
              --symbols A,B,…         with --layout: each tile's symbol, in order
              --save-workspace FILE   write the workspace the other options compose (connector, symbol, timeframe,
                                      chart type, price scale, indicators) and exit
              --draw SPEC             with --snapshot (repeatable): a drawing on the chart, e.g. "hline(20500)",
                                      "trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)", "fib(…, levels=0 0.5 1)"
              --replay-end TIME       the replay's history ends at TIME (ISO-8601, e.g. 2026-11-30T16:00Z) and plays
                                      on from there: the same charts on every run (default: now)
              --data-dir DIR          keep the user's data (history kept on disk) in DIR (default $XDG_DATA_HOME/candela)
              --console               run the Gogo shell on this terminal (install, start, stop bundles)
              --help                  print this text
            """;

    private static final Pattern SIZE = Pattern.compile("(\\d{2,5})x(\\d{2,5})");
    private static final List<String> VALUED = List.of("--snapshot", "--size", "--symbol", "--timeframe", "--connector",
            "--bench", "--bars", "--json", "--chart-type", "--price-scale", "--export-csv", "--indicators", "--new-indicator", "--ws-url", "--rest-url", "--live-seconds", "--data-dir", "--minutes", "--workspace", "--save-workspace", "--layout", "--symbols", "--replay-end", "--draw", "--alerts", "--on-alert", "--alert-mode");
    private static final List<String> CHART_TYPES = List.of("candles", "bars", "line", "step", "area", "baseline", "histogram");
    private static final List<String> PRICE_SCALES = List.of("normal", "log", "percent", "indexed");
    private static final List<String> LAYOUTS = List.of("1", "1x2", "2x1", "2x2", "1+3");
    private static final List<String> BENCHMARKS = List.of("chart", "indicators", "ingest", "store", "soak", "workbench", "drawings", "alerts");

    final Map<String, String> properties = new LinkedHashMap<>();
    boolean help;
    boolean console;

    /** Thrown for a command line that cannot be run; the message says why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String... args) throws UsageException {
        Options o = new Options();
        String command = "gui";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (VALUED.contains(a) && value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw new UsageException(a + " needs a value");
                value = args[++i];
            }
            switch (a) {
                case "--help", "-h" -> o.help = true;
                case "--console" -> o.console = true;
                case "--list-plugins" -> command = command("list-plugins", command);
                case "--watch" -> command = command("watch", command);
                case "--on-alert" -> o.properties.put("candela.on.alert", value);
                case "--alert-mode" -> {
                    String m = value.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
                    if (!List.of("once", "once per bar", "on bar close").contains(m)) {
                        throw new UsageException("--alert-mode takes once, \"once per bar\" or \"on bar close\", not '" + value + "'");
                    }
                    o.properties.put("candela.alert.mode", m);
                }
                case "--snapshot" -> {
                    command = command("snapshot", command);
                    if (!value.toLowerCase(Locale.ROOT).endsWith(".png")) {
                        throw new UsageException("--snapshot writes a PNG: the file name must end in .png, not '" + value + "'");
                    }
                    o.properties.put("candela.snapshot.file", value);
                }
                case "--size" -> {
                    var m = SIZE.matcher(value.toLowerCase(Locale.ROOT));
                    if (!m.matches() || Integer.parseInt(m.group(1)) > 8192 || Integer.parseInt(m.group(2)) > 8192
                            || Integer.parseInt(m.group(1)) < 100 || Integer.parseInt(m.group(2)) < 100) {
                        throw new UsageException("--size must be WIDTHxHEIGHT between 100 and 8192, e.g. 1920x1080, not '" + value + "'");
                    }
                    o.properties.put("candela.size", value.toLowerCase(Locale.ROOT));
                }
                case "--symbol" -> o.properties.put("candela.symbol", value);
                case "--timeframe" -> {
                    try { // the bundles' own grammar: what passes here, the framework accepts
                        o.properties.put("candela.timeframe", org.candela.marketdata.api.Timeframe.parse(value).label());
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--timeframe: " + e.getMessage());
                    }
                }
                case "--connector" -> o.properties.put("candela.connector", value);
                case "--bench" -> {
                    command = command("bench", command);
                    if (!BENCHMARKS.contains(value)) {
                        throw new UsageException("--bench takes one of " + BENCHMARKS + ", not '" + value + "'");
                    }
                    o.properties.put("candela.bench", value);
                }
                case "--bars" -> {
                    if (!value.matches("[1-9][0-9]{0,8}") || Long.parseLong(value) > 50_000_000) {
                        throw new UsageException("--bars must be a whole number from 1 to 50000000, not '" + value + "'");
                    }
                    o.properties.put("candela.bars", value);
                }
                case "--json" -> o.properties.put("candela.json", value);
                case "--minutes" -> {
                    if (!value.matches("[1-9][0-9]{0,3}") || Integer.parseInt(value) > 1440) {
                        throw new UsageException("--minutes must be a whole number from 1 to 1440, not '" + value + "'");
                    }
                    o.properties.put("candela.minutes", value);
                }
                case "--alerts" -> {
                    if (value.isBlank()) throw new UsageException("--alerts takes conditions such as \"close crosses above sma(20); rsi(14) > 70\"");
                    o.properties.put("candela.alerts", value);
                }
                case "--draw" -> { // repeatable; the bundles check it against the installed tools
                    if (!value.strip().matches("[a-z][a-z0-9]*\\(.*\\)")) {
                        throw new UsageException("--draw takes a drawing as TOOL(ANCHOR, …), e.g. \"hline(20500)\" or "
                                + "\"trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600)\", not '" + value + "'");
                    }
                    o.properties.merge("candela.draw", value, (before, next) -> before + "\u001F" + next);
                }
                case "--replay-end" -> {
                    try {
                        java.time.OffsetDateTime.parse(value);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new UsageException("--replay-end takes an ISO-8601 time such as 2026-11-30T16:00Z, not '" + value + "'");
                    }
                    o.properties.put("candela.replay.end", value);
                }
                case "--data-dir" -> o.properties.put("candela.data.dir", java.nio.file.Path.of(value).toAbsolutePath().toString());
                case "--export-csv" -> {
                    command = command("export-csv", command);
                    o.properties.put("candela.export.file", value);
                }
                case "--indicators" -> o.properties.put("candela.indicators", value);
                case "--layout" -> o.properties.put("candela.layout", oneOf(a, value, LAYOUTS));
                case "--symbols" -> {
                    if (value.isBlank() || value.split(",").length > 4) {
                        throw new UsageException("--symbols takes one to four symbols separated by commas, not '" + value + "'");
                    }
                    o.properties.put("candela.symbols", value);
                }
                case "--workspace" -> o.properties.put("candela.workspace", java.nio.file.Path.of(value).toAbsolutePath().toString());
                case "--save-workspace" -> {
                    command = command("save-workspace", command);
                    o.properties.put("candela.workspace", java.nio.file.Path.of(value).toAbsolutePath().toString());
                }
                case "--ws-url" -> o.properties.put("candela.ws.url", url(a, value, "ws://", "wss://"));
                case "--rest-url" -> o.properties.put("candela.rest.url", url(a, value, "http://", "https://"));
                case "--live-seconds" -> {
                    if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > 86_400) {
                        throw new UsageException("--live-seconds must be a whole number of seconds from 0 to 86400, not '" + value + "'");
                    }
                    o.properties.put("candela.live.seconds", value);
                }
                case "--new-indicator" -> {
                    command = command("new-indicator", command);
                    Template.checkId(java.nio.file.Path.of(value).getFileName().toString());
                    o.properties.put("candela.new.dir", value);
                }
                case "--chart-type" -> o.properties.put("candela.chart.type", oneOf(a, value, CHART_TYPES));
                case "--price-scale" -> o.properties.put("candela.price.scale", oneOf(a, value, PRICE_SCALES));
                case "--fit" -> o.properties.put("candela.fit", "true");
                default -> throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        if (o.properties.containsKey("candela.size") && !command.equals("snapshot")) {
            throw new UsageException("--size applies to --snapshot only");
        }
        if (o.properties.containsKey("candela.alerts") && !List.of("export-csv", "watch").contains(command)) {
            throw new UsageException("--alerts applies to --export-csv and --watch only");
        }
        if (command.equals("watch") && !o.properties.containsKey("candela.alerts")) {
            throw new UsageException("--watch needs --alerts \"CONDITION; …\", e.g. --alerts \"close crosses above sma(20)\"");
        }
        if (o.properties.containsKey("candela.on.alert") && !command.equals("watch")) {
            throw new UsageException("--on-alert applies to --watch only");
        }
        if (o.properties.containsKey("candela.alert.mode") && !command.equals("watch")) {
            throw new UsageException("--alert-mode applies to --watch only");
        }
        if (o.properties.containsKey("candela.draw") && !command.equals("snapshot")) {
            throw new UsageException("--draw applies to --snapshot only");
        }
        if (o.properties.containsKey("candela.json") && !command.equals("bench")) {
            throw new UsageException("--json applies to --bench only");
        }
        if (o.properties.containsKey("candela.minutes") && !"soak".equals(o.properties.get("candela.bench"))) {
            throw new UsageException("--minutes applies to --bench soak only");
        }
        if (o.properties.containsKey("candela.indicators") && !List.of("export-csv", "snapshot", "save-workspace").contains(command)) {
            throw new UsageException("--indicators applies to --export-csv, --snapshot and --save-workspace only");
        }
        for (String k : List.of("candela.layout", "candela.symbols")) {
            if (o.properties.containsKey(k) && !List.of("gui", "save-workspace", "snapshot").contains(command)) {
                throw new UsageException("--" + k.substring(8) + " applies to the window, --snapshot and --save-workspace only");
            }
        }
        if (o.properties.containsKey("candela.workspace") && !List.of("gui", "save-workspace", "snapshot").contains(command)) {
            throw new UsageException("--workspace applies to the window and --snapshot only");
        }
        for (String k : List.of("candela.ws.url", "candela.rest.url", "candela.live.seconds")) {
            if (o.properties.containsKey(k) && !List.of("export-csv", "watch").contains(command)) {
                throw new UsageException("--" + k.substring(8).replace('.', '-') + " applies to --export-csv and --watch only");
            }
        }
        o.properties.put("candela.command", command);
        return o;
    }

    private static String url(String option, String value, String... schemes) throws UsageException {
        for (String s : schemes) {
            if (value.toLowerCase(Locale.ROOT).startsWith(s) && value.length() > s.length()) {
                try {
                    java.net.URI.create(value);
                    return value;
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
        }
        throw new UsageException(option + " must be a " + String.join(" or ", schemes) + " URL, not '" + value + "'");
    }

    private static String oneOf(String option, String value, List<String> allowed) throws UsageException {
        String v = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) throw new UsageException(option + " takes one of " + String.join(", ", allowed) + ", not '" + value + "'");
        return v;
    }

    private static String command(String wanted, String current) throws UsageException {
        if (!current.equals("gui") && !current.equals(wanted)) {
            throw new UsageException("--" + wanted + " and --" + current + " cannot be combined");
        }
        return wanted;
    }

    String command() {
        return properties.get("candela.command");
    }
}
