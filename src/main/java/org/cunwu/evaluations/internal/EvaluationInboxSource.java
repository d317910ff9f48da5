package org.cunwu.evaluations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cunwu.inbox.DailyInboxSource;
import org.cunwu.inbox.Inbox;
import org.cunwu.inbox.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evaluation's items in the inbox: while an evaluation is open, the ratings still to give (the town's staff per
 * village, the secretary for their village); once closed, the warning talks still to hold (the town's staff, per
 * representative at or over the threshold without a recorded talk). Posted by the daily job; an item disappears when
 * the ratings are given or the talk is recorded (the next run closes it, and recording a talk closes its item at once).
 */
@Component
class EvaluationInboxSource implements DailyInboxSource {

    static final String PREFIX = "evaluation:";

    private final EvaluationRepository evaluations;
    private final JdbcTemplate jdbc;

    EvaluationInboxSource(EvaluationRepository evaluations, JdbcTemplate jdbc) {
        this.evaluations = evaluations;
        this.jdbc = jdbc;
    }

    @Override
    public String keyPrefix() {
        return PREFIX;
    }

    static String talkKey(Long evaluationId, Long representativeId) {
        return PREFIX + evaluationId + ":talk:" + representativeId;
    }

    @Override
    public Collection<Inbox.Item> items(LocalDate today) {
        List<Inbox.Item> items = new ArrayList<>();
        for (Evaluation evaluation : evaluations.findAll()) {
            if (evaluation.isClosed(today)) {
                talks(evaluation, items);
            } else {
                ratings(evaluation, items);
            }
        }
        return items;
    }

    /** Per village: how many of its commitments the town and the secretary have not rated yet. */
    private void ratings(Evaluation evaluation, List<Inbox.Item> items) {
        jdbc.query("""
                select i.town_id, i.village_id, v.name,
                       count(*) filter (where not exists (select 1 from evaluation_vote o where o.item_id = i.id and o.rater = 'TOWN')),
                       count(*) filter (where not exists (select 1 from evaluation_vote o where o.item_id = i.id and o.rater = 'SECRETARY'))
                from evaluation_item i join village v on v.id = i.village_id where i.evaluation_id = ?
                group by i.town_id, i.village_id, v.name""", rs -> {
            long town = rs.getLong(1);
            long village = rs.getLong(2);
            String link = "/evaluations/" + evaluation.getId() + "/villages/" + village + "/rate";
            if (rs.getLong(4) > 0) {
                items.add(new Inbox.Item(Recipient.townStaff(town), "evaluation-rate", "evaluation.inbox.rate",
                        List.of(evaluation.getTitle(), rs.getString(3), String.valueOf(rs.getLong(4))), link,
                        PREFIX + evaluation.getId() + ":rate:town:" + village, evaluation.getClosesOn()));
            }
            if (rs.getLong(5) > 0) {
                items.add(new Inbox.Item(Recipient.secretary(village), "evaluation-rate", "evaluation.inbox.rate",
                        List.of(evaluation.getTitle(), rs.getString(3), String.valueOf(rs.getLong(5))), link,
                        PREFIX + evaluation.getId() + ":rate:secretary:" + village, evaluation.getClosesOn()));
            }
        }, evaluation.getId());
    }

    /** Representatives at or over the threshold without a recorded talk. */
    private void talks(Evaluation evaluation, List<Inbox.Item> items) {
        jdbc.query("""
                select i.town_id, r.id, r.name, v.name, count(*), count(*) filter (where i.grade = 'FAILED')
                from evaluation_item i join representative r on r.id = i.representative_id join village v on v.id = i.village_id
                where i.evaluation_id = ? and not exists (select 1 from evaluation_talk t where t.evaluation_id = i.evaluation_id
                  and t.representative_id = r.id)
                group by i.town_id, r.id, r.name, v.name""", rs -> {
            if (evaluation.escalates(rs.getLong(6), rs.getLong(5))) {
                items.add(new Inbox.Item(Recipient.townStaff(rs.getLong(1)), "evaluation-talk", "evaluation.inbox.talk",
                        List.of(evaluation.getTitle(), rs.getString(4), rs.getString(3), String.valueOf(rs.getLong(6)),
                                String.valueOf(rs.getLong(5))),
                        "/evaluations/" + evaluation.getId() + "/talks/" + rs.getLong(2), talkKey(evaluation.getId(), rs.getLong(2)), null));
            }
        }, evaluation.getId());
    }
}
