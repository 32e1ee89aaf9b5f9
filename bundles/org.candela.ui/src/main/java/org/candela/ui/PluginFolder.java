package org.candela.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.candela.indicator.api.Indicator;
import org.candela.marketdata.api.MarketDataConnector;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The plugins a user installed: the bundles FileInstall loaded from {@code plugins/}. Installing copies a
 * checked jar into the folder and uninstalling deletes it, so the folder stays the one truth whichever way a
 * plugin came (the dialog, a file manager, a script) and FileInstall does the OSGi work.
 */
final class PluginFolder {

    /** One installed plugin bundle and what it provides. */
    record Plugin(Bundle bundle, String name, String version, String state, String provides, Path file) {
    }

    private final BundleContext ctx;
    private final Path dir;

    private final java.util.function.Supplier<List<Indicator>> indicators;

    PluginFolder(BundleContext ctx, Path dir, java.util.function.Supplier<List<Indicator>> indicators) {
        this.ctx = ctx;
        this.dir = dir;
        this.indicators = indicators;
    }

    Path dir() {
        return dir;
    }

    /** Copies {@code jar} into the folder after checking it is an OSGi bundle; returns its symbolic name. */
    String install(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) throw new IOException(jar + " is not a file");
        String name;
        try (JarFile j = new JarFile(jar.toFile())) {
            var manifest = j.getManifest();
            name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        } catch (IOException e) {
            throw new IOException(jar.getFileName() + " is not a jar: " + e.getMessage());
        }
        if (name == null) throw new IOException(jar.getFileName() + " is not an OSGi bundle (no Bundle-SymbolicName)");
        Files.createDirectories(dir);
        // FileInstall takes *.jar only: it never sees the copy before it is whole
        Path part = dir.resolve("." + jar.getFileName() + ".part");
        Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, dir.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return name.split(";")[0].trim();
    }

    /** Deletes the plugin's jar; FileInstall uninstalls the bundle and its services leave the charts. */
    void uninstall(Plugin p) throws IOException {
        if (p.file() == null) throw new IOException(p.name() + " is part of the product, not a plugin in " + dir);
        Files.deleteIfExists(p.file());
    }

    /**
     * The plugin whose code threw {@code e}: the first frame of its stack trace (or its causes') whose class
     * is in a bundle of this folder. Null when no plugin code was involved.
     */
    Bundle ownerOf(Throwable e) {
        List<Bundle> plugins = new ArrayList<>();
        for (Bundle b : ctx.getBundles()) if (fileOf(b) != null) plugins.add(b);
        if (plugins.isEmpty()) return null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String entry = frame.getClassName().replace('.', '/').replaceFirst("\\$.*", "") + ".class";
                for (Bundle b : plugins) if (b.getEntry(entry) != null) return b;
            }
        }
        return null;
    }

    /** The bundles installed from the folder, with the indicators and connectors each provides. */
    List<Plugin> list() {
        List<Plugin> out = new ArrayList<>();
        for (Bundle b : ctx.getBundles()) {
            Path file = fileOf(b);
            if (file == null) continue;
            try {
                out.add(new Plugin(b, b.getSymbolicName(), b.getVersion().toString(), state(b), provides(b), file));
            } catch (IllegalStateException uninstalledMeanwhile) {
                // FileInstall removed it while we looked: it is not installed any more
            }
        }
        return out;
    }

    private Path fileOf(Bundle b) {
        String location = b.getLocation();
        if (location == null || !location.startsWith("file:")) return null;
        try {
            Path p = Path.of(java.net.URI.create(location)).toAbsolutePath().normalize();
            return p.getParent() != null && p.getParent().equals(dir.toAbsolutePath().normalize()) ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The id of an indicator service as the window knows it (asked once when it arrived), without calling
     * the plugin on the UI thread; "(refused)" for one that could not describe itself.
     */
    private String indicatorId(Object service) {
        for (Indicator known : indicators.get()) {
            if (known instanceof DescribedIndicator d && d.service() == service) return d.descriptor().id();
        }
        return "(refused)";
    }

    private String provides(Bundle b) {
        List<String> what = new ArrayList<>();
        ServiceReference<?>[] refs = b.getRegisteredServices();
        if (refs == null) return "";
        for (ServiceReference<?> r : refs) {
            Object s = ctx.getService(r);
            try {
                if (s instanceof Indicator) what.add("indicator " + indicatorId(s));
                else if (s instanceof MarketDataConnector c) what.add("connector " + c.id());
            } catch (RuntimeException e) {
                what.add("broken service: " + e.getMessage());
            } finally {
                if (s != null) ctx.ungetService(r);
            }
        }
        return String.join(", ", what);
    }

    private static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved (not started)";
            case Bundle.INSTALLED -> "installed (cannot resolve)";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }
}
