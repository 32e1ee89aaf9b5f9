package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the assembled product and the example plugin are. */
final class Product {

    private Product() {
    }

    static Path home() {
        Path p = Path.of(System.getProperty("candela.product", "../product/target/candela")).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(p.resolve("bundle")), "the product is assembled at " + p);
        return p;
    }

    static Path exampleConnectorJar() {
        Path p = Path.of(System.getProperty("candela.example.connector.jar",
                "../examples/sine-connector/target/com.example.sine-1.0.0.jar")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(p), "the example connector is built at " + p);
        return p;
    }

    /** The example drawing tool plugin (examples/gann-fan). */
    static Path exampleToolJar() {
        Path p = Path.of(System.getProperty("candela.example.tool.jar",
                "../examples/gann-fan/target/com.example.gannfan-1.0.0.jar")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(p), "the example drawing tool is built at " + p);
        return p;
    }

    static Path exampleJar() {
        Path p = Path.of(System.getProperty("candela.example.jar",
                "../examples/momentum-indicator/target/com.example.momentum-1.0.0.jar")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(p), "the example plugin is built at " + p);
        return p;
    }

    /** The test fixture plugin whose code throws, hangs and computes forever (tests/hostile-plugin). */
    static Path hostileJar() {
        Path p = Path.of(System.getProperty("candela.hostile.jar", "hostile-plugin/target/com.example.hostile-1.0.0.jar"))
                .toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(p), "the hostile test plugin is built at " + p);
        return p;
    }

    static List<Path> bundles() throws IOException {
        try (Stream<Path> s = Files.list(home().resolve("bundle"))) {
            return s.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /**
     * Runs a child JVM to its end and returns what it printed; one that has not ended in {@code seconds} is
     * killed and fails the test with its output so far (a hang is a failure, not a CI timeout).
     */
    static String runChild(List<String> cmd, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("candela-child", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS);
            if (!ended) {
                dumpThreads(p.pid(), log); // where it hangs, for whoever reads the failure
                p.destroyForcibly().waitFor();
                throw new AssertionError("the child JVM did not end in " + seconds + " s:\n" + Files.readString(log));
            }
            String out = Files.readString(log);
            org.junit.jupiter.api.Assertions.assertEquals(0, p.exitValue(), out);
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void dumpThreads(long pid, Path log) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process d = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!d.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) d.destroyForcibly();
        } catch (IOException | InterruptedException e) {
            // the failure still carries the child's output
        }
    }

    static boolean hasDisplay() {
        return System.getenv("DISPLAY") != null;
    }

    /** Under CI a display is required; elsewhere GL tests skip without one. */
    static void requireDisplay() {
        if (System.getenv("CI") != null) assertTrue(hasDisplay(), "CI must run under xvfb-run (DISPLAY is unset)");
        org.junit.jupiter.api.Assumptions.assumeTrue(hasDisplay(), "no X display; run under xvfb-run");
    }
}
