package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * The running workstation window picks up a plugin dropped into plugins/, can chart it, and drops its
 * series and pane when the jar is deleted. Driven through the workbench's Gogo commands.
 */
class WorkbenchHotInstallTest {

    @TempDir
    static Path work;
    private static Framework framework;
    private static Object commands;

    @BeforeAll
    static void start() throws Exception {
        Product.requireDisplay();
        framework = Felix.start(work, "gui");
        Felix.await(() -> commands() != null, "the workbench commands");
        commands = commands();
        Felix.await(WorkbenchHotInstallTest::chartOpen, "the default chart to open");
    }

    @AfterAll
    static void stop() throws Exception {
        Felix.stop(framework);
    }

    @Test
    void droppedIndicatorCanBeChartedAndLeavesTheChartWhenDeleted() throws Exception {
        assertTrue(series().contains("pane 0: SMA(20)"), "the default layout: " + series());
        String chart = call("chart").toString();
        assertTrue(chart.matches("BTC/USD · 1m · Replay: 10000[0-9] bars, 2 panes, 1 indicators, LIVE"), chart);

        Path jar = work.resolve("plugins/momentum.jar");
        Files.copy(Product.exampleJar(), jar);
        Felix.await(() -> tryAdd("momentum"), "momentum to be offered");
        assertTrue(series().contains("pane 2: MOMENTUM(10)"), series().toString());

        Files.delete(jar);
        Felix.await(() -> !series().toString().contains("MOMENTUM"), "the momentum series to leave the chart");
        assertEquals(List.of("pane 0: BTC/USD · 1m · Replay", "pane 0: SMA(20)", "pane 1: Vol"), series());
        assertTrue(call("chart").toString().contains("2 panes"), call("chart").toString());
    }

    @Test
    void addingAnUnknownIndicatorOrABadParameterIsAClearError() {
        assertEquals("no indicator 'nope' is installed", failure("add", "nope", new String[0]));
        assertEquals("sma.length must be between 1 and 5000, was 0", failure("add", "sma", new String[] {"length=0"}));
    }

    @SuppressWarnings("unchecked")
    private static List<String> series() {
        return (List<String>) call("series");
    }

    private static boolean chartOpen() {
        try {
            return !call("chart").toString().startsWith("no chart");
        } catch (IllegalStateException windowNotYetOpen) {
            return false;
        }
    }

    private static boolean tryAdd(String id) {
        try {
            call("add", id, new String[0]);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Object commands() {
        try {
            ServiceReference<?>[] refs = framework.getBundleContext().getAllServiceReferences(null, "(osgi.command.scope=candela)");
            return refs == null ? null : framework.getBundleContext().getService(refs[0]);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Object call(String name, Object... args) {
        try {
            for (Method m : commands.getClass().getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length) return m.invoke(commands, args);
            }
            throw new AssertionError("no command " + name);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static String failure(String name, Object... args) {
        try {
            call(name, args);
            throw new AssertionError("expected a failure");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return e.getMessage();
        }
    }
}
