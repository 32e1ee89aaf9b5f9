package org.candela.render.gl;

import com.jogamp.opengl.GLProfile;
import java.util.logging.Logger;

/**
 * One-time JOGL start-up. Call it early and off the UI thread: it is the largest start-up cost (0.5–1.5 s).
 * Candela draws with desktop GL 3.3 only, so the probe of OpenGL ES over EGL is switched off: under Xvfb it
 * fails and JOGL prints the (handled) exception to stderr. JOGL's probe of the X server now and then fails to
 * connect under load (seen with Xvfb); it is then shut down and tried again, up to three times.
 */
public final class GlSetup {

    private static final Logger LOG = Logger.getLogger(GlSetup.class.getName());
    private static boolean ready;

    private GlSetup() {
    }

    /** Initialises JOGL; returns whether a GL 3.3 core profile is available. */
    public static synchronized boolean initialize() {
        if (ready) return true;
        if (System.getProperty("jogl.disable.opengles") == null) System.setProperty("jogl.disable.opengles", "true");
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                GLProfile.initSingleton();
                if (GLProfile.isAvailable(GLProfile.GL3)) {
                    ready = true;
                    return true;
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.warning("GL start-up failed (attempt " + attempt + "): " + e);
            }
            GLProfile.shutdown();
            try {
                Thread.sleep(200L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
