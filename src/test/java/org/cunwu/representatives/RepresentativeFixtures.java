package org.cunwu.representatives;

import java.time.LocalDate;

import org.cunwu.villages.Village;
import org.springframework.stereotype.Component;

/** Representatives and commitments for other modules' tests, made by the representatives' own service as a form would. */
@Component
public class RepresentativeFixtures {

    private final RepresentativeService representatives;
    private final CommitmentService commitments;

    RepresentativeFixtures(RepresentativeService representatives, CommitmentService commitments) {
        this.representatives = representatives;
        this.commitments = commitments;
    }

    /** A representative of the village; the caller is signed in as someone who may add one there. */
    public Representative representative(Village village, String name) {
        RepresentativeForm form = new RepresentativeForm();
        form.setVillageId(village.getId());
        form.setName(name);
        return representatives.saveRepresentative(null, form);
    }

    /** A public commitment of the representative pledged on the day. */
    public Commitment commitment(Representative representative, String content, LocalDate pledgedOn) {
        CommitmentForm form = new CommitmentForm();
        form.setVillageId(representative.getVillage().getId());
        form.setRepresentativeId(representative.getId());
        form.setPledgedBy(representative.getName());
        form.setContent(content);
        form.setPledgedOn(pledgedOn);
        form.setPromisedBy(pledgedOn.plusMonths(3));
        return commitments.saveCommitment(null, form);
    }
}
