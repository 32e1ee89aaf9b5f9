package org.candela.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging for every bundle: everything to {@code logs/candela.log} (rolled over at 10 MB, three
 * older files kept), warnings to stderr.
 */
final class Logging {

    static final long LIMIT_BYTES = 10L * 1024 * 1024;

    private Logging() {
    }

    static void configure(Path logs) throws IOException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s %3$s: %5$s%6$s%n");
        Files.createDirectories(logs);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        RollingLog file = new RollingLog(logs.resolve("candela.log"), LIMIT_BYTES, 3);
        file.setFormatter(new SimpleFormatter());
        file.setLevel(Level.INFO);
        root.addHandler(file);
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new SimpleFormatter());
        root.addHandler(console);
    }
}
