package cn.haitang.console.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityPartyOrgRepository extends JpaRepository<CommunityPartyOrg, Long> {

    Optional<CommunityPartyOrg> findByCommunityId(long communityId);
}
