package org.cunwu.evaluations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.cunwu.evaluations.internal.GradeRule.Ballot;
import org.junit.jupiter.api.Test;

/** The grade rules and the escalation threshold, without a database. */
class GradeRuleTests {

    static final Ballot TOWN_FAILED = new Ballot(Rater.TOWN, Grade.FAILED);

    @Test
    void majorityFollowsMostRatersWhereTownPrevailsFollowsTheTown() {
        List<Ballot> ballots = List.of(TOWN_FAILED, new Ballot(Rater.SECRETARY, Grade.QUALIFIED), new Ballot(Rater.PANEL, Grade.QUALIFIED),
                new Ballot(Rater.PANEL, Grade.EXCELLENT));
        assertThat(GradeRule.MAJORITY.decide(ballots)).isEqualTo(Grade.QUALIFIED);
        assertThat(GradeRule.TOWN_PREVAILS.decide(ballots)).isEqualTo(Grade.FAILED);
    }

    @Test
    void aTieGoesToTheTownsGradeOrElseToTheLowerGrade() {
        assertThat(GradeRule.MAJORITY.decide(List.of(new Ballot(Rater.TOWN, Grade.EXCELLENT), new Ballot(Rater.SECRETARY, Grade.QUALIFIED))))
                .isEqualTo(Grade.EXCELLENT);
        assertThat(GradeRule.MAJORITY.decide(List.of(new Ballot(Rater.SECRETARY, Grade.EXCELLENT), new Ballot(Rater.PANEL, Grade.QUALIFIED))))
                .isEqualTo(Grade.QUALIFIED);
        // the town is not among the tied grades: the lower of them
        assertThat(GradeRule.MAJORITY.decide(List.of(new Ballot(Rater.TOWN, Grade.FAILED), new Ballot(Rater.SECRETARY, Grade.EXCELLENT),
                new Ballot(Rater.SECRETARY, Grade.EXCELLENT), new Ballot(Rater.PANEL, Grade.QUALIFIED), new Ballot(Rater.PANEL, Grade.QUALIFIED))))
                .isEqualTo(Grade.QUALIFIED);
    }

    @Test
    void withoutTheTownsVoteTownPrevailsGivesNoGradeAndMajorityWithoutVotesNone() {
        assertThat(GradeRule.TOWN_PREVAILS.decide(List.of(new Ballot(Rater.SECRETARY, Grade.EXCELLENT)))).isNull();
        assertThat(GradeRule.MAJORITY.decide(List.of())).isNull();
    }

    @Test
    void theThresholdIsInclusiveExactlyThirtyPercentEscalates() {
        Evaluation evaluation = new Evaluation(2023, "t", LocalDate.of(2024, 1, 31), GradeRule.MAJORITY, 30, LocalDate.of(2024, 1, 1), "d", "x");
        assertThat(evaluation.escalates(3, 10)).isTrue();
        assertThat(evaluation.escalates(6, 20)).isTrue();
        assertThat(evaluation.escalates(29, 100)).isFalse();
        assertThat(evaluation.escalates(2, 7)).isFalse(); // 28.6 %
        assertThat(evaluation.escalates(1, 3)).isTrue();
        assertThat(evaluation.escalates(0, 0)).isFalse();
    }
}
