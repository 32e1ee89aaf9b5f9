package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * The product's bundle set inside a real Felix, as the launcher starts it (without a window): every bundle
 * resolves and is ACTIVE, the built-in services are registered, and a plugin jar dropped into the watched
 * folder is installed, started and offered, then cleanly removed when the file is deleted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrameworkTest {

    private static final String INDICATOR = "org.candela.indicator.api.Indicator";
    private static final String CONNECTOR = "org.candela.marketdata.api.MarketDataConnector";

    @TempDir
    static Path work;
    private static Framework framework;
    private static Path plugins;

    @BeforeAll
    static void start() throws Exception {
        plugins = work.resolve("plugins");
        framework = Felix.start(work, "none");
    }

    @AfterAll
    static void stop() throws Exception {
        Felix.stop(framework);
    }

    @Test
    @Order(1)
    void everyProductBundleIsActive() throws Exception {
        List<String> notActive = new ArrayList<>();
        int count = 0;
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (b.getBundleId() == 0) continue;
            count++;
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (b.getState() != expected) notActive.add(b.getSymbolicName() + " state " + b.getState());
        }
        assertTrue(notActive.isEmpty(), "bundles not started: " + notActive);
        assertEquals(Product.bundles().size(), count);
    }

    @Test
    @Order(2)
    void theHistoryKeptOnDiskIsAServiceWithAStoreCommand() throws Exception {
        Path file = work.resolve("data/history/kraken/0123456789ab/BTC-USD_1m.bars");
        try (var f = org.candela.chart.store.BarFile.open(file, 60_000)) {
            for (int i = 0; i < 3; i++) f.put(1_717_415_880_000L + i * 60_000L, 1, 2, 0.5, 1.5, i);
        }
        ServiceReference<?>[] refs = framework.getBundleContext().getAllServiceReferences("org.candela.chart.store.HistoryCache",
                "(osgi.command.function=store)");
        assertNotNull(refs, "the HistoryCache service with the candela:store command");
        Object store = framework.getBundleContext().getService(refs[0]);
        java.lang.reflect.Method command = store.getClass().getMethod("store", String[].class);
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) command.invoke(store, (Object) new String[] {"list"});
        assertEquals(1, list.size(), list.toString());
        assertTrue(list.get(0).matches("kraken\\s+BTC-USD\\s+1m\\s+3 bars\\s+188 bytes\\s+.*BTC-USD_1m.bars"), list.get(0));
        assertEquals(List.of("deleted 1 series"), command.invoke(store, (Object) new String[] {"purge", "kraken"}));
        assertTrue(java.nio.file.Files.notExists(file));
    }

    @Test
    @Order(2)
    void builtInIndicatorAndReplayConnectorAreServices() throws Exception {
        assertNotNull(reference(INDICATOR, "org.candela.indicators.builtin"), "SMA is registered");
        assertNotNull(reference(CONNECTOR, "org.candela.connector.replay"), "the replay feed is registered");
    }

    @Test
    @Order(3)
    void droppedPluginIsInstalledStartedAndOfferedThenRemovedWhenDeleted() throws Exception {
        Path jar = plugins.resolve("momentum.jar");
        Files.copy(Product.exampleJar(), jar);
        await(() -> reference(INDICATOR, "com.example.momentum") != null, "the momentum service to appear");
        Bundle plugin = bundle("com.example.momentum");
        assertEquals(Bundle.ACTIVE, plugin.getState());

        Files.delete(jar);
        await(() -> bundle("com.example.momentum") == null, "the plugin to be uninstalled");
        assertNull(reference(INDICATOR, "com.example.momentum"));
        assertNotNull(reference(INDICATOR, "org.candela.indicators.builtin"), "the built-ins are untouched");
    }

    @Test
    @Order(3)
    void theExampleConnectorInstallsServesAndLeavesNoThreadWhenDeleted() throws Exception {
        Path jar = plugins.resolve("sine.jar");
        Files.copy(Product.exampleConnectorJar(), jar);
        await(() -> reference(CONNECTOR, "com.example.sine") != null, "the sine connector to appear");
        Files.delete(jar);
        await(() -> bundle("com.example.sine") == null, "the example connector to be uninstalled");
        assertNull(reference(CONNECTOR, "com.example.sine"));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("sine-feed") && t.isAlive()));
    }

    /** {@code etc/<pid>-<name>.cfg} files are factory configurations: one connector each, with its own id. */
    @Test
    @Order(3)
    void eachConnectorConfigurationFileMakesAConnector() throws Exception {
        Path etc = work.resolve("etc");
        Files.writeString(etc.resolve("org.candela.connector.kraken-sandbox.cfg"),
                "id = kraken-sandbox\nname = Kraken sandbox\nwsUrl = ws://127.0.0.1:9/v2\nrestUrl = http://127.0.0.1:9\nloadSymbols = false\n");
        Files.writeString(etc.resolve("org.candela.connector.kraken-main.cfg"), "id = kraken\nloadSymbols = false\n");
        await(() -> connectorIds().contains("kraken-sandbox") && connectorIds().contains("kraken"), "both Kraken connectors");
        assertEquals(2, connectorIds().stream().filter(i -> i.startsWith("kraken")).count(), connectorIds().toString());
        Files.delete(etc.resolve("org.candela.connector.kraken-sandbox.cfg"));
        await(() -> !connectorIds().contains("kraken-sandbox"), "the sandbox connector to go with its file");
        assertTrue(connectorIds().contains("kraken"));
        Files.delete(etc.resolve("org.candela.connector.kraken-main.cfg"));
    }

    /** The ids of the registered connectors (read through reflection: the test sees no API class). */
    @Test
    @Order(5)
    void aConnectorWithBadSettingsStaysRegisteredAsFailedWithTheReason() throws Exception {
        Path etc = work.resolve("etc");
        Files.writeString(etc.resolve("org.candela.connector.kraken-broken.cfg"),
                "id = kraken-broken\nstaleSeconds = abc\nwsUrl = ws://ws.example.com/v2\nloadSymbols = false\n");
        await(() -> connectorIds().contains("kraken-broken"), "the connector of the broken file, registered");
        Object c = connector("kraken-broken");
        assertEquals("FAILED", c.getClass().getMethod("state").invoke(c).toString());
        var tf = Class.forName("org.candela.marketdata.api.Timeframe", true, c.getClass().getClassLoader()).getField("M1").get(null);
        var subscribe = java.util.Arrays.stream(c.getClass().getMethods()).filter(m -> m.getName().equals("subscribe")).findFirst().orElseThrow();
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.lang.reflect.InvocationTargetException.class,
                () -> subscribe.invoke(c, "BTC/USD", tf, null));
        assertEquals("Kraken cannot be used: etc/org.candela.connector.kraken-*.cfg with id = kraken-broken: wsUrl = ws://ws.example.com/v2"
                + " is not encrypted: use wss://, or set allowInsecure = true; staleSeconds = abc is not a whole number from 2 to 600",
                e.getCause().getMessage());
        Files.delete(etc.resolve("org.candela.connector.kraken-broken.cfg"));
        await(() -> !connectorIds().contains("kraken-broken"), "the broken connector to go with its file");
    }

    private static Object connector(String id) throws Exception {
        for (ServiceReference<?> r : framework.getBundleContext().getAllServiceReferences(CONNECTOR, null)) {
            Object c = framework.getBundleContext().getService(r);
            if (id.equals(c.getClass().getMethod("id").invoke(c))) return c;
        }
        throw new AssertionError("no connector " + id);
    }

    private static List<String> connectorIds() {
        List<String> ids = new ArrayList<>();
        try {
            var refs = framework.getBundleContext().getAllServiceReferences(CONNECTOR, null);
            for (var r : refs == null ? new ServiceReference<?>[0] : refs) {
                Object c = framework.getBundleContext().getService(r);
                ids.add((String) c.getClass().getMethod("id").invoke(c));
                framework.getBundleContext().ungetService(r);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return ids;
    }

    @Test
    @Order(4)
    void aBrokenJarInPluginsHarmsNothing() throws Exception {
        Path broken = plugins.resolve("broken.jar");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 'n', 'o', 't', ' ', 'a', ' ', 'j', 'a', 'r'});
        Path jar = plugins.resolve("momentum.jar"); // a good plugin after it: once it is in, the broken one was seen
        Files.copy(Product.exampleJar(), jar);
        await(() -> reference(INDICATOR, "com.example.momentum") != null, "the good plugin beside the broken one");
        assertNull(bundle("broken"), "no bundle came of it");
        Files.delete(broken);
        Files.delete(jar);
        await(() -> bundle("com.example.momentum") == null, "the plugin to be uninstalled");
        everyProductBundleIsActive();
    }

    /** plugins/ installs bundles only and etc/ configurations only: a .cfg in plugins/ made a live connector. */
    @Test
    @Order(4)
    void pluginsTakesBundlesOnlyAndEtcConfigurationsOnly() throws Exception {
        Path etc = work.resolve("etc");
        Files.writeString(plugins.resolve("org.candela.connector.kraken-stray.cfg"), "id = kraken-stray\nloadSymbols = false\n");
        Files.copy(Product.exampleConnectorJar(), etc.resolve("sine.jar"));
        // the right files after the wrong ones: once these are taken, each folder's scan saw the wrong one too
        Files.writeString(etc.resolve("org.candela.connector.kraken-sentinel.cfg"), "id = kraken-sentinel\nloadSymbols = false\n");
        Files.copy(Product.exampleJar(), plugins.resolve("momentum.jar"));
        await(() -> connectorIds().contains("kraken-sentinel") && reference(INDICATOR, "com.example.momentum") != null,
                "the configuration in etc/ and the bundle in plugins/");
        assertFalse(connectorIds().contains("kraken-stray"), "a configuration in plugins/ is ignored: " + connectorIds());
        assertNull(bundle("com.example.sine"), "a bundle in etc/ is ignored");
        for (Path f : List.of(plugins.resolve("org.candela.connector.kraken-stray.cfg"), etc.resolve("sine.jar"),
                etc.resolve("org.candela.connector.kraken-sentinel.cfg"), plugins.resolve("momentum.jar"))) {
            Files.delete(f);
        }
        await(() -> !connectorIds().contains("kraken-sentinel") && bundle("com.example.momentum") == null, "both to go");
    }

    /**
     * Install, start, use and uninstall a plugin 50 times: every old revision's class loader must become
     * collectable, so nothing of the framework, DS or the workbench (which tracks indicator services even
     * without a window) holds on to an uninstalled plugin.
     */
    @Test
    @Order(5)
    void fiftyInstallsAndUninstallsLeaveNoClassLoaderBehind() throws Exception {
        var ctx = framework.getBundleContext();
        var wiring = framework.adapt(org.osgi.framework.wiring.FrameworkWiring.class);
        List<java.lang.ref.WeakReference<ClassLoader>> loaders = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            Bundle b;
            try (var in = Files.newInputStream(Product.exampleJar())) {
                b = ctx.installBundle("leak-test:momentum-" + round, in);
            }
            b.start();
            await(() -> reference(INDICATOR, "com.example.momentum") != null, "the momentum service, round " + round);
            Object service = ctx.getService(reference(INDICATOR, "com.example.momentum"));
            assertNotNull(service);
            loaders.add(new java.lang.ref.WeakReference<>(service.getClass().getClassLoader()));
            service = null;
            b.uninstall();
            java.util.concurrent.CountDownLatch refreshed = new java.util.concurrent.CountDownLatch(1);
            wiring.refreshBundles(List.of(b), e -> refreshed.countDown());
            assertTrue(refreshed.await(20, java.util.concurrent.TimeUnit.SECONDS), "refresh of round " + round);
            b = null;
        }
        assertNull(reference(INDICATOR, "com.example.momentum"));
        long alive = loaders.size();
        for (int attempt = 0; attempt < 20 && alive > 0; attempt++) {
            System.gc();
            Thread.sleep(100);
            alive = loaders.stream().filter(r -> r.get() != null).count();
        }
        assertEquals(0, alive, alive + " of 50 plugin class loaders are still reachable after uninstall");
    }

    /** {@code candela --new-indicator} makes a project that builds with Maven and installs as it is. */
    @Test
    @Order(6)
    void aGeneratedIndicatorProjectBuildsAndInstalls() throws Exception {
        Path project = work.resolve("projects/roc");
        Files.createDirectories(project.getParent());
        assertEquals(0, run(work, Product.home().resolve("bin/candela").toString(), "--new-indicator", project.toString()));
        assertTrue(Files.isRegularFile(project.resolve("src/main/java/com/example/roc/RocIndicator.java")));
        List<String> mvn = new ArrayList<>(List.of("mvn", "-B", "-q", "-o", "package"));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null) mvn.add("-Dmaven.repo.local=" + repo);
        assertEquals(0, run(project, mvn.toArray(String[]::new)), "mvn package of the generated project");
        Path jar = project.resolve("target/com.example.roc-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar), "the plugin jar");
        Files.copy(jar, plugins.resolve("roc.jar"));
        await(() -> reference(INDICATOR, "com.example.roc") != null, "the generated indicator's service");
        Files.delete(plugins.resolve("roc.jar"));
        await(() -> bundle("com.example.roc") == null, "the generated plugin to be uninstalled");
    }

    private static int run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        if (code != 0) System.err.println(String.join(" ", command) + " said:\n" + out);
        return code;
    }

    private static ServiceReference<?> reference(String type, String fromBundle) {
        try {
            // all, not only those class-compatible with the system bundle, which sees no Candela package
            ServiceReference<?>[] refs = framework.getBundleContext().getAllServiceReferences(type, null);
            if (refs == null) return null;
            for (ServiceReference<?> r : refs) if (r.getBundle().getSymbolicName().equals(fromBundle)) return r;
            return null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Bundle bundle(String symbolicName) {
        return Felix.bundle(framework, symbolicName);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Felix.await(condition, what);
    }
}
