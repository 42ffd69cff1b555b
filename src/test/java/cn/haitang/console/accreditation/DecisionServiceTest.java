package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ranking of a round and the quota that limits approvals. */
class DecisionServiceTest extends AccreditationTest {

    @Autowired
    DecisionService decisions;

    /** The demo's current city round instead: its ranking and quota are what the test reads. */
    @BeforeEach
    void demoRound() {
        round = jdbc.queryForObject("SELECT id FROM accr_round WHERE closes_on >= CURDATE() AND opens_on <= CURDATE()"
                + " AND level = 'CITY' ORDER BY id LIMIT 1", Long.class);
    }

    @Test
    void theQuotaLimitsApprovalsAndTheRankingFollowsTheResult() {
        login.as("admin");
        List<RankRow> ranking = decisions.ranking(round);
        assertThat(ranking).isNotEmpty();
        assertThat(ranking).extracting(RankRow::result).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ranking.getFirst().rank()).isEqualTo(1);
        assertThat(ranking.stream().filter(RankRow::withinQuota).count()).isLessThanOrEqualTo(8);
        long scored = jdbc.queryForObject("SELECT id FROM accr_application WHERE state = 'SCORED' LIMIT 1", Long.class);
        accr.sql("UPDATE accr_round SET quota = 1 WHERE id = ?", round);
        assertThatThrownBy(() -> decisions.approve(scored, accr.version(scored), "同意"))
                .hasFieldOrPropertyWithValue("messageKey", "accreditation.error.quotaFull");
        decisions.reject(scored, accr.version(scored), "得分未进入名额");
        assertThat(accr.state(scored)).isEqualTo(AppState.REJECTED);
    }
}
