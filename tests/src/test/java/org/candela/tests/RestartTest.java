package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.candela.connector.kraken.MockKraken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * The workstation on Kraken (a local mock), closed, and started again with the exchange gone: the chart
 * opens from the history kept on disk, bar for bar what it showed.
 */
class RestartTest {

    @TempDir
    Path work;

    @Test
    void aRestartWithoutTheExchangeShowsTheKeptHistory() throws Exception {
        Product.requireDisplay();
        long now = System.currentTimeMillis() / 60_000 * 60_000;
        String first;
        try (MockKraken kraken = new MockKraken()) {
            for (int i = 50; i >= 1; i--) kraken.candle(now - i * 60_000L, 100 + i, 101 + i, 99 + i, 100.5 + i, i);
            Files.createDirectories(work.resolve("etc"));
            Files.writeString(work.resolve("etc/org.candela.connector.kraken-test.cfg"), "id = kraken\nwsUrl = " + kraken.wsUri()
                    + "\nrestUrl = " + kraken.restUrl() + "\nloadSymbols = false\n");
            first = run("live");
            assertTrue(first.startsWith("BTC/USD · 1m · Kraken: 50 bars"), first);
            assertTrue(kraken.subscribes.get() >= 2, "it went live");
        }
        String second = run("offline"); // the same endpoints, nobody there
        assertTrue(second.startsWith("BTC/USD · 1m · Kraken: 50 bars"), "the kept history: " + second);
        assertTrue(Files.list(work.resolve("data/history/kraken")).count() == 1, "kept per connector and source");
    }

    /**
     * Starts the workstation window on Kraken in a JVM of its own (SWT loads its natives once per JVM, as a
     * real start does), and returns the chart's line once it shows 50 bars.
     */
    private String run(String mode) throws Exception {
        String out = Product.runChild(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "-Dcandela.product=" + Product.home(), Window.class.getName(), work.toString(), mode),
                90);
        return out.lines().filter(l -> l.startsWith("chart: ")).findFirst().orElse("no chart line in: " + out).substring(7);
    }

    /** The child: the window on Kraken until its chart has 50 bars (and, for "live", its link is LIVE), then a clean stop. */
    public static final class Window {
        public static void main(String[] args) throws Exception {
            Framework f = Felix.start(Path.of(args[0]), "gui", Map.of("candela.connector", "kraken"));
            try {
                Felix.await(() -> chart(f).contains("Kraken: 50 bars"), "the Kraken chart");
                if (args[1].equals("live")) Felix.await(() -> chart(f).endsWith("LIVE"), "the live link");
                System.out.println("chart: " + chart(f));
            } finally {
                Felix.stop(f);
            }
            System.exit(0);
        }
    }

    private static String chart(Framework f) {
        try {
            ServiceReference<?>[] refs = f.getBundleContext().getAllServiceReferences(null,
                    "(&(osgi.command.scope=candela)(osgi.command.function=chart))");
            if (refs == null) return "no commands yet";
            Object commands = f.getBundleContext().getService(refs[0]);
            Method m = commands.getClass().getMethod("chart");
            return String.valueOf(m.invoke(commands));
        } catch (java.lang.reflect.InvocationTargetException e) {
            return "not yet: " + e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
