package org.candela.render.gl;

import com.jogamp.opengl.GL3;

/**
 * What every pass shares: a shader program with {@code viewport} and {@code offsetX} uniforms, a vertex
 * buffer per layer ({@link Slots}), and the upload-then-draw step.
 */
abstract class Pass implements AutoCloseable {

    protected final GL3 gl;
    protected final ShaderProgram program;
    protected final Slots slots;
    private final int uViewport, uOffset;
    /** Pixels the current layer is shifted right (plot layers past a left axis). */
    float offsetX;

    Pass(GL3 gl, String vertexShader, String fragmentShader, int stride, Slots.Attributes attributes,
            QuadIndices indices) {
        this.gl = gl;
        program = new ShaderProgram(gl, vertexShader, fragmentShader);
        uViewport = program.uniform("viewport");
        uOffset = program.uniform("offsetX");
        slots = new Slots(gl, stride, attributes, indices);
    }

    /**
     * Uploads what changed in the slot's staged vertices, binds the program and vertex array, and lets
     * {@code issue} make the draw call for {@code primitives} primitives.
     */
    protected final void draw(Slots.Slot slot, int primitives, int w, int h, FrameStats stats, Runnable issue) {
        stats.bytesUploaded += slot.vertices().upload();
        gl.glUseProgram(program.id);
        gl.glUniform2f(uViewport, w, h);
        gl.glUniform1f(uOffset, offsetX);
        bindExtras();
        gl.glBindVertexArray(slot.vao());
        issue.run();
        gl.glBindVertexArray(0);
        stats.drawCalls++;
        stats.instances += primitives;
    }

    /** Binds what the pass needs besides its program (a texture). */
    protected void bindExtras() {
    }

    @Override
    public void close() {
        program.close();
        slots.close();
    }
}
