package org.cunwu.attachments;

import org.cunwu.IntegrationTest;
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

    @org.junit.jupiter.api.Test
    void theDefaultStoreIsTheDatabase() {
        org.assertj.core.api.Assertions.assertThat(store).isInstanceOf(DatabaseContentStore.class);
    }
}
