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

    static List<Indicator> indicators(BundleContext ctx) throws InvalidSyntaxException {
        return all(ctx, Indicator.class, i -> true);
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
