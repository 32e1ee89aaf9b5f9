package org.candela.indicator.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An indicator service. Register one per indicator; the workstation lists every registered service in its
 * indicator menu, and removes the series of a service that goes away.
 *
 * <pre>{@code
 * Indicator sma = ...; // from the service registry
 * IndicatorComputation c = sma.create(ParameterValues.defaults(sma.descriptor()).with("length", 50));
 * }</pre>
 */
@ConsumerType
public interface Indicator {

    /** What the indicator is, its parameters and its outputs. Must return the same value every time. */
    IndicatorDescriptor descriptor();

    /**
     * A new, independent computation for these (already validated) parameter values.
     *
     * @throws IllegalArgumentException if the values make no sense together
     */
    IndicatorComputation create(ParameterValues parameters);
}
