/**
 * The indicator SPI: what an indicator plugin implements.
 *
 * <p>An indicator is a DS component providing {@link org.candela.indicator.api.Indicator}: a
 * {@link org.candela.indicator.api.IndicatorDescriptor} (name, parameters, outputs, placement) and a factory
 * of streaming {@link org.candela.indicator.api.IndicatorComputation}s. The host owns everything drawn:
 * a plugin returns numbers, never GL or SWT resources.
 *
 * <pre>{@code
 * @Component(service = Indicator.class)
 * public final class Momentum implements Indicator {
 *     static final IndicatorDescriptor DESCRIPTOR = IndicatorDescriptor.builder("momentum", "Momentum")
 *             .group("Momentum")
 *             .parameter(ParameterSpec.integer("length", "Length", 10, 1, 500))
 *             .output(OutputSpec.line("value", "Momentum", 0xFF2962FF))
 *             .placement(Placement.PANE)
 *             .build();
 *
 *     public IndicatorDescriptor descriptor() { return DESCRIPTOR; }
 *
 *     public IndicatorComputation create(ParameterValues p) {
 *         int length = p.getInt("length");
 *         return new MomentumComputation(length); // streaming, O(1) per tick
 *     }
 * }
 * }</pre>
 *
 * <p>1.1.0 added {@link org.candela.indicator.api.IndicatorComputation#batch} (history in one call; the
 * default feeds {@code update}), {@link org.candela.indicator.api.IndicatorDescriptor#version()} and the
 * {@code dots} and {@code band} output styles. docs/PLUGINS.md walks through writing, testing and installing
 * a plugin.
 */
@Export
@Version("1.1.0")
package org.candela.indicator.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
