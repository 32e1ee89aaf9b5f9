package org.candela.ui;

import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.IndicatorComputation;
import org.candela.indicator.api.IndicatorDescriptor;
import org.candela.indicator.api.ParameterValues;

/**
 * An indicator service as the window knows it: its descriptor asked once, when the service arrived (on
 * SCR's thread), so that menus, dialogs and the parser never call the plugin on the UI thread.
 * {@link #create} is called by the indicator's own thread only ({@code IndicatorLane}).
 */
record DescribedIndicator(Indicator service, IndicatorDescriptor descriptor) implements Indicator {

    /** Asks {@code service} for its descriptor; throws with the reason when the plugin cannot give one. */
    static DescribedIndicator of(Indicator service) {
        IndicatorDescriptor d;
        try {
            d = service.descriptor();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("its descriptor() threw " + e, e);
        }
        if (d == null) throw new IllegalStateException("its descriptor() returned null");
        return new DescribedIndicator(service, d);
    }

    @Override
    public IndicatorComputation create(ParameterValues parameters) {
        return service.create(parameters);
    }
}
