package org.cunwu.representatives;

import java.time.LocalDate;
import java.util.List;

import org.cunwu.representatives.internal.Commitment;
import org.cunwu.representatives.internal.CommitmentForm;
import org.cunwu.representatives.internal.PointRule;
import org.cunwu.representatives.internal.Representative;
import org.cunwu.representatives.internal.RepresentativeForm;
import org.cunwu.villages.Village;
import org.springframework.stereotype.Component;

/**
 * Representatives and commitments for other modules' tests, made by the representatives' own service as a form would,
 * and handed out as the API's references.
 */
@Component
public class RepresentativeFixtures {

    private final RepresentativeService representatives;
    private final CommitmentService commitments;
    private final PointService points;

    RepresentativeFixtures(RepresentativeService representatives, CommitmentService commitments, PointService points) {
        this.representatives = representatives;
        this.commitments = commitments;
        this.points = points;
    }

    /** A representative of the village; the caller is signed in as someone who may add one there. */
    public RepresentativeRef representative(Village village, String name) {
        RepresentativeForm form = new RepresentativeForm();
        form.setVillageId(village.getId());
        form.setName(name);
        Representative saved = representatives.saveRepresentative(null, form);
        return new RepresentativeRef(saved.getId(), saved.getName(), village.getId(), village.getName());
    }

    /** A public commitment of the representative pledged on the day. */
    public CommitmentRef commitment(RepresentativeRef representative, String content, LocalDate pledgedOn) {
        CommitmentForm form = new CommitmentForm();
        form.setVillageId(representative.villageId());
        form.setRepresentativeId(representative.id());
        form.setPledgedBy(representative.name());
        form.setContent(content);
        form.setPledgedOn(pledgedOn);
        form.setPromisedBy(pledgedOn.plusMonths(3));
        Commitment saved = commitments.saveCommitment(null, form);
        return commitments.refs(List.of(saved.getId())).get(saved.getId());
    }

    /** Sets the points of the rule with this code, as the district does on the rules' page (the caller is signed in as district staff). */
    public void pointRule(String code, int value) {
        PointRule rule = points.rules().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
        points.changeRule(rule.getId(), value);
    }
}
