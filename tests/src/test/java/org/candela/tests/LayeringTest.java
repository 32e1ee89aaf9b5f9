package org.candela.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/ARCHITECTURE.md, checked on the built bundles' Import-Package headers: the model
 * imports no SWT and no JOGL, the renderer no SWT, and plugins nothing of Candela but the API packages.
 */
class LayeringTest {

    @Test
    void chartModelImportsNoUiToolkitAndNoGl() throws IOException {
        List<String> imports = imports(bundle("org.candela.chart"));
        assertFalse(imports.isEmpty());
        for (String p : imports) {
            assertFalse(p.startsWith("org.eclipse.swt") || p.startsWith("com.jogamp") || p.startsWith("java.awt"),
                    "the chart model imports " + p);
        }
    }

    @Test
    void rendererImportsNoSwt() throws IOException {
        for (String p : imports(bundle("org.candela.render.gl"))) {
            assertFalse(p.startsWith("org.eclipse.swt"), "the renderer imports " + p);
        }
    }

    @Test
    void apiBundlesDependOnNothingButJava() throws IOException {
        for (String api : List.of("org.candela.indicator.api", "org.candela.marketdata.api", "org.candela.drawing.api")) {
            for (String p : imports(bundle(api))) assertTrue(p.startsWith("java."), api + " imports " + p);
        }
    }

    @Test
    void pluginsImportOnlyApiPackages() throws IOException {
        List<Path> plugins = new ArrayList<>();
        for (Path b : Product.bundles()) {
            String n = b.getFileName().toString();
            if (n.startsWith("org.candela.indicators.") || n.startsWith("org.candela.drawings.") || n.startsWith("org.candela.connector.")) {
                plugins.add(b);
            }
        }
        plugins.add(Product.exampleJar());
        plugins.add(Product.exampleConnectorJar());
        plugins.add(Product.exampleToolJar());
        assertEquals(9, plugins.size(), "built-in indicators and drawing tools, the replay, Kraken, Binance and Coinbase connectors and the examples: "
                + plugins);
        for (Path plugin : plugins) {
            for (String p : imports(plugin)) {
                // the API packages, the connector SDK's support package, and third-party libraries that are
                // not a UI toolkit or GL: nothing of the workstation's own internals
                boolean candela = p.startsWith("org.candela.");
                boolean allowed = candela ? p.endsWith(".api") || p.equals("org.candela.marketdata.support")
                        : !(p.startsWith("org.eclipse.swt") || p.startsWith("com.jogamp") || p.startsWith("java.awt"));
                assertTrue(allowed, plugin.getFileName() + " imports " + p + ": plugins may use only API (and SDK) packages");
            }
        }
    }

    @Test
    void everyJarOfTheProductIsABundleWithAName() throws IOException {
        for (Path b : Product.bundles()) {
            try (JarFile j = new JarFile(b.toFile())) {
                String name = j.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                assertTrue(name != null && !name.isBlank(), b.getFileName() + " is not an OSGi bundle");
            }
        }
    }

    private static Path bundle(String symbolicName) throws IOException {
        for (Path b : Product.bundles()) if (b.getFileName().toString().startsWith(symbolicName + "-")) return b;
        throw new AssertionError("no bundle " + symbolicName);
    }

    static List<String> imports(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            String header = j.getManifest().getMainAttributes().getValue("Import-Package");
            List<String> out = new ArrayList<>();
            if (header == null) return out;
            // split on commas outside quotes
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') quoted = !quoted;
                if (c == ',' && !quoted) {
                    out.add(cur.toString().split(";")[0].trim());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            if (cur.length() > 0) out.add(cur.toString().split(";")[0].trim());
            return out;
        }
    }
}
