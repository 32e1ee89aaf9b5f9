package org.candela.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.candela.app.Exit;
import org.candela.app.Launch;
import org.candela.indicator.api.Indicator;
import org.candela.marketdata.api.MarketDataConnector;
import org.candela.render.gl.GlSetup;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The workstation when launched for the window ({@code candela.command=gui}): starts a UI thread that owns
 * the {@link Display} and the window, and tracks indicator and connector services as they come and go.
 * Service events arrive on SCR's threads and are marshalled to the UI thread with {@code asyncExec}.
 * Closing the window ends the application with exit code 0.
 *
 * <p>Also the Gogo commands {@code candela:chart}, {@code candela:series}, {@code candela:add ID [key=value…]},
 * {@code candela:remove NAME}, {@code candela:open CONNECTOR SYMBOL [TF]} and {@code candela:status}, which act
 * on the open chart (on the UI thread) and script it.
 */
@Component(immediate = true, service = Object.class, property = {"osgi.command.scope=candela",
    "osgi.command.function=chart", "osgi.command.function=series", "osgi.command.function=add",
    "osgi.command.function=remove", "osgi.command.function=view", "osgi.command.function=legend",
    "osgi.command.function=plugins", "osgi.command.function=install", "osgi.command.function=uninstall",
    "osgi.command.function=open", "osgi.command.function=status", "osgi.command.function=theme",
    "osgi.command.function=workspace", "osgi.command.function=layout", "osgi.command.function=focus",
    "osgi.command.function=charts", "osgi.command.function=link", "osgi.command.function=watch",
    "osgi.command.function=tab", "osgi.command.function=draw", "osgi.command.function=alert"})
public final class Workbench {

    private static final Logger LOG = Logger.getLogger(Workbench.class.getName());

    private final List<Indicator> indicators = new CopyOnWriteArrayList<>();
    private final List<MarketDataConnector> connectors = new CopyOnWriteArrayList<>();
    private volatile WorkbenchWindow window;
    private volatile Display display;
    private Thread uiThread;
    private volatile boolean stopping;

    /**
     * An indicator service arrived (SCR's thread): its descriptor is asked here, once, so the window never
     * calls the plugin for it; a plugin that cannot describe itself is refused with the reason shown.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(Indicator i) {
        DescribedIndicator known;
        try {
            known = DescribedIndicator.of(i);
        } catch (IllegalStateException e) {
            String reason = "Indicator of " + bundleOf(i) + " refused: " + e.getMessage();
            if (window == null) LOG.warning(reason); // no window (a command): the log only
            onUi(w -> w.warn(reason));
            return;
        }
        described.put(i, known);
        indicators.add(known); // the Indicators menu is rebuilt from this list each time it opens
        onUi(w -> w.indicatorAdded(known));
    }

    void removeIndicator(Indicator i) {
        DescribedIndicator known = described.remove(i);
        if (known == null) return;
        indicators.remove(known);
        onUi(w -> w.indicatorRemoved(known));
    }

    private final java.util.Map<Indicator, DescribedIndicator> described = new java.util.concurrent.ConcurrentHashMap<>();

    /** A drawing tool service arrived: described once here, as indicators are; the tool bar and menus follow. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDrawingTool(org.candela.drawing.api.DrawingTool t) {
        DescribedTool known;
        try {
            known = DescribedTool.of(t);
        } catch (IllegalStateException e) {
            String reason = "Drawing tool of " + bundleOf(t) + " refused: " + e.getMessage();
            if (window == null) LOG.warning(reason);
            onUi(w -> w.warn(reason));
            return;
        }
        describedTools.put(t, known);
        tools.add(known);
        onUi(w -> w.toolsChanged());
    }

    void removeDrawingTool(org.candela.drawing.api.DrawingTool t) {
        DescribedTool known = describedTools.remove(t);
        if (known == null) return;
        tools.remove(known);
        onUi(w -> w.toolsChanged());
    }

    private final java.util.Map<org.candela.drawing.api.DrawingTool, DescribedTool> describedTools = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<DescribedTool> tools = new CopyOnWriteArrayList<>();

    private static String bundleOf(Object service) {
        var b = org.osgi.framework.FrameworkUtil.getBundle(service.getClass());
        return b == null ? service.getClass().getName() : b.getSymbolicName() + " " + b.getVersion();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConnector(MarketDataConnector c) {
        connectors.add(c);
        onUi(w -> w.connectorsChanged());
    }

    void removeConnector(MarketDataConnector c) {
        connectors.remove(c);
        onUi(w -> w.connectorRemoved(c));
    }

    @Activate
    void activate(BundleContext ctx) {
        Launch launch = Launch.from(ctx);
        if (!launch.command().equals("gui")) return;
        // a plugin whose component threw in its activate method registers nothing: say so, with the reason
        ctx.addBundleListener(e -> {
            if (e.getType() == org.osgi.framework.BundleEvent.STARTED) reportFailedComponents(e.getBundle());
        });
        // the framework stops plugins (installed last) before this bundle: close the window first, so that
        // the workspace is saved with their indicators in it
        ctx.addBundleListener(new org.osgi.framework.SynchronousBundleListener() {
            @Override
            public void bundleChanged(org.osgi.framework.BundleEvent e) {
                if (e.getBundle().getBundleId() == 0 && e.getType() == org.osgi.framework.BundleEvent.STOPPING) closeWindow();
            }
        });
        uiThread = new Thread(() -> runUi(ctx, launch), "candela-ui");
        uiThread.start();
    }

    private void runUi(BundleContext ctx, Launch launch) {
        int code = 0;
        try {
            if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
                // no session bus (Xvfb, CI, ssh): SWT's session-manager hook would only print warnings
                System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
            }
            display = new Display();
            Display.setAppName("Candela");
            // JOGL's set-up opens X connections of its own. Never at the same time as GTK opens the display: Xlib's
            // global state is not guarded (no XInitThreads), and in parallel gtk_init_check failed now and then
            // ("No more handles") or hung on Xlib's lock. After the display, the window shows about 0.3 s later
            // (2.4 s from launch, was 2.1 s: five starts each under Xvfb).
            Thread glInit = new Thread(GlSetup::initialize, "candela-gl-init");
            glInit.start();
            glInit.join();
            // barriers: whatever throws inside an SWT callback (plugin code the window called) does not close
            // the workstation; a plugin it came from is stopped, with the reason shown
            display.setRuntimeExceptionHandler(e -> barrier(ctx, e));
            display.setErrorHandler(e -> {
                if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) throw e; // out of memory: no way on
                barrier(ctx, e);
            });
            window = new WorkbenchWindow(display, launch, indicators, connectors, tools, ctx);
            window.open();
            try {
                while (!window.isDisposed()) {
                    if (!display.readAndDispatch()) display.sleep();
                }
            } finally {
                window.closeAlerts(); // their feeds' live links and the commands' thread end with the window
            }
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, "the workbench failed", t);
            code = 1;
        } finally {
            window = null;
            if (display != null && !display.isDisposed()) display.dispose();
        }
        if (!stopping) Exit.exit(ctx, code);
    }

    /**
     * An exception escaped an SWT callback. When it was thrown from a plugin's code (a class of a bundle of
     * the plugins folder on its stack), that plugin is stopped, off the UI thread, so its services leave the
     * window; else it is our bug, logged whole. Either way the window stays and the status bar says what happened.
     */
    private void barrier(BundleContext ctx, Throwable e) {
        WorkbenchWindow w = window;
        PluginFolder folder = w == null ? null : w.plugins();
        org.osgi.framework.Bundle culprit = folder == null ? null : folder.ownerOf(e);
        if (culprit == null) {
            LOG.log(Level.SEVERE, "internal error on the UI thread; the window stays", e);
            if (w != null && !w.isDisposed()) w.warn("Internal error: " + e + " (details in the log)");
            return;
        }
        if (!stoppingPlugins.add(culprit.getBundleId())) return; // its next frames threw too, before it was stopped
        String reason = culprit.getSymbolicName() + " " + culprit.getVersion() + " was stopped: " + e;
        LOG.log(Level.SEVERE, reason, e);
        Thread stopper = new Thread(() -> {
            try {
                culprit.stop();
            } catch (Exception | LinkageError stopFailed) {
                LOG.log(Level.SEVERE, "could not stop " + culprit.getSymbolicName(), stopFailed);
            } finally {
                stoppingPlugins.remove(culprit.getBundleId());
            }
        }, "candela-stop-plugin");
        stopper.setDaemon(true);
        stopper.start();
        if (w != null && !w.isDisposed()) w.warn(reason);
    }

    @Reference
    private volatile org.osgi.service.component.runtime.ServiceComponentRuntime scr;

    /** Warns of each component of {@code b} that failed to activate (its activate method threw), with the reason. */
    private void reportFailedComponents(org.osgi.framework.Bundle b) {
        var runtime = scr;
        if (runtime == null) return;
        for (var d : runtime.getComponentDescriptionDTOs(b)) {
            for (var c : runtime.getComponentConfigurationDTOs(d)) {
                if (c.state != org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.FAILED_ACTIVATION) continue;
                String why = c.failure == null ? "no reason given" : c.failure.lines().findFirst().orElse("");
                String reason = b.getSymbolicName() + " " + b.getVersion() + ": " + d.name.substring(d.name.lastIndexOf('.') + 1)
                        + " failed to start: " + why;
                if (window == null) LOG.warning(reason); // else warn() logs it
                onUi(w -> w.warn(reason));
            }
        }
    }

    /** Plugins the barrier is stopping. */
    private final java.util.Set<Long> stoppingPlugins = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Closes the window (which saves the workspace) and waits for it, at most 10 s; any thread. */
    private void closeWindow() {
        stopping = true;
        Display d = display;
        if (d == null || d.isDisposed()) return;
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        try {
            d.asyncExec(() -> {
                WorkbenchWindow w = window;
                if (w != null) w.close();
                closed.countDown();
            });
            if (!closed.await(10, java.util.concurrent.TimeUnit.SECONDS)) LOG.warning("the window did not close in 10 s");
        } catch (org.eclipse.swt.SWTException e) {
            // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Deactivate
    void deactivate() {
        closeWindow();
        if (uiThread != null) {
            try {
                uiThread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Gogo {@code candela:chart}: the open chart in one line. */
    public String chart() {
        return call(w -> w.script().describe());
    }

    /** Gogo {@code candela:view}: visible bars, bar spacing, right offset, pane heights, autoscale per pane. */
    public String view() {
        return call(w -> w.script().viewState());
    }

    /** Gogo {@code candela:legend}: one line per legend entry with its place on the screen. */
    public List<String> legend() {
        return call(w -> w.script().legendLines());
    }

    /** Gogo {@code candela:plugins}: the installed plugins, as File ▸ Plugins… lists them. */
    public List<String> plugins() {
        return call(w -> w.script().pluginLines());
    }

    /** Gogo {@code candela:install /path/plugin.jar}: what File ▸ Plugins… ▸ Install… does. */
    public String install(String jar) {
        return call(w -> w.script().installPlugin(jar));
    }

    /** Gogo {@code candela:uninstall com.example.momentum}: what File ▸ Plugins… ▸ Uninstall does. */
    public String uninstall(String symbolicName) {
        return call(w -> w.script().uninstallPlugin(symbolicName));
    }

    /** Gogo {@code candela:series}: one line per series of the open chart, with its pane. */
    public List<String> series() {
        return call(w -> w.script().seriesLines());
    }

    /** Gogo {@code candela:add sma length=50} or {@code candela:add "ema(9,source=rsi(14))"}: adds an indicator. */
    public String add(String id, String... parameters) {
        return call(w -> w.script().addIndicator(id, parameters));
    }

    /** Gogo {@code candela:open kraken ETH/USD [5m]}: opens a symbol of a connector, as the Chart menu does. */
    public String open(String connector, String symbol, String... timeframe) {
        return call(w -> w.script().open(connector, symbol, timeframe.length == 0 ? null : timeframe[0]));
    }

    /**
     * Gogo {@code candela:workspace}: the file the window saves into; {@code candela:workspace open FILE} and
     * {@code candela:workspace saveas FILE} do what File ▸ Open Workspace… and Save Workspace As… do.
     */
    public String workspace(String... args) {
        return call(w -> {
            if (args.length == 2 && args[0].equals("open")) w.restore().open(java.nio.file.Path.of(args[1]).toAbsolutePath());
            else if (args.length == 2 && args[0].equals("new")) w.restore().create(java.nio.file.Path.of(args[1]).toAbsolutePath());
            else if (args.length == 2 && args[0].equals("saveas")) w.restore().saveAs(java.nio.file.Path.of(args[1]).toAbsolutePath());
            else if (args.length != 0) throw new IllegalArgumentException("usage: candela:workspace [new FILE | open FILE | saveas FILE]");
            return w.workspace().file().toString();
        });
    }

    /** Gogo {@code candela:layout 2x2}: View ▸ Layout (1, 1x2, 2x1, 2x2, 1+3). */
    public String layout(String name) {
        return call(w -> {
            w.setLayout(name);
            return "layout " + w.tiles().layout();
        });
    }

    /** Gogo {@code candela:focus 2}: the second tile takes the focus (menus and commands act on it). */
    public String focus(int tile) {
        return call(w -> {
            var all = w.tiles().all();
            if (tile < 1 || tile > all.size()) throw new IllegalArgumentException("tile " + tile + " of " + all.size());
            w.tiles().focus(all.get(tile - 1));
            return "focus " + tile + ": " + w.script().describe();
        });
    }

    /**
     * Gogo {@code candela:watch}: the watchlist's rows; {@code candela:watch add kraken ETH/USD},
     * {@code candela:watch remove N}, {@code candela:watch open N} (a click on row N), {@code candela:watch move N M}.
     */
    public List<String> watch(String... args) {
        return call(w -> {
            WatchlistView v = w.watchlist();
            if (args.length == 3 && args[0].equals("add")) {
                var c = w.connector(args[1]);
                if (c == null) throw new IllegalArgumentException("no connector '" + args[1] + "' is installed");
                v.add(c, args[2]);
                w.showWatchlist(true);
            } else if (args.length == 2 && args[0].equals("remove")) {
                v.remove(Integer.parseInt(args[1]) - 1);
            } else if (args.length == 2 && args[0].equals("open")) {
                v.openRow(Integer.parseInt(args[1]) - 1);
            } else if (args.length == 3 && args[0].equals("move")) {
                v.move(Integer.parseInt(args[1]) - 1, Integer.parseInt(args[2]) - 1);
            } else if (args.length != 0) {
                throw new IllegalArgumentException("usage: candela:watch [add CONNECTOR SYMBOL | remove N | open N | move N M]");
            }
            return v.lines();
        });
    }

    /**
     * Gogo {@code candela:link 1}: the focused tile joins link group 1 (0: none); View ▸ Link Group. {@code
     * candela:link scroll on|off}: linked charts scroll together.
     */
    public String link(String what, String... on) {
        return call(w -> {
            if (what.equals("scroll") && on.length == 1) {
                w.links().setRange(on[0].equals("on"));
                return "linked scrolling " + (w.links().range() ? "on" : "off");
            }
            int group = Integer.parseInt(what);
            w.link(group);
            return "link " + group + ": " + w.script().describe();
        });
    }

    /**
     * Gogo {@code candela:tab}: the focused tile's tabs; {@code candela:tab 2} shows the second, {@code
     * candela:tab new replay ETH/USD [5m]} opens a tab (Chart ▸ New Tab…), {@code candela:tab close 2} closes one.
     */
    public List<String> tab(String... args) {
        return call(w -> w.script().tab(args));
    }

    /**
     * Gogo {@code candela:draw}: the focused chart's drawings in their text form; {@code candela:draw
     * "hline(20500)"} adds one; {@code candela:draw delete 2}, {@code select 2}, {@code undo}, {@code redo}, {@code at 2}.
     */
    public List<String> draw(String... args) {
        return call(w -> w.script().draw(args));
    }

    /**
     * Gogo {@code candela:alert}: the alerts, one a line; {@code candela:alert add close crosses 21450} adds one on
     * the focused chart; {@code on N}, {@code off N}, {@code delete N}, {@code mode N on bar close}, {@code move N
     * PRICE}; {@code log} (the firings as JSON), {@code popups} (the notifications shown).
     */
    public List<String> alert(String... args) {
        return call(w -> w.script().alert(args));
    }

    /** Gogo {@code candela:charts}: one line per tile, in order, the focused one marked with *. */
    public List<String> charts() {
        return call(w -> w.script().tileLines());
    }

    /** Gogo {@code candela:theme light}: View ▸ Theme. */
    public String theme(String name) {
        return call(w -> {
            w.setTheme(org.candela.chart.model.Theme.named(name));
            return "theme " + w.theme().name();
        });
    }

    /** Gogo {@code candela:status}: the status bar's text, then the warnings shown since start, one a line. */
    public List<String> status() {
        return call(w -> {
            List<String> lines = new java.util.ArrayList<>(List.of(w.statusText()));
            lines.addAll(w.warnings());
            return lines;
        });
    }

    /** Gogo {@code candela:remove sma(50)}: removes an indicator from the open chart. */
    public String remove(String shortName) {
        return call(w -> w.script().removeIndicator(shortName));
    }

    private <T> T call(java.util.function.Function<WorkbenchWindow, T> action) {
        Display d = display;
        if (d == null || d.isDisposed()) throw new IllegalStateException("the workstation window is not open");
        Object[] result = new Object[1];
        RuntimeException[] failure = new RuntimeException[1];
        d.syncExec(() -> {
            WorkbenchWindow w = window;
            if (w == null || w.isDisposed()) {
                failure[0] = new IllegalStateException("the workstation window is not open");
                return;
            }
            try {
                result[0] = action.apply(w);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) throw failure[0];
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private void onUi(java.util.function.Consumer<WorkbenchWindow> action) {
        Display d = display;
        if (d == null || d.isDisposed()) return;
        try {
            d.asyncExec(() -> {
                WorkbenchWindow w = window;
                if (w != null && !w.isDisposed()) action.accept(w);
            });
        } catch (org.eclipse.swt.SWTException e) {
            // display disposed meanwhile
        }
    }
}
