package org.candela.app.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.candela.indicator.api.Indicator;
import org.candela.marketdata.api.MarketDataConnector;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The installed indicator and connector services, with the bundles that provide them. */
public final class Plugins {

    /** One line of {@code --list-plugins}. */
    public record Entry(String kind, String id, String name, String version, String bundle) {
        @Override
        public String toString() {
            return String.join("\t", kind, id, name, version, bundle);
        }
    }

    private Plugins() {
    }

    public static List<Entry> list(BundleContext ctx) throws InvalidSyntaxException {
        List<Entry> out = new ArrayList<>();
        for (ServiceReference<Indicator> r : ctx.getServiceReferences(Indicator.class, null)) {
            Indicator i = ctx.getService(r);
            if (i == null) continue;
            try {
                out.add(entry("indicator", i.descriptor().id(), i.descriptor().name(), r.getBundle()));
            } catch (RuntimeException e) {
                out.add(entry("indicator", "?", "broken: " + e, r.getBundle()));
            } finally {
                ctx.ungetService(r);
            }
        }
        for (ServiceReference<MarketDataConnector> r : ctx.getServiceReferences(MarketDataConnector.class, null)) {
            MarketDataConnector c = ctx.getService(r);
            if (c == null) continue;
            try {
                out.add(entry("connector", c.id(), c.name(), r.getBundle()));
            } finally {
                ctx.ungetService(r);
            }
        }
        out.sort((a, b) -> (a.kind + a.id).compareTo(b.kind + b.id));
        return out;
    }

    private static Entry entry(String kind, String id, String name, Bundle b) {
        return new Entry(kind, id, name, b.getVersion().toString(), b.getSymbolicName());
    }

    /**
     * Waits (up to {@code millis}) until every jar in the plugins folder is installed and no bundle is
     * still starting, so a listing includes what FileInstall is about to install. Returns the jars that
     * did not become bundles (broken or not OSGi bundles).
     */
    public static List<String> awaitPlugins(BundleContext ctx, Path dir, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        List<String> missing = new ArrayList<>();
        do {
            missing.clear();
            for (String jar : jars(dir)) {
                boolean found = false;
                for (Bundle b : ctx.getBundles()) {
                    if (b.getLocation().endsWith("/" + jar) && b.getState() != Bundle.STARTING) found = true;
                }
                if (!found) missing.add(jar);
            }
            if (missing.isEmpty()) return missing;
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        return missing;
    }

    private static List<String> jars(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
