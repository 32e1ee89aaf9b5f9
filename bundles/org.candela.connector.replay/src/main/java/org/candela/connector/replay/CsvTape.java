package org.candela.connector.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A CSV the user imported for replay, read into primitive columns: bars ({@code time,open,high,low,close,
 * volume}, as {@code --export-csv} writes them) or trades ({@code time,price,size}). Times are ISO-8601 or
 * epoch seconds or milliseconds; rows are sorted by time; a malformed row is skipped and counted, never
 * guessed at.
 *
 * <pre>{@code
 * CsvTape tape = CsvTape.read(Path.of("btc-2024.csv"));
 * tape.trades();   // false: bars
 * }</pre>
 */
final class CsvTape {

    final long[] time;
    /** Bars: open, high, low, close, volume; trades: price, size (and the rest unused). */
    final double[][] v;
    final int size, skipped;
    private final boolean trades;

    private CsvTape(long[] time, double[][] v, int size, int skipped, boolean trades) {
        this.time = time;
        this.v = v;
        this.size = size;
        this.skipped = skipped;
        this.trades = trades;
    }

    boolean trades() {
        return trades;
    }

    static CsvTape read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file.getFileName() + " is not a CSV text file (it holds binary data)");
        }
        if (lines.isEmpty()) throw new IOException(file.getFileName() + " is empty");
        List<String> header = Arrays.stream(lines.get(0).toLowerCase(Locale.ROOT).split(",")).map(String::strip).toList();
        int[] cols;
        boolean trades;
        if (header.containsAll(List.of("time", "open", "high", "low", "close"))) {
            trades = false;
            cols = new int[] {header.indexOf("open"), header.indexOf("high"), header.indexOf("low"), header.indexOf("close"), header.indexOf("volume")};
        } else if (header.containsAll(List.of("time", "price"))) {
            trades = true;
            cols = new int[] {header.indexOf("price"), header.contains("size") ? header.indexOf("size") : header.indexOf("volume")};
        } else {
            throw new IOException(file.getFileName() + ": the first line must name the columns: time,open,high,low,close,volume (bars) or time,price,size (trades)");
        }
        int timeCol = header.indexOf("time");
        long[] t = new long[lines.size()];
        double[][] v = new double[5][lines.size()];
        int n = 0, skipped = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            String[] f = line.split(",", -1);
            long time = parseTime(field(f, timeCol));
            boolean ok = time != Long.MIN_VALUE;
            for (int c = 0; c < cols.length && ok; c++) {
                double x = cols[c] < 0 ? 0 : number(field(f, cols[c]));
                ok = Double.isFinite(x) && x >= 0;
                v[c][n] = x;
            }
            if (ok && !trades) ok = v[0][n] > 0 && v[1][n] >= Math.max(v[0][n], v[3][n]) && v[2][n] <= Math.min(v[0][n], v[3][n]) && v[2][n] > 0;
            if (ok && trades) ok = v[0][n] > 0;
            if (!ok) {
                skipped++;
                continue;
            }
            t[n++] = time;
        }
        if (n == 0) {
            throw new IOException(file.getFileName() + " has no rows of " + (trades ? "trades" : "bars") + " after its header"
                    + (skipped > 0 ? " (" + skipped + " malformed rows skipped)" : ""));
        }
        sort(t, v, n);
        return new CsvTape(t, v, n, skipped, trades);
    }

    private static String field(String[] f, int i) {
        return i >= 0 && i < f.length ? f[i].strip().replace("\"", "") : "";
    }

    private static double number(String s) {
        try {
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * ISO-8601, or epoch seconds (up to 11 digits), milliseconds (up to 14), microseconds (up to 17) or
     * nanoseconds (up to 19); Long.MIN_VALUE otherwise.
     */
    static long parseTime(String s) {
        if (s.isEmpty()) return Long.MIN_VALUE;
        if (s.chars().allMatch(Character::isDigit)) {
            if (s.length() > 19) return Long.MIN_VALUE;
            long x = Long.parseLong(s);
            return s.length() <= 11 ? x * 1000 : s.length() <= 14 ? x : s.length() <= 17 ? x / 1000 : x / 1_000_000;
        }
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    private static void sort(long[] t, double[][] v, int n) {
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) sorted = t[i] >= t[i - 1];
        if (sorted) return;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(t[a], t[b]));
        long[] t2 = new long[n];
        double[][] v2 = new double[5][n];
        for (int i = 0; i < n; i++) {
            t2[i] = t[order[i]];
            for (int c = 0; c < 5; c++) v2[c][i] = v[c][order[i]];
        }
        System.arraycopy(t2, 0, t, 0, n);
        for (int c = 0; c < 5; c++) System.arraycopy(v2[c], 0, v[c], 0, n);
    }
}
