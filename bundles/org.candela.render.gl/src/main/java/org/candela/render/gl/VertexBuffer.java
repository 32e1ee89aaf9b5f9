package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A vertex buffer refilled every frame, with its CPU staging buffer and a copy of what the GPU holds. Only
 * the range that differs from the last frame is uploaded: a frame whose layer did not change uploads
 * nothing, and a tick that moves one candle uploads that candle. Buffers grow by doubling and are reused,
 * so a steady frame allocates nothing.
 */
final class VertexBuffer implements AutoCloseable {

    private final GL3 gl;
    final int id;
    private final int stride;
    private ByteBuffer staging;
    private ByteBuffer uploaded;
    private int uploadedBytes;
    private int gpuCapacity;

    VertexBuffer(GL3 gl, int stride) {
        this.gl = gl;
        this.stride = stride;
        int[] ids = new int[1];
        gl.glGenBuffers(1, ids, 0);
        id = ids[0];
        staging = ByteBuffer.allocateDirect(stride * 1024).order(ByteOrder.nativeOrder());
        uploaded = ByteBuffer.allocateDirect(stride * 1024).order(ByteOrder.nativeOrder());
    }

    /** The staging buffer, cleared and big enough for {@code vertices}. */
    ByteBuffer begin(int vertices) {
        int need = vertices * stride;
        if (staging.capacity() < need) {
            staging = ByteBuffer.allocateDirect(Integer.highestOneBit(need) * 2).order(ByteOrder.nativeOrder());
        }
        staging.clear();
        return staging;
    }

    /** Uploads what was written since {@link #begin} and differs from the GPU's copy; returns the bytes sent. */
    int upload() {
        int bytes = staging.position();
        staging.flip();
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, id);
        boolean full = bytes != uploadedBytes;
        if (bytes > gpuCapacity) {
            gpuCapacity = Math.max(bytes, gpuCapacity * 2);
            gl.glBufferData(GL3.GL_ARRAY_BUFFER, gpuCapacity, null, GL3.GL_DYNAMIC_DRAW);
            full = true;
        }
        int from = 0, to = bytes;
        if (!full) {
            uploaded.clear().limit(bytes);
            int first = staging.mismatch(uploaded);
            if (first < 0) return 0;
            int last = bytes - 1;
            while (last > first && staging.get(last) == uploaded.get(last)) last--;
            from = first / stride * stride;
            to = Math.min(bytes, (last / stride + 1) * stride);
        }
        if (to > from) {
            staging.position(from).limit(to);
            gl.glBufferSubData(GL3.GL_ARRAY_BUFFER, from, to - from, staging);
            remember(from, to);
        }
        uploadedBytes = bytes;
        return to - from;
    }

    /** Copies bytes {@code from..to} of the staging buffer into the GPU's copy. */
    private void remember(int from, int to) {
        if (uploaded.capacity() < staging.capacity()) {
            ByteBuffer bigger = ByteBuffer.allocateDirect(staging.capacity()).order(ByteOrder.nativeOrder());
            uploaded.clear().limit(uploadedBytes);
            bigger.put(uploaded);
            uploaded = bigger;
        }
        staging.position(from).limit(to);
        uploaded.clear().position(from);
        uploaded.put(staging);
    }

    static void putColor(ByteBuffer b, int argb) {
        b.put((byte) (argb >>> 16)).put((byte) (argb >>> 8)).put((byte) argb).put((byte) (argb >>> 24));
    }

    @Override
    public void close() {
        gl.glDeleteBuffers(1, new int[] {id}, 0);
    }
}
