package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.ServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts loaded in bulk for some compounds (what the re-review reminders check every current site with)
 * answer as the facts read one compound at a time, and stop at the caller's town.
 */
@Transactional
class CompoundFactsInBulkTest extends ServiceTest {

    @Autowired
    CompoundFacts facts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bulkFactsOfTheSitesCompoundsAnswerAsThePerCompoundOnes() {
        login.as("admin");
        // the sites' compounds and as many others, so that both answers (has / has not) occur
        List<Long> compounds = jdbc.queryForList("""
                (SELECT compound_id FROM accr_site) UNION (SELECT id FROM compound ORDER BY id LIMIT 60)""", Long.class);
        CompoundFacts bulk = facts.forCompounds(compounds);
        for (long id : compounds) {
            assertThat(bulk.hasEntityBranch(id)).as("entity branch of %d", id).isEqualTo(facts.hasEntityBranch(id));
            assertThat(bulk.hasCommittee(id)).as("committee of %d", id).isEqualTo(facts.hasCommittee(id));
            assertThat(bulk.latestSatisfactionRate(id)).as("satisfaction of %d", id).isEqualTo(facts.latestSatisfactionRate(id));
            assertThat(bulk.latestFeeCollectionRate(id)).as("fees of %d", id).isEqualTo(facts.latestFeeCollectionRate(id));
            assertThat(bulk.hasOpenSeriousDispute(id)).as("dispute of %d", id).isEqualTo(facts.hasOpenSeriousDispute(id));
        }
        assertThat(compounds.stream().filter(bulk::hasEntityBranch)).isNotEmpty();
        assertThat(compounds.stream().filter(id -> !bulk.hasCommittee(id))).isNotEmpty();
        assertThat(compounds.stream().filter(id -> bulk.latestSatisfactionRate(id).isPresent())).isNotEmpty();
    }

    @Test
    void aCoordinatorsBulkFactsKnowNothingOfAnotherTownsCompounds() {
        login.as("admin");
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE name = '虞山街道'", Long.class);
        List<Long> elsewhere = jdbc.queryForList("""
                SELECT c.id FROM compound c WHERE c.town_id <> ? AND EXISTS (SELECT 1 FROM party_branch b
                  WHERE b.compound_id = c.id AND b.branch_type = 'ENTITY')
                  AND EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = c.id) LIMIT 20""", Long.class, yushan);
        assertThat(elsewhere).isNotEmpty();
        login.as("yushan");
        CompoundFacts bulk = facts.forCompounds(elsewhere);
        assertThat(elsewhere).noneMatch(bulk::hasEntityBranch).noneMatch(bulk::hasCommittee)
                .noneMatch(id -> bulk.latestSatisfactionRate(id).isPresent());
    }
}
