package cn.haitang.console.governance;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the governance service tests share: the services, a 虞山 coordinator's login, and three compounds
 * of the demo data the rules are tried on (one in the gap list, the showcase with its committee, an exempt
 * one without). New tests build their own records with {@link GovernanceTestData}.
 */
@Transactional
abstract class GovernanceTestBase extends GovernanceServices {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    long gapCompound;
    long exemptWithout;
    long withCommittee;

    @BeforeEach
    void pickCompounds() {
        login.as("yushan");
        gapCompound = formation.formationGaps(new GapFilter(null, null), PageRequest.of(0, 1)).getFirst().compoundId();
        withCommittee = governance.findCompounds("城市之光小区", 0, 1).getFirst().id();
        exemptWithout = jdbc.queryForObject("""
                SELECT MIN(c.id) FROM compound c WHERE NOT c.committee_required
                AND NOT EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = c.id)""", Long.class);
    }

    static void refused(ThrowingCallable call, String field, String key) {
        assertRefused(call, field, key);
    }

    CommitteeForm owners(LocalDate start) {
        return new CommitteeForm(CommitteeKind.OWNERS, start, start.plusYears(5));
    }
}
