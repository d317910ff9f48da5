package org.cunwu.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cunwu.inbox.Inbox;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's side of the inbox: their items, the unread count of the navigation bar, marking read. */
@Service
class InboxReader {

    /** The items addressed to the user: to them by id, or to their role (of their town or village). */
    private static final String MINE = """
            (i.user_id = :user or (i.role = :role and (i.town_id is null or i.town_id = :town)
                                   and (i.village_id is null or i.village_id = :village)))
            """;
    private static final String READ = "exists (select 1 from inbox_read r where r.item_id = i.id and r.user_id = :user and r.read_at >= i.posted_at)";

    private final JdbcClient jdbc;

    InboxReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open items the user has not read; 0 for nobody signed in. One indexed query per page drawn. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        PortalUser user = Scope.currentUser();
        if (user == null || user.getId() == null) {
            return 0;
        }
        return params(jdbc.sql("select count(*) from inbox_item i where i.closed_at is null and " + MINE + " and not " + READ), user)
                .query(Long.class).single();
    }

    /** The user's items, newest news first; open ones only unless {@code withClosed}. */
    @Transactional(readOnly = true)
    public Page<InboxItem> items(boolean withClosed, boolean unreadOnly, Pageable pageable) {
        PortalUser user = Scope.currentUser();
        if (user == null || user.getId() == null) {
            return Page.empty(pageable);
        }
        String where = " from inbox_item i where " + MINE + (withClosed ? "" : " and i.closed_at is null")
                + (unreadOnly ? " and not " + READ : "");
        long total = params(jdbc.sql("select count(*)" + where), user).query(Long.class).single();
        List<InboxItem> rows = params(jdbc.sql("select i.*, " + READ + " as is_read" + where
                + " order by (i.closed_at is null) desc, i.posted_at desc, i.id desc limit :limit offset :offset"), user)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(InboxReader::item).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Marks the user's item read and answers where it leads; another user's item is not found. */
    @Transactional
    public String open(long id) {
        markRead(id);
        return find(id).map(InboxItem::link).orElseThrow(() -> new RecordNotFoundException("inbox item", id));
    }

    @Transactional
    public void markRead(long id) {
        PortalUser user = Scope.currentUser();
        if (user == null || find(id).isEmpty()) {
            throw new RecordNotFoundException("inbox item", id);
        }
        jdbc.sql("insert into inbox_read (item_id, user_id, read_at) values (:id, :user, now()) "
                + "on conflict (item_id, user_id) do update set read_at = now()").param("id", id).param("user", user.getId()).update();
    }

    /** Marks every open item of the user read. */
    @Transactional
    public int markAllRead() {
        PortalUser user = Scope.currentUser();
        if (user == null || user.getId() == null) {
            return 0;
        }
        return params(jdbc.sql("insert into inbox_read (item_id, user_id, read_at) select i.id, :user, now() from inbox_item i "
                + "where i.closed_at is null and " + MINE + " on conflict (item_id, user_id) do update set read_at = now()"), user).update();
    }

    private Optional<InboxItem> find(long id) {
        PortalUser user = Scope.currentUser();
        if (user == null || user.getId() == null) {
            return Optional.empty();
        }
        return params(jdbc.sql("select i.*, " + READ + " as is_read from inbox_item i where i.id = :id and " + MINE), user)
                .param("id", id).query(InboxReader::item).optional();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, PortalUser user) {
        return spec.param("user", user.getId()).param("role", user.getRole() == null ? "" : user.getRole().name())
                .param("town", user.getTownId()).param("village", user.getVillageId());
    }

    private static InboxItem item(ResultSet rs, int row) throws SQLException {
        String args = rs.getString("subject_args");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new InboxItem(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_key"),
                args.isEmpty() ? List.of() : Arrays.asList(args.split(Inbox.ARG_SEPARATOR, -1)), rs.getString("link"),
                rs.getObject("due_on", LocalDate.class), rs.getTimestamp("posted_at").toInstant(),
                closed == null ? null : closed.toInstant(), rs.getBoolean("is_read"));
    }
}
