package org.cunwu.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where attachments' bytes live, by key: PostgreSQL by default ({@link DatabaseContentStore}), or an S3-compatible object
 * store ({@link S3ContentStore}, {@code cunwu.attachments.store=s3}). Both stream: no implementation holds a whole file in
 * memory.
 */
public interface ContentStore {

    /** Keeps {@code length} bytes read from {@code content} under {@code key}. */
    void put(String key, InputStream content, long length) throws IOException;

    /** Writes the bytes kept under {@code key} to {@code out}; false when there are none. */
    boolean copyTo(String key, OutputStream out) throws IOException;

    /** Forgets the bytes kept under {@code key} (nothing when there are none). */
    void delete(String key) throws IOException;
}
