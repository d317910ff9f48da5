package org.cunwu.attachments.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The S3-compatible store against the same contract, where an endpoint is configured: {@code CUNWU_TEST_S3_ENDPOINT}
 * (e.g. {@code http://127.0.0.1:9000} for a local MinIO), {@code CUNWU_TEST_S3_BUCKET} (an existing bucket),
 * {@code CUNWU_TEST_S3_ACCESS_KEY}, {@code CUNWU_TEST_S3_SECRET_KEY}.
 */
@EnabledIfEnvironmentVariable(named = "CUNWU_TEST_S3_ENDPOINT", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ContentStoreTests extends ContentStoreContract {

    S3ContentStore store;

    @BeforeAll
    void connect() {
        AttachmentProperties.S3 config = new AttachmentProperties.S3(System.getenv("CUNWU_TEST_S3_ENDPOINT"), System.getenv("CUNWU_TEST_S3_REGION"),
                System.getenv("CUNWU_TEST_S3_BUCKET"), System.getenv("CUNWU_TEST_S3_ACCESS_KEY"), System.getenv("CUNWU_TEST_S3_SECRET_KEY"), true);
        store = new S3ContentStore(S3ContentStore.client(config), config.bucket());
    }

    @AfterAll
    void close() {
        store.destroy();
    }

    @Override
    ContentStore store() {
        return store;
    }
}
