package org.cunwu.attachments.internal;

import org.assertj.core.api.Assertions;
import org.cunwu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The content store the portal uses by default, PostgreSQL, against the store's contract. */
@IntegrationTest
class DatabaseContentStoreTests extends ContentStoreContract {

    @Autowired
    ContentStore store;

    @Override
    ContentStore store() {
        return store;
    }

    @Test
    void theDefaultStoreIsTheDatabase() {
        Assertions.assertThat(store).isInstanceOf(DatabaseContentStore.class);
    }
}
