package org.candela.render.gl;

import com.jogamp.nativewindow.util.Dimension;
import com.jogamp.nativewindow.util.PixelFormat;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;
import com.jogamp.opengl.util.PNGPixelRect;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.candela.chart.draw.DrawList;

/**
 * A GL 3.3 core framebuffer with no window, for {@code --snapshot}, benchmarks and pixel tests. Uses the
 * same {@link ChartRenderer} as the window. Needs an X display (JOGL 2.3.2 is GLX only): Xvfb will do.
 *
 * <pre>{@code
 * try (OffscreenCanvas c = new OffscreenCanvas(1280, 720, atlas)) {
 *     c.render(drawList);
 *     c.writePng(Path.of("chart.png"));
 * }
 * }</pre>
 */
public final class OffscreenCanvas implements AutoCloseable {

    private final int width, height;
    private final GLOffscreenAutoDrawable drawable;
    private final ChartRenderer renderer;
    private final ByteBuffer pixels;

    public OffscreenCanvas(int width, int height, GlyphAtlas atlas) {
        if (!GlSetup.initialize()) throw new IllegalStateException("no OpenGL 3.3 core profile on this display");
        this.width = width;
        this.height = height;
        GLProfile profile = GLProfile.get(GLProfile.GL3);
        GLCapabilities caps = new GLCapabilities(profile);
        caps.setOnscreen(false);
        caps.setFBO(true);
        caps.setDoubleBuffered(false);
        caps.setAlphaBits(8);
        drawable = GLDrawableFactory.getFactory(profile).createOffscreenAutoDrawable(null, caps, null, width, height);
        drawable.display();
        GLContext ctx = drawable.getContext();
        ctx.makeCurrent();
        try {
            renderer = new ChartRenderer(ctx.getGL().getGL3(), atlas);
        } finally {
            ctx.release();
        }
        pixels = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder());
    }

    /** True when GL can be had here (an X display and a GL 3.3 driver). Never throws. */
    public static boolean available() {
        try {
            if (System.getenv("DISPLAY") == null) return false;
            return GlSetup.initialize();
        } catch (Throwable t) {
            return false;
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public ChartRenderer renderer() {
        return renderer;
    }

    /** Draws the frame and waits for the GPU to finish it, without reading it back (benchmarks). */
    public void draw(DrawList list) {
        GLContext ctx = drawable.getContext();
        ctx.makeCurrent();
        try {
            renderer.draw(list);
            ctx.getGL().glFinish();
        } finally {
            ctx.release();
        }
    }

    /** Draws the frame and reads it back. */
    public void render(DrawList list) {
        GLContext ctx = drawable.getContext();
        ctx.makeCurrent();
        try {
            GL3 gl = ctx.getGL().getGL3();
            renderer.draw(list);
            gl.glFinish();
            pixels.clear();
            gl.glPixelStorei(GL3.GL_PACK_ALIGNMENT, 1);
            gl.glReadPixels(0, 0, width, height, GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE, pixels);
        } finally {
            ctx.release();
        }
    }

    /** The colour {@code 0xAARRGGBB} at (x, y) from the top left of the last frame rendered. */
    public int argb(int x, int y) {
        int o = ((height - 1 - y) * width + x) * 4;
        return ((pixels.get(o + 3) & 255) << 24) | ((pixels.get(o) & 255) << 16) | ((pixels.get(o + 1) & 255) << 8)
                | (pixels.get(o + 2) & 255);
    }

    /** Writes the last frame as an opaque PNG. */
    public void writePng(Path file) throws IOException {
        writePng(file, pixels, width, height);
    }

    /**
     * Copies the last frame into {@code target}, a picture of {@code targetWidth}×{@code targetHeight} in this
     * canvas's layout (RGBA rows, bottom row first), with this frame's top left corner at (x, y) from the top
     * left: one tile of a larger picture (a workspace's snapshot).
     */
    public void copyInto(ByteBuffer target, int targetWidth, int targetHeight, int x, int y) {
        for (int row = 0; row < height; row++) { // row 0 is the bottom one
            int targetRow = targetHeight - y - height + row;
            if (targetRow < 0 || targetRow >= targetHeight) continue;
            int n = Math.min(width, targetWidth - x) * 4;
            if (n <= 0) return;
            ByteBuffer src = pixels.duplicate();
            src.position(row * width * 4).limit(row * width * 4 + n);
            ByteBuffer dst = target.duplicate();
            dst.position((targetRow * targetWidth + x) * 4);
            dst.put(src);
        }
    }

    /** A picture in this canvas's layout (see {@link #copyInto}) as an opaque PNG, written whole, then moved. */
    public static void writePng(Path file, ByteBuffer rgba, int width, int height) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        rgba.rewind();
        PNGPixelRect png = new PNGPixelRect(PixelFormat.RGBA8888, new Dimension(width, height), width * 4, true, rgba, 96, 96);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".part"); // never half a picture
        try (OutputStream out = Files.newOutputStream(tmp)) {
            png.write(out, false);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        GLContext ctx = drawable.getContext();
        if (ctx.makeCurrent() != GLContext.CONTEXT_NOT_CURRENT) {
            renderer.close();
            ctx.release();
        }
        drawable.destroy();
    }
}
