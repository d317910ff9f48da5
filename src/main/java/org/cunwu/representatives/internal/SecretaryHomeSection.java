package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.Map;

import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.ProblemService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.access.Access;
import org.cunwu.villages.HomeSection;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** A secretary's day on the home page: open problems with a one-line resolution each, overdue commitments, quick links. */
@Component
class SecretaryHomeSection implements HomeSection {

    private final ProblemService problems;
    private final RepresentativeService representatives;
    private final CommitmentService commitments;

    SecretaryHomeSection(ProblemService problems, RepresentativeService representatives, CommitmentService commitments) {
        this.problems = problems;
        this.commitments = commitments;
        this.representatives = representatives;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "representatives/home";
    }

    @Override
    public String fragment() {
        return "secretaryToday";
    }

    @Override
    public Map<String, Object> data() {
        Long villageId = Access.fixedVillageId();
        if (villageId == null) {
            return Map.of();
        }
        var openProblems = problems.problems(new ProblemService.ProblemFilter(null, null, villageId, null, null, null, true, null),
                PageRequest.of(0, 10, Sort.by("reportedOn")));
        var overdue = commitments.commitments(new CommitmentFilter(null, null, villageId, null, null, true),
                PageRequest.of(0, 10, Sort.by("promisedBy")));
        return Map.of("problems", openProblems, "overdue", overdue, "villageId", villageId, "today", LocalDate.now());
    }
}
