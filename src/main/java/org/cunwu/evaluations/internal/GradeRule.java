package org.cunwu.evaluations.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How an evaluation decides a commitment's grade from its votes; the district chooses one when it opens the evaluation. */
public enum GradeRule {

    /**
     * The grade most raters gave. A tie is decided by the town's vote when the town gave one of the tied grades,
     * otherwise by the less favourable of them (a tie is no majority for the better grade).
     */
    MAJORITY {
        @Override
        Grade decide(List<Ballot> ballots) {
            if (ballots.isEmpty()) {
                return null;
            }
            Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
            ballots.forEach(b -> counts.merge(b.grade(), 1, Integer::sum));
            int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Grade> tied = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).sorted().toList();
            if (tied.size() == 1) {
                return tied.get(0);
            }
            Grade town = townGrade(ballots);
            return town != null && tied.contains(town) ? town : tied.get(tied.size() - 1);
        }
    },

    /** The town's grade; until the town has rated, the commitment has no grade (the other votes are shown beside it). */
    TOWN_PREVAILS {
        @Override
        Grade decide(List<Ballot> ballots) {
            return townGrade(ballots);
        }
    };

    /** One rater's grade as the rule reads it. */
    record Ballot(Rater rater, Grade grade) {
    }

    /** The grade the votes give, or null while they give none. */
    abstract Grade decide(List<Ballot> ballots);

    private static Grade townGrade(List<Ballot> ballots) {
        return ballots.stream().filter(b -> b.rater() == Rater.TOWN).map(Ballot::grade).findFirst().orElse(null);
    }

    public String messageKey() {
        return "evaluation.rule." + name();
    }
}
