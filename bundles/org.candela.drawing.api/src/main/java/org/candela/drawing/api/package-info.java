/**
 * The drawing tool SPI: what a drawing tool plugin implements (trend lines, Fibonacci retracements, a Gann fan…).
 *
 * <p>A drawing tool is a DS component providing {@link org.candela.drawing.api.DrawingTool}, shaped like an
 * indicator: a {@link org.candela.drawing.api.ToolDescriptor} (id, name, how many anchors the user places,
 * typed properties the properties dialog is generated from) and a pure function from anchors and properties
 * to shapes in chart coordinates — times and prices, never pixels. The host converts the shapes to pixels at
 * every frame (so a drawing stays put through zoom, pan, log and percent scales, and a timeframe change), hit
 * tests them, and draws them; a tool owns no GL or SWT resource and its code never runs on the UI thread.
 *
 * <pre>{@code
 * @Component(service = DrawingTool.class)
 * public final class HorizontalLine implements DrawingTool {
 *     static final ToolDescriptor DESCRIPTOR = ToolDescriptor.builder("hline", "Horizontal Line")
 *             .group("Lines")
 *             .anchors(1)
 *             .property(PropertySpec.color("color", "Colour", 0xFF2962FF))
 *             .property(PropertySpec.width("width", "Width", 1))
 *             .property(PropertySpec.style("style", "Style", LineStyle.SOLID))
 *             .build();
 *
 *     public ToolDescriptor descriptor() { return DESCRIPTOR; }
 *
 *     public void shapes(List<Anchor> anchors, PropertyValues p, ChartData chart, ShapeSink out) {
 *         double price = anchors.get(0).price();
 *         out.line(anchors.get(0).time(), price, anchors.get(0).time() + chart.barMillis(), price,
 *                 p.getColor("color"), p.getInt("width"), p.getStyle("style"), true, true);
 *         out.text(anchors.get(0).time(), price, String.valueOf(price), p.getColor("color"), ShapeSink.Align.ABOVE_LEFT);
 *     }
 * }
 * }</pre>
 *
 * <p>The same drawing is written as text by the workspace file, the Gogo shell and the command line:
 * {@code hline(20500)}, {@code trend(2026-11-30T10:00Z 20400, 2026-11-30T14:00Z 20600, color=#F23645)} — the
 * tool's id, its anchors ({@code TIME PRICE}, or only a price or a time where the tool needs only that) and
 * {@code key=value} properties. docs/DRAWINGS.md has the built-in tools and an example external tool project.
 */
@Export
@Version("1.0.0")
package org.candela.drawing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
