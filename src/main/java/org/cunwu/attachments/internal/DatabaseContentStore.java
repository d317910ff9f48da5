package org.cunwu.attachments.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attachments in PostgreSQL, in rows of {@link #CHUNK} bytes of table {@code attachment_chunk}: backups, replication and
 * a second instance of the portal need nothing else. A chunk is sent to the driver as a stream of known length (pgJDBC
 * then writes it to the socket without copying it) and read back one row per query, so a file's size never becomes
 * the application's memory.
 */
@Component
@ConditionalOnProperty(name = "cunwu.attachments.store", havingValue = "database", matchIfMissing = true)
class DatabaseContentStore implements ContentStore {

    static final int CHUNK = 256 * 1024;

    private final JdbcTemplate jdbc;

    DatabaseContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long left = length;
        int seq = 0;
        do {
            int n = content.readNBytes(buffer, 0, (int) Math.min(CHUNK, left));
            if (n == 0 && left > 0) {
                throw new IOException("content ended " + left + " bytes early");
            }
            int chunkLength = n;
            int chunkSeq = seq++;
            jdbc.update("insert into attachment_chunk (storage_key, seq, data) values (?, ?, ?)", ps -> {
                ps.setString(1, key);
                ps.setInt(2, chunkSeq);
                ps.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, chunkLength), chunkLength);
            });
            left -= n;
        } while (left > 0);
    }

    @Override
    public boolean copyTo(String key, OutputStream out) throws IOException {
        for (int seq = 0; ; seq++) {
            // one row per query: a fetch size would need a transaction held open for the whole download
            byte[][] chunk = new byte[1][];
            jdbc.query("select data from attachment_chunk where storage_key = ? and seq = ?", rs -> {
                chunk[0] = rs.getBytes(1);
            }, key, seq);
            if (chunk[0] == null) {
                return seq > 0;
            }
            out.write(chunk[0]);
        }
    }

    @Override
    public void delete(String key) {
        jdbc.update("delete from attachment_chunk where storage_key = ?", key);
    }
}
