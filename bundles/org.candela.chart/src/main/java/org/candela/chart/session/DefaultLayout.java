package org.candela.chart.session;

import java.util.Collection;
import org.candela.indicator.api.Indicator;
import org.candela.indicator.api.ParameterValues;

/** The chart a new workstation opens: candles with an SMA(20) overlay, and the volume pane below. */
public final class DefaultLayout {

    public static final String SMA_ID = "sma";
    public static final int SMA_LENGTH = 20;

    private DefaultLayout() {
    }

    /** Adds SMA(20) when an indicator with id {@code sma} is among {@code available}; returns whether it was. */
    public static boolean apply(ChartSession session, Collection<Indicator> available) {
        for (Indicator i : available) {
            if (SMA_ID.equals(i.descriptor().id())) {
                session.addIndicator(i, ParameterValues.defaults(i.descriptor()).with("length", SMA_LENGTH));
                return true;
            }
        }
        return false;
    }
}
