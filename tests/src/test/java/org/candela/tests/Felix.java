package org.candela.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** Starts the product's bundle set in an embedded Felix, the way the launcher does. */
final class Felix {

    private Felix() {
    }

    /** A started framework with FileInstall watching {@code work/etc} and {@code work/plugins}. */
    static Framework start(Path work, String command) throws Exception {
        return start(work, command, Map.of());
    }

    /** As {@link #start(Path, String)}, with more framework properties ({@code candela.connector}, …). */
    static Framework start(Path work, String command, Map<String, String> more) throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path etc = Files.createDirectories(work.resolve("etc"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("candela.command", command);
        config.put("felix.fileinstall.dir", etc.toString()); // as the launcher: etc/ for configurations only
        config.put("felix.fileinstall.filter", ".*\\.cfg");
        Path watcher = etc.resolve("org.apache.felix.fileinstall-plugins.cfg"); // and the product's plugins/ watcher
        if (!Files.exists(watcher)) {
            Files.writeString(watcher, Files.readString(Product.home().resolve("etc/org.apache.felix.fileinstall-plugins.cfg"))
                    .replace("felix.fileinstall.poll = 1000", "felix.fileinstall.poll = 200"));
        }
        config.put("candela.plugins.dir", plugins.toString()); // as the launcher sets it
        config.put("candela.data.dir", work.resolve("data").toString()); // never the user's own data
        config.put("felix.fileinstall.poll", "200");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.log.default", "jul");
        config.put("gosh.args", "--nointeractive");
        config.putAll(more);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.init();
        BundleContext ctx = framework.getBundleContext();
        for (Path jar : Product.bundles()) {
            Bundle b = ctx.installBundle(jar.toUri().toString());
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) b.start();
        }
        framework.start();
        return framework;
    }

    static void stop(Framework framework) throws Exception {
        if (framework == null) return;
        framework.stop();
        framework.waitForStop(20_000);
    }

    static Bundle bundle(Framework framework, String symbolicName) {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) return b;
        }
        return null;
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
