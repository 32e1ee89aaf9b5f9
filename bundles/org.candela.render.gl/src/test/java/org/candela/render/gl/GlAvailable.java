package org.candela.render.gl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** GL tests need an X display. On a developer machine without one they skip; under CI they must run. */
final class GlAvailable {

    private GlAvailable() {
    }

    static void require() {
        boolean ok = OffscreenCanvas.available();
        if (System.getenv("CI") != null) {
            assertTrue(ok, "CI must provide an X display with GL 3.3 (run under xvfb-run): DISPLAY="
                    + System.getenv("DISPLAY"));
        }
        assumeTrue(ok, "no X display with GL 3.3; run under xvfb-run");
    }
}
