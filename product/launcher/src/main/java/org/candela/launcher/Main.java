package org.candela.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts the workstation: checks the command line, embeds Felix with the product's {@code bundle/} set,
 * lets FileInstall watch {@code plugins/} and {@code etc/}, and exits with the code the application
 * reports through the {@code candela.exit} service (0 when the window is closed).
 *
 * <p>Exit codes: 0 success, 1 the application failed, 2 a bad command line.
 */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());
    /** First argument of the start script's early check: parse the command line, report, start nothing. */
    static final String CHECK_ARGS = "--check-args";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        boolean checkOnly = args.length > 0 && args[0].equals(CHECK_ARGS);
        if (checkOnly) args = java.util.Arrays.copyOfRange(args, 1, args.length);
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.err.println("candela: " + e.getMessage());
            System.err.print(Options.USAGE);
            return 2;
        }
        if (checkOnly) return 0;
        if (options.help) {
            System.out.print(Options.USAGE);
            return 0;
        }
        if (options.command().equals("new-indicator")) return Template.run(Path.of(options.properties.get("candela.new.dir")));
        Path home = home();
        try {
            Logging.configure(home.resolve("logs"));
            return launch(home, options);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "launch failed", e);
            System.err.println("candela: launch failed: " + e);
            return 1;
        }
    }

    /** The product folder: {@code candela.home}, else the parent of the folder holding this jar. */
    static Path home() {
        String h = System.getProperty("candela.home");
        if (h != null) return Path.of(h).toAbsolutePath().normalize();
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().toAbsolutePath().normalize();
        } catch (Exception e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static int launch(Path home, Options options) throws Exception {
        Path caches = Files.createDirectories(home.resolve("cache"));
        sweepStaleRuns(caches);
        Path cache = caches.resolve("run-" + ProcessHandle.current().pid());
        Map<String, String> config = frameworkProperties(home, cache, options);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.init();
        AtomicInteger exitCode = new AtomicInteger();
        IntConsumer exit = code -> {
            exitCode.set(code);
            Thread t = new Thread(() -> stop(framework), "candela-stop");
            t.start();
        };
        var props = new java.util.Hashtable<String, Object>(Map.of("candela.exit", "true"));
        framework.getBundleContext().registerService(IntConsumer.class, exit, props);
        Thread hook = new Thread(() -> { // Ctrl+C, SIGTERM: the framework stops and its cache goes
            stop(framework);
            deleteTree(cache);
        }, "candela-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        framework.getBundleContext().addFrameworkListener(e -> {
            if (e.getType() == FrameworkEvent.ERROR) {
                String who = e.getBundle() == null ? "framework" : e.getBundle().getSymbolicName();
                LOG.log(Level.SEVERE, who + ": " + e.getThrowable(), e.getThrowable());
            }
        });
        // Marked for start now, started by framework.start() in one pass; the framework turns ACTIVE only
        // after every bundle has started, which is what the commands wait for.
        for (Path jar : jars(home.resolve("bundle"))) {
            Bundle b = framework.getBundleContext().installBundle(jar.toUri().toString());
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) b.start();
        }
        framework.start();
        FrameworkEvent event = framework.waitForStop(0);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already
        }
        deleteTree(cache);
        if (event.getType() == FrameworkEvent.ERROR) return 1;
        return exitCode.get();
    }

    /**
     * Deletes the framework caches of runs that were killed (SIGKILL, a power cut) and so could not delete
     * their own: {@code cache/run-<pid>} of a process that is no longer alive.
     */
    static void sweepStaleRuns(Path caches) {
        try (Stream<Path> s = Files.list(caches)) {
            for (Path dir : s.toList()) {
                String name = dir.getFileName().toString();
                if (!name.matches("run-\\d{1,10}")) continue;
                long pid = Long.parseLong(name.substring(4));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                LOG.info("removing the cache of an earlier run that ended without cleaning up: " + dir);
                deleteTree(dir);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not look for stale caches in " + caches, e);
        }
    }

    private static Map<String, String> frameworkProperties(Path home, Path cache, Options options) throws IOException {
        Map<String, String> config = new HashMap<>();
        Path file = home.resolve("conf/config.properties");
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            for (String k : p.stringPropertyNames()) config.put(k, p.getProperty(k).replace("${candela.home}", home.toString()));
        }
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("candela.home", home.toString());
        config.put("candela.plugins.dir", home.resolve("plugins").toString());
        config.put("candela.data.dir", dataDir().toString());
        // etc/ holds configurations only; plugins/ (bundles only) is watched by a second FileInstall watcher
        // that etc/org.apache.felix.fileinstall-plugins.cfg configures
        config.put("felix.fileinstall.dir", home.resolve("etc").toString());
        config.put("felix.fileinstall.filter", ".*\\.cfg");
        config.put("gosh.args", options.console ? "" : "--nointeractive");
        config.putAll(options.properties);
        return config;
    }

    /**
     * Where the user's data lives, outside the product folder (a rebuild replaces that):
     * {@code $XDG_DATA_HOME/candela}, else {@code ~/.local/share/candela}; {@code --data-dir} overrides it.
     */
    static Path dataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("candela");
    }

    private static void stop(Framework framework) {
        try {
            if (framework.getState() == Bundle.ACTIVE || framework.getState() == Bundle.STARTING) {
                framework.stop();
                framework.waitForStop(20_000);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "framework stop failed", e);
        }
    }

    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no bundle folder at " + dir + ": is the product built?");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.fine("could not delete " + dir + ": " + e);
        }
    }
}
