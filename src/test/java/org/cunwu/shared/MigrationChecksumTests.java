package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Landed migrations are never edited: Flyway refuses an edited one on a live database at start-up, and this test
 * says so before a deployment does. A new migration adds its line here; an edited one fails with its name.
 */
class MigrationChecksumTests {

    static final Map<String, String> LANDED = Map.ofEntries(
            Map.entry("V1__villages_accounts_history_sessions.sql", "481a3a31372bf7362f8e783451e59b0110080c80783ec25e551d0dd89e84d773"),
            Map.entry("V2__cadres.sql", "dc8c136bbb3ddb2981549a47897821bb89455a380e39bb1b21757ebf5f7b56b0"),
            Map.entry("V3__talent.sql", "0a05aee813d10e493483c0b5921666a6089587f9bbbcc5a73d6ffc13e3d9f542"),
            Map.entry("V4__projects.sql", "3a77942bdf3e72c74b77aaf14947de69f3b5651dac0567bdf3757280bffc846b"),
            Map.entry("V5__campaigns.sql", "2fe399fdce51ca5ee7a2ae06e6d4574015899a391e065b042dba1780730274d9"),
            Map.entry("V6__representatives_commitments.sql", "ec55ee8a1aace8d9e5602658cd67d1756fe80f2eaa13c75efc4f4af2ed5b3ff2"),
            Map.entry("V7__receptions_problems.sql", "003a5579c06207a0afb57c2533aa9123ac86a6333e538683ba9bb534701b9178"),
            Map.entry("V8__visits_points.sql", "04ca28ea57da5ceeb379957d9ac691785f5586736afe24176e67bcdcfdbb08e8"),
            Map.entry("V9__report_views.sql", "00d13383a672409aaeb9e108dcc55f8414d73103a05cb09fd94bb7354a58830e"),
            Map.entry("V10__report_village_profile.sql", "635d33790d8517cabc18972169cffff50217d7c1b78b5fc06b66e96f37da29bb"),
            Map.entry("V11__published_reports.sql", "2c97de2fc954dd465aee3da6d6daf72290dad989a831819810e6eed4136158fe"),
            Map.entry("V12__report_village_day_indexes.sql", "673455c628ee4c7f84b473c68b13a7a9e6684696a656bc0fe9bbed994a24db0d"),
            Map.entry("V13__published_report_publisher_name.sql", "a08ee5352d01990de76cda2d57f13361648427fa70f3e01fd47b13e3c3dbc92a"),
            Map.entry("V14__report_record_day.sql", "0088a52f33e49248ba4b364c583bb10688c916976f4513584c650a0e2082376a"),
            Map.entry("V15__account_must_change_password_audit_subject.sql", "3925d1b7e90295a7b8c89174562684466b70924a32169b1699503a3e1e562bc6"),
            Map.entry("V20__village_days_report_project_status.sql", "d7186eb5319dc9fcc79d8754200f0a0fec898c9b718136b7782ae76718a5e776"),
            Map.entry("V21__post_correction.sql", "ede536b5a56b60bae117765fb5017471e7e46ef35ac0f9a862aa7a187186525d"),
            Map.entry("V24__campaign_measures.sql", "e91401e423b66b13eda0f121b87543c816bffc49827ce32082945f40605b5a1a"),
            Map.entry("V40__inbox.sql", "435f3e5a819a6ae7bfd17b26aae370e629d1b93cc8943bf574352077ebfc0004"),
            Map.entry("V41__ledgers.sql", "d49797bf4364f0de04d1f484dad3a8f8bc30b9adb9c00d273a01257c641476b6"),
            Map.entry("V45__evaluations.sql", "d2e60761c78d911060f03b412b3bf77813b5f95f9912488638f93a0f7cf189bb"),

            Map.entry("V50__attachments.sql", "132d9d65268b67fe53e6b570ba0d8e34247f79ef0ad91b029092e3455d17d245"),
            Map.entry("V55__talent_enrollment_of_talents_history.sql", "e5cf3b377ce7ba48faff265e9ae9899966fa3cc1f908cc0026e142fb353d1abc"),
            Map.entry("V60__problem_list_order_index.sql", "d54fc92393414ed0a82c822697bf244781e0e05a9639eb686358280533437b2a"),
            Map.entry("V70__report_activity.sql", "ce22b3bc19760d1c2fa051af25c4c794a385e5b2aa1e0b27dc86768ecae07292"),
            Map.entry("V76__report_event_fact_pushdown.sql", "87c78f3e745a4206bf20f8a1b02fc7d58ad4290b0ea5bcdee1061f6292005682"),
            Map.entry("V80__report_event_month.sql", "1e22649aeb4dfba1e433c95e7d3473c2e01d364ec925784bdd9b0c55a490d20d"),
            Map.entry("V81__project_status_interval.sql", "c73b0ccbdc688375b25c4fb309c526d5b2d69e1f4bfa91dcdfa2a74b471284e7"),
            Map.entry("V82__report_rollups_rebuild.sql", "c518c42160ba54e921b30c13a93a3b5d53fcef011c714957375621485728f63f"),
            Map.entry("V85__village_short_text_search.sql", "df7057d2e1eeef5719e6b52a9cb373a9405cd11b8ed8f7942a4bde52e5167746"),
            Map.entry("V90__report_post_standing.sql", "8258abec48292c71ca9c73ef6dcb18d36d23e75209550852d95eb96f209921d6"),
            Map.entry("V91__report_project_standing.sql", "e9b77263305babc1a7e650786d79f5bd4e2f411e322645824bb67297c65e0a0a"),
            Map.entry("V92__name_chars_indexes.sql", "07eae68d87c68ce2d1b65beb111b15074a59369949e4a7b50710342c502bf680"),
            Map.entry("V93__text_chars_indexes.sql", "205f7312bd50540a2c92c94c75af7735e64969ae9858b4fd9b10ce430d516ca1"),
            Map.entry("V94__talent_pool_order_index.sql", "2fc610e8b1a3f42e6f400783fd4243435860bd7f757f6f3fad5335b6e5e7bcd2"));

    @Test
    void noLandedMigrationIsEditedOrRemovedAndEveryNewOneIsPinned() throws IOException, NoSuchAlgorithmException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                found.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
            }
        }
        assertThat(found).as("migrations as they landed (add a new migration instead of editing one)").containsAllEntriesOf(LANDED);
        assertThat(LANDED.keySet()).as("every migration is pinned here once it lands").containsAll(found.keySet());
    }
}
