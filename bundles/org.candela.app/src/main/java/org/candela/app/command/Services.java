package org.candela.app.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.candela.indicator.api.Indicator;
import org.candela.marketdata.api.MarketDataConnector;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Looks up plugin services for commands that run once (no dynamic tracking needed). */
final class Services {

    private Services() {
    }

    /** The connector with this id, waiting up to {@code millis} for it to register. */
    static MarketDataConnector connector(BundleContext ctx, String id, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            List<MarketDataConnector> all = all(ctx, MarketDataConnector.class, c -> true);
            for (MarketDataConnector c : all) if (c.id().equals(id)) return c;
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalArgumentException("no connector '" + id + "' is installed; installed: "
                        + String.join(", ", all.stream().map(MarketDataConnector::id).toList()));
            }
            Thread.sleep(50);
        }
    }

    /**
     * The connector with this id after pointing it at other endpoints for this run: the ConfigAdmin
     * configuration it came from (the factory configuration of {@code etc/<pid>-<name>.cfg} whose {@code id}
     * is this id, else the configuration {@code org.candela.connector.<id>}) gets {@code wsUrl} and/or
     * {@code restUrl}, DS re-activates it, and the new service is returned. The product never writes
     * configurations back to etc/, so the change ends with the run.
     */
    static MarketDataConnector reconfigured(BundleContext ctx, String id, String wsUrl, String restUrl) throws Exception {
        connector(ctx, id, 10_000);
        long before = serviceId(ctx, id);
        var adminRef = ctx.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        if (adminRef == null) throw new IllegalStateException("ConfigAdmin is not running: endpoints cannot be changed");
        var admin = ctx.getService(adminRef);
        var found = admin.listConfigurations("(id=" + id + ")");
        var config = found != null && found.length > 0 ? found[0] : admin.getConfiguration("org.candela.connector." + id, "?");
        java.util.Dictionary<String, Object> p = config.getProperties() == null ? new java.util.Hashtable<>() : config.getProperties();
        if (!wsUrl.isEmpty()) p.put("wsUrl", wsUrl);
        if (!restUrl.isEmpty()) p.put("restUrl", restUrl);
        config.update(p);
        long deadline = System.currentTimeMillis() + 10_000;
        while (serviceId(ctx, id) == before || serviceId(ctx, id) < 0) {
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("connector '" + id + "' did not take the new endpoints");
            Thread.sleep(20);
        }
        return connector(ctx, id, 1_000);
    }

    /**
     * Sets {@code values} in the ConfigAdmin configuration of {@code pid} (or its factory configuration) for this run (a component with
     * {@code @Modified} takes them without re-registering). The product never writes configurations back to etc/.
     */
    static void configure(BundleContext ctx, String pid, java.util.Map<String, Object> values) throws Exception {
        var adminRef = ctx.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        if (adminRef == null) throw new IllegalStateException("ConfigAdmin is not running: " + pid + " cannot be configured");
        var admin = ctx.getService(adminRef);
        // etc/<pid>-default.cfg is a factory configuration of that pid: change it rather than add a second one
        var found = admin.listConfigurations("(|(service.pid=" + pid + ")(service.factoryPid=" + pid + "))");
        var config = found != null && found.length > 0 ? found[0] : admin.getConfiguration(pid, "?");
        java.util.Dictionary<String, Object> p = config.getProperties() == null ? new java.util.Hashtable<>() : config.getProperties();
        values.forEach(p::put);
        config.update(p);
    }

    private static long serviceId(BundleContext ctx, String id) throws InvalidSyntaxException {
        for (ServiceReference<MarketDataConnector> r : ctx.getServiceReferences(MarketDataConnector.class, null)) {
            MarketDataConnector c = ctx.getService(r);
            try {
                if (c != null && c.id().equals(id)) return (Long) r.getProperty(org.osgi.framework.Constants.SERVICE_ID);
            } finally {
                ctx.ungetService(r);
            }
        }
        return -1;
    }

    static List<Indicator> indicators(BundleContext ctx) throws InvalidSyntaxException {
        return all(ctx, Indicator.class, i -> true);
    }

    /** Every registered service of a type. */
    static <T> List<T> all(BundleContext ctx, Class<T> type) throws InvalidSyntaxException {
        return all(ctx, type, s -> true);
    }

    private static <T> List<T> all(BundleContext ctx, Class<T> type, Predicate<T> keep) throws InvalidSyntaxException {
        List<T> out = new ArrayList<>();
        for (ServiceReference<T> r : ctx.getServiceReferences(type, null)) {
            T s = ctx.getService(r);
            if (s != null && keep.test(s)) out.add(s);
        }
        return out;
    }
}
