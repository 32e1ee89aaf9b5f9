package org.candela.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.candela.chart.data.BarStore;
import org.candela.chart.store.FileHistoryCache;
import org.candela.chart.store.HistoryCache;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The history kept on disk, as the one {@link HistoryCache} service of the workstation: files under
 * {@code <data dir>/history} (the user's data directory, {@code --data-dir}) or the directory
 * {@code etc/org.candela.history.cfg} names, capped at its {@code capMegabytes}. The window and the
 * commands share it; another implementation (a desk's shared recorder) can be registered in its place. Also the Gogo command
 * {@code candela:store [list | size | purge [connector]]}.
 */
@Component(immediate = true, service = HistoryCache.class, configurationPid = "org.candela.history",
        property = {"osgi.command.scope=candela", "osgi.command.function=store"})
@Designate(ocd = KeptHistory.Config.class)
public final class KeptHistory implements HistoryCache {

    private static final Logger LOG = Logger.getLogger(KeptHistory.class.getName());

    private FileHistoryCache files;

    /** {@code etc/org.candela.history.cfg}. */
    @ObjectClassDefinition(name = "Candela history kept on disk")
    public @interface Config {
        @AttributeDefinition(description = "Directory of the kept history; empty: <data dir>/history (--data-dir, $XDG_DATA_HOME/candela)")
        String directory() default "";

        @AttributeDefinition(description = "The most megabytes to keep; the least recently written series go first", min = "16", max = "1048576")
        long capMegabytes() default 2048;
    }

    @Activate
    void activate(BundleContext ctx, Config config) {
        long cap = config.capMegabytes();
        if (cap < 16 || cap > 1_048_576) {
            LOG.warning("etc/org.candela.history.cfg: capMegabytes = " + cap + " is outside 16..1048576; using 2048");
            cap = 2048;
        }
        Path dir = config.directory().isBlank() ? Path.of(Launch.from(ctx).dataDir(), "history") : Path.of(config.directory());
        files = new FileHistoryCache(dir, cap * 1024 * 1024);
    }

    @Deactivate
    void deactivate() throws IOException {
        files.close();
    }

    /** The registered history cache. */
    public static HistoryCache of(BundleContext ctx) {
        ServiceReference<HistoryCache> ref = ctx.getServiceReference(HistoryCache.class);
        HistoryCache c = ref == null ? null : ctx.getService(ref);
        if (c == null) throw new IllegalStateException("the history cache service is not running");
        return c;
    }

    @Override
    public BarStore read(Key key, long beforeMillis, int maxBars) throws IOException {
        return files.read(key, beforeMillis, maxBars);
    }

    @Override
    public void write(Key key, BarStore bars) throws IOException {
        files.write(key, bars);
    }

    @Override
    public void put(Key key, long t, double o, double h, double l, double c, double v) throws IOException {
        files.put(key, t, o, h, l, c, v);
    }

    @Override
    public List<Entry> list() throws IOException {
        return files.list();
    }

    @Override
    public long sizeBytes() throws IOException {
        return files.sizeBytes();
    }

    @Override
    public int purge(String connector) throws IOException {
        return files.purge(connector);
    }

    @Override
    public void close() {
        // the component's life ends it (deactivate), not a user of the service
    }

    /** Gogo {@code candela:store}: {@code list} (the default), {@code size}, {@code purge [connector]}. */
    public List<String> store(String... args) throws IOException {
        String what = args.length == 0 ? "list" : args[0];
        List<String> out = new ArrayList<>();
        switch (what) {
            case "list" -> {
                for (Entry e : files.list()) {
                    out.add(String.format(Locale.ROOT, "%-10s %-12s %-4s %,12d bars %,14d bytes  %s", e.connector(), e.symbol(),
                            e.timeframe(), e.bars(), e.bytes(), e.file()));
                }
                if (out.isEmpty()) out.add("no history kept yet in " + files.dir());
            }
            case "size" -> out.add(String.format(Locale.ROOT, "%,d bytes in %d series under %s", files.sizeBytes(), files.list().size(), files.dir()));
            case "purge" -> out.add("deleted " + files.purge(args.length > 1 ? args[1] : null) + " series");
            default -> out.add("usage: candela:store [list | size | purge [connector]]");
        }
        return out;
    }
}
