package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.cunwu.TestDatabaseConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Flyway builds the whole schema in an empty database, Hibernate validates against it, and every foreign key is indexed. */
@DataJpaTest
// the configured PostgreSQL is no service connection, so tell the slice not to swap it for an embedded one
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class DatabaseSchemaTests {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliedToAnEmptySchema() {
        var applied = Arrays.asList(flyway.info().applied());
        assertThat(applied).isNotEmpty();
        assertThat(applied).allMatch(m -> m.getState() == MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void everyForeignKeyHasAnIndexStartingWithIt() {
        List<String> unindexed = jdbc.queryForList("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                """, String.class);
        assertThat(unindexed).isEmpty();
    }

    @Test
    void villageNameSearchHasATrigramIndex() {
        Integer count = jdbc.queryForObject("""
                select count(*) from pg_indexes where schemaname = current_schema() and indexname = 'village_name_trgm_idx'
                """, Integer.class);
        assertThat(count).isEqualTo(1);
    }
}
