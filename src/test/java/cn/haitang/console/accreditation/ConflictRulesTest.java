package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    @Test
    void aReviewerOfTheApplicationsTownIsConflicted() {
        assertThat(ConflictRules.find(7L, Set.of(), 7, Set.of()))
                .containsExactly(new Conflict(Conflict.Kind.SAME_TOWN, null));
    }

    @Test
    void aReviewerOfAnInstitutionPairedWithTheCommunityIsConflicted() {
        assertThat(ConflictRules.find(null, Set.of(3L, 9L), 7, Set.of(9L, 12L)))
                .containsExactly(new Conflict(Conflict.Kind.PAIRED_INSTITUTION, 9L));
    }

    @Test
    void bothConflictsAreReportedAndNoneWhenUnrelated() {
        assertThat(ConflictRules.find(7L, Set.of(9L), 7, Set.of(9L))).hasSize(2);
        assertThat(ConflictRules.find(5L, Set.of(3L), 7, Set.of(9L))).isEmpty();
        assertThat(ConflictRules.find(null, Set.of(), 7, Set.of(9L))).isEmpty();
    }
}
