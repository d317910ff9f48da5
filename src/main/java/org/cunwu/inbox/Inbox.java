package org.cunwu.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API other modules post into. An item is known by its dedupe key (e.g. {@code ledger:42:returned}):
 * posting the same key again updates the item instead of adding one, and closing it takes it off the open list.
 * Posting joins the caller's transaction, so an item commits (or rolls back) with the change that caused it.
 *
 * <pre>
 * inbox.post(Recipient.townStaff(townId), "evaluation-rate", "evaluation.inbox.rate", List.of(title),
 *         "/evaluations/5/rate", "evaluation:5:rate:town:" + townId);
 * inbox.close("evaluation:5:rate:town:" + townId);
 * </pre>
 * The subject is a message key (from any bundle) with its arguments, rendered in the reader's language.
 */
@NamedInterface("api")
@Service
public class Inbox {

    /** Separates stored subject arguments; never in user input (control characters are refused on binding). */
    public static final String ARG_SEPARATOR = "\u001f";

    /** One item to post. {@code dueOn} is optional: shown and used to sort. */
    public record Item(Recipient recipient, String kind, String subjectKey, List<String> args, String link, String dedupeKey,
            LocalDate dueOn) {

        public Item {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subjectKey, "subjectKey");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(dedupeKey, "dedupeKey");
            args = args == null ? List.of() : List.copyOf(args);
        }
    }

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Posts an item (or updates the one with the same dedupe key); see {@link #post(Item)}. */
    @Transactional
    public void post(Recipient recipient, String kind, String subjectKey, List<String> args, String link, String dedupeKey) {
        post(new Item(recipient, kind, subjectKey, args, link, dedupeKey, null));
    }

    /**
     * Adds the item, or updates the one with its dedupe key. A closed item is opened again and an item whose subject
     * changed (another count, another reason) becomes unread again; posting the same thing twice changes nothing the
     * reader sees.
     */
    @Transactional
    public void post(Item item) {
        String args = String.join(ARG_SEPARATOR, item.args().stream().map(a -> a == null ? "" : a.replace(ARG_SEPARATOR, " ")).toList());
        jdbc.sql("""
                insert into inbox_item (dedupe_key, kind, user_id, role, town_id, village_id, subject_key, subject_args, link, due_on)
                values (:key, :kind, :user, :role, :town, :village, :subject, :args, :link, :due)
                on conflict (dedupe_key) do update set
                    posted_at = case when inbox_item.closed_at is not null or inbox_item.subject_key <> excluded.subject_key
                                          or inbox_item.subject_args <> excluded.subject_args then now() else inbox_item.posted_at end,
                    kind = excluded.kind, user_id = excluded.user_id, role = excluded.role, town_id = excluded.town_id,
                    village_id = excluded.village_id, subject_key = excluded.subject_key, subject_args = excluded.subject_args,
                    link = excluded.link, due_on = excluded.due_on, touched_at = now(), closed_at = null
                """)
                .param("key", limit(item.dedupeKey(), 200)).param("kind", limit(item.kind(), 60))
                .param("user", item.recipient().userId())
                .param("role", item.recipient().role() == null ? null : item.recipient().role().name())
                .param("town", item.recipient().townId()).param("village", item.recipient().villageId())
                .param("subject", limit(item.subjectKey(), 120)).param("args", limit(args, 1000))
                .param("link", limit(item.link(), 500)).param("due", item.dueOn())
                .update();
    }

    /** Takes the item off the open list (the thing is done); nothing happens when there is no such open item. */
    @Transactional
    public void close(String dedupeKey) {
        jdbc.sql("update inbox_item set closed_at = now() where dedupe_key = :key and closed_at is null")
                .param("key", dedupeKey).update();
    }

    /** Closes every open item whose key starts with the prefix (e.g. all items about one ledger: {@code ledger:42:}). */
    @Transactional
    public int closeAll(String keyPrefix) {
        return jdbc.sql("update inbox_item set closed_at = now() where dedupe_key like :prefix escape '\\' and closed_at is null")
                .param("prefix", likePrefix(keyPrefix)).update();
    }

    /** Closes the open items of the prefix that were not posted in the current transaction (the daily job's sweep). */
    public int closeUntouched(String keyPrefix) {
        return jdbc.sql("""
                update inbox_item set closed_at = now()
                where dedupe_key like :prefix escape '\\' and closed_at is null and touched_at < now()
                """).param("prefix", likePrefix(keyPrefix)).update();
    }

    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
