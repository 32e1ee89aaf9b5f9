package org.candela.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A vertex buffer refilled every frame, with its CPU staging buffer and a copy of what the GPU holds. Only
 * the range that differs from the last frame is uploaded: a frame whose layer did not change uploads
 * nothing, and a tick that moves one candle uploads that candle; separate changed runs (a legend value, a price tag) are
 * sent separately. Buffers grow by doubling and are reused,
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
        if (bytes > gpuCapacity) {
            gpuCapacity = Math.max(bytes, gpuCapacity * 2);
            gl.glBufferData(GL3.GL_ARRAY_BUFFER, gpuCapacity, null, GL3.GL_DYNAMIC_DRAW);
            return send(0, bytes, bytes);
        }
        // bytes past what the GPU held are new; before that, only the runs that differ are sent
        int common = Math.min(bytes, uploadedBytes);
        int sent = send(common, bytes, bytes), at = 0;
        while (at < common) {
            int first = differs(at, common);
            if (first < 0) break;
            int end = first - first % CHUNK;
            do end = Math.min(common, end + CHUNK); while (end < common && !same(end, Math.min(common, end + CHUNK)));
            sent += send(first, end, bytes);
            at = end;
        }
        return sent;
    }

    /** Bytes compared at a time: changed runs closer than this are sent as one. */
    private static final int CHUNK = 256;

    /** The first byte at or after {@code from} (before {@code to}) that differs from the GPU's copy, or -1. */
    private int differs(int from, int to) {
        staging.limit(to).position(from);
        uploaded.limit(to).position(from);
        int m = staging.mismatch(uploaded);
        return m < 0 ? -1 : from + m;
    }

    private boolean same(int from, int to) {
        return differs(from, to) < 0;
    }

    /** Uploads bytes {@code from..to} of the staging buffer and remembers them; returns the bytes sent. */
    private int send(int from, int to, int bytes) {
        if (to > from) {
            staging.limit(to).position(from);
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
