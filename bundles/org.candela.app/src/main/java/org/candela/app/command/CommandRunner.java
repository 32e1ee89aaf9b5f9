package org.candela.app.command;

import java.nio.file.Path;
import org.candela.app.Exit;
import org.candela.app.Launch;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Runs the one-shot commands the launcher asked for ({@code candela.command} = {@code snapshot},
 * {@code export-csv}, {@code bench} or {@code list-plugins}) on a thread of their own, prints the result
 * and exits with 0, or 1 and a clear message on failure. Does nothing for the window ({@code gui}) or in tests ({@code none}).
 */
@Component(immediate = true, service = {})
public final class CommandRunner {

    private static final Logger LOG = Logger.getLogger(CommandRunner.class.getName());

    @Activate
    void activate(BundleContext ctx) {
        Launch launch = Launch.from(ctx);
        if (!java.util.List.of("snapshot", "list-plugins", "bench", "export-csv", "save-workspace", "watch").contains(launch.command())) return;
        Thread t = new Thread(() -> run(ctx, launch), "candela-command");
        t.start();
    }

    private static void run(BundleContext ctx, Launch launch) {
        int code = 0;
        try {
            awaitFrameworkStarted(ctx);
            if (launch.command().equals("snapshot")) {
                System.out.println(Snapshot.run(ctx, launch));
            } else if (launch.command().equals("export-csv")) {
                System.out.println(Export.run(ctx, launch));
            } else if (launch.command().equals("watch")) {
                System.out.println(Watch.run(ctx, launch));
            } else if (launch.command().equals("save-workspace")) {
                System.out.println(SaveWorkspace.run(ctx, launch));
            } else if (launch.command().equals("bench")) {
                Bench.run(ctx, launch);
            } else {
                Path dir = launch.pluginsDir().isEmpty() ? null : Path.of(launch.pluginsDir());
                List<String> broken = Plugins.awaitPlugins(ctx, dir, 5_000);
                for (Plugins.Entry e : Plugins.list(ctx)) System.out.println(e);
                for (String jar : broken) {
                    System.err.println("candela: plugins/" + jar + " is not installed (not a valid OSGi bundle?)");
                }
            }
        } catch (BadOption e) { // a malformed option the launcher could not check: as its own usage errors
            System.err.println("candela: " + e.getMessage());
            code = 2;
        } catch (IllegalArgumentException | IllegalStateException | java.io.IOException e) {
            // a bad request or an unreachable source: the message says it all
            LOG.info(launch.command() + ": " + e);
            System.err.println("candela: " + e.getMessage());
            code = 1;
        } catch (Throwable e) { // anything at all (a stack overflow, out of memory): the process must still end
            LOG.log(Level.SEVERE, launch.command() + " failed", e);
            System.err.println("candela: " + launch.command() + " failed: " + e);
            code = 1;
        }
        System.out.flush();
        Exit.exit(ctx, code);
    }

    /** The framework turns ACTIVE once every bundle of the product has started. */
    private static void awaitFrameworkStarted(BundleContext ctx) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (ctx.getBundle(0).getState() != Bundle.ACTIVE && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }
}
