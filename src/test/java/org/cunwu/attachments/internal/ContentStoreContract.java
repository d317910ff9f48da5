package org.cunwu.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What every {@link ContentStore} does, whatever keeps the bytes: run against each implementation. */
abstract class ContentStoreContract {

    abstract ContentStore store();

    @Test
    void keepsTheBytesItIsGivenAcrossSeveralChunksAndForgetsThemWhenDeleted() throws Exception {
        byte[] content = new byte[DatabaseContentStore.CHUNK * 2 + 12_345];
        new Random(15).nextBytes(content);
        String key = UUID.randomUUID().toString();
        store().put(key, new ByteArrayInputStream(content), content.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(store().copyTo(key, out)).isTrue();
        assertThat(out.toByteArray()).isEqualTo(content);
        store().delete(key);
        assertThat(store().copyTo(key, new ByteArrayOutputStream())).isFalse();
    }

    @Test
    void keepsAnEmptyFileAndAFileOfExactlyOneChunk() throws Exception {
        for (int size : new int[] {0, DatabaseContentStore.CHUNK}) {
            byte[] content = new byte[size];
            new Random(size).nextBytes(content);
            String key = UUID.randomUUID().toString();
            store().put(key, new ByteArrayInputStream(content), size);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(store().copyTo(key, out)).as("size " + size).isTrue();
            assertThat(out.toByteArray()).isEqualTo(content);
            store().delete(key);
        }
    }

    @Test
    void knowsNothingOfAnUnknownKey() throws Exception {
        assertThat(store().copyTo(UUID.randomUUID().toString(), new ByteArrayOutputStream())).isFalse();
        store().delete(UUID.randomUUID().toString());
    }
}
