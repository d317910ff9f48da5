package org.cunwu.representatives.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cunwu.publicnotice.PublicNoticeSection;
import org.cunwu.publicnotice.PublicVillage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's representatives (names only) and their public commitments (content, deadline, status, day fulfilled) on
 * its public notice page: what the printed notice board shows, nothing more — no phone, certificate or linked household,
 * no fulfilment or withdrawal notes.
 */
@Component
class PublicCommitmentsSection implements PublicNoticeSection {

    private final RepresentativeRepository representatives;
    private final CommitmentRepository commitments;
    private final Clock clock;

    PublicCommitmentsSection(RepresentativeRepository representatives, CommitmentRepository commitments, Clock clock) {
        this.representatives = representatives;
        this.commitments = commitments;
        this.clock = clock;
    }

    /** A public commitment as the notice board shows it. */
    record Shown(String pledgedBy, String content, LocalDate promisedBy, String statusKey, boolean overdue, LocalDate fulfilledOn) {
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "representatives/public";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> data(PublicVillage village) {
        LocalDate today = LocalDate.now(clock);
        List<String> names = representatives.findByVillage(village.id()).stream().map(Representative::getName).toList();
        List<Shown> shown = commitments.findPublicOf(village.id()).stream()
                .map(c -> new Shown(c.getPledgedBy(), c.getContent(), c.getPromisedBy(), c.getStatus().messageKey(), c.isOverdue(today),
                        c.getFulfilledOn()))
                .toList();
        return Map.of("representatives", names, "commitments", shown);
    }
}
