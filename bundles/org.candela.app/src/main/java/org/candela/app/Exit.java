package org.candela.app;

import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;

/**
 * Ends the application with an exit code. The launcher registers an {@link IntConsumer} service with
 * property {@code candela.exit=true} that records the code and stops the framework; without a launcher
 * (in tests) the framework is stopped directly.
 */
public final class Exit {

    private static final Logger LOG = Logger.getLogger(Exit.class.getName());

    private Exit() {
    }

    public static void exit(BundleContext ctx, int code) {
        try {
            var refs = ctx.getServiceReferences(IntConsumer.class, "(candela.exit=true)");
            if (!refs.isEmpty()) {
                ServiceReference<IntConsumer> ref = refs.iterator().next();
                IntConsumer exit = ctx.getService(ref);
                if (exit != null) {
                    exit.accept(code);
                    return;
                }
            }
            Thread t = new Thread(() -> {
                try {
                    ctx.getBundle(0).stop();
                } catch (BundleException | IllegalStateException e) {
                    LOG.warning("could not stop the framework: " + e);
                }
            }, "candela-exit");
            t.start();
        } catch (Exception e) {
            LOG.warning("exit failed: " + e);
        }
    }
}
