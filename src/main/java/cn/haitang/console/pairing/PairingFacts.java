package cn.haitang.console.pairing;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another feature's rule may know of the pairings whoever asks: only ids, no names, contacts or
 * people. Accreditation's conflict-of-interest rule needs the institutions paired with an application's
 * community when a reviewer, who sees no community, scores it; everything else about pairings stays
 * behind {@link PairingService}'s scope checks.
 */
@Service
@Transactional(readOnly = true)
public class PairingFacts {

    private final JdbcTemplate jdbc;

    PairingFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the institutions actively paired with a community (共驻共建). */
    public Set<Long> institutionsActivelyPairedWith(long communityId) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT p.institution_id FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                WHERE pc.community_id = ? AND p.status = 'ACTIVE'""", Long.class, communityId));
    }
}
