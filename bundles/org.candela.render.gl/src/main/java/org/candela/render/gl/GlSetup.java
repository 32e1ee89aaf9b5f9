package org.candela.render.gl;

import com.jogamp.opengl.GLProfile;

/**
 * One-time JOGL start-up. Call it early and off the UI thread: it is the largest start-up cost (0.5–1.5 s).
 * Candela draws with desktop GL 3.3 only, so the probe of OpenGL ES over EGL is switched off: under Xvfb it
 * fails and JOGL prints the (handled) exception to stderr.
 */
public final class GlSetup {

    private GlSetup() {
    }

    public static void initialize() {
        if (System.getProperty("jogl.disable.opengles") == null) System.setProperty("jogl.disable.opengles", "true");
        GLProfile.initSingleton();
    }
}
