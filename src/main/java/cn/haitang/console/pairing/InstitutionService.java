package cn.haitang.console.pairing;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution registry and the pairings (结对) of institutions with a town/street and communities of
 * it. City admins maintain both; a coordinator sees the institutions actively paired with their own
 * town/street and the pairings there, and changes nothing. An institution has at most one active pairing;
 * an ended one stays as history.
 */
@Service
@Transactional
public class InstitutionService {

    private static final int MAX_MEMBERS = 100_000;

    private final InstitutionRepository institutions;
    private final PairingRepository pairings;
    private final PairingCommunityRepository pairingCommunities;
    private final InstitutionQueries queries;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    InstitutionService(InstitutionRepository institutions, PairingRepository pairings,
                       PairingCommunityRepository pairingCommunities, InstitutionQueries queries, RegionService region,
                       CurrentUser currentUser, Clock clock) {
        this.institutions = institutions;
        this.pairings = pairings;
        this.pairingCommunities = pairingCommunities;
        this.queries = queries;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ institutions

    /** The registry: all institutions for a city admin, those paired with their town/street for a coordinator. */
    @Transactional(readOnly = true)
    public List<InstitutionRow> listInstitutions(InstitutionFilter filter, long offset, int limit) {
        return queries.institutions(filter, PairingChecks.town(currentUser.scope(), filter.townId()), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countInstitutions(InstitutionFilter filter) {
        return queries.countInstitutions(filter, PairingChecks.town(currentUser.scope(), filter.townId()));
    }

    @Transactional(readOnly = true)
    public InstitutionRow institution(long id) {
        InstitutionRow row = queries.institution(id).orElseThrow(PairingChecks::notFound);
        requireInstitutionInScope(id);
        return row;
    }

    /** Institutions to pick in forms: all for a city admin, those actively paired with their town for a coordinator. */
    @Transactional(readOnly = true)
    public List<Named> institutionOptions() {
        return queries.options(currentUser.scope().townFilter());
    }

    public long createInstitution(InstitutionForm form) {
        currentUser.scope().requireAdmin();
        InstitutionForm valid = validInstitution(form, 0);
        return institutions.save(new Institution(valid)).requireId();
    }

    public void updateInstitution(long id, long seenVersion, InstitutionForm form) {
        currentUser.scope().requireAdmin();
        Institution institution = institutions.findById(id).orElseThrow(PairingChecks::notFound);
        StaleEditException.check(seenVersion, institution.getVersion());
        institution.describe(validInstitution(form, id));
        institutions.flush();
    }

    /** The form as it is stored: texts stripped, lengths counted as the columns count them. */
    private InstitutionForm validInstitution(InstitutionForm form, long id) {
        String name = PairingChecks.text("name", form.name(), 100);
        if (institutions.existsByNameAndIdNot(name, id)) {
            throw RuleViolationException.atField("name", "pairing.error.institution.duplicate", name);
        }
        if (form.kind() == null) {
            throw RuleViolationException.atField("kind", "pairing.error.required");
        }
        String party = PairingChecks.text("partyOrganisation", form.partyOrganisation(), 100);
        String contact = PairingChecks.text("contactPerson", form.contactPerson(), 32);
        String phone = FieldChecks.optionalText("contactPhone", form.contactPhone(), 20);
        if (phone != null && !phone.matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")) {
            throw RuleViolationException.atField("contactPhone", "pairing.error.phone");
        }
        if (form.inServiceMembers() < 0 || form.inServiceMembers() > MAX_MEMBERS) {
            throw RuleViolationException.atField("inServiceMembers", "pairing.error.range", 0, MAX_MEMBERS);
        }
        return new InstitutionForm(name, form.kind(), party, contact, phone, form.inServiceMembers());
    }

    /** A coordinator reaches an institution only while it is actively paired with their town/street. */
    void requireInstitutionInScope(long institutionId) {
        Scope scope = currentUser.scope();
        if (scope.isCityWide()) {
            return;
        }
        Long town = queries.activeTownOf(institutionId);
        scope.requireTown(town == null ? -1 : town);
    }

    /** The town/street an institution is actively paired with, if any. */
    @Nullable Long activeTownOf(long institutionId) {
        return queries.activeTownOf(institutionId);
    }

    // ------------------------------------------------------------------ pairings

    /** An institution's pairings, newest first (a coordinator sees those in their town/street only). */
    @Transactional(readOnly = true)
    public List<PairingRow> pairingsOfInstitution(long institutionId) {
        Scope scope = currentUser.scope();
        requireInstitutionInScope(institutionId);
        return queries.pairingsOfInstitution(institutionId, scope.townFilter());
    }

    /** The institutions paired with a community (active and ended pairings). */
    @Transactional(readOnly = true)
    public List<PairingRow> pairingsOfCommunity(long communityId) {
        region.community(communityId);
        return queries.pairingsOfCommunity(communityId);
    }

    @Transactional(readOnly = true)
    public PairingRow pairing(long id) {
        PairingRow row = queries.pairing(id).orElseThrow(PairingChecks::notFound);
        currentUser.scope().requireTown(row.townId());
        return row;
    }

    /** The community ids a pairing covers. */
    @Transactional(readOnly = true)
    public Set<Long> communitiesOfPairing(long pairingId) {
        Pairing p = pairings.findById(pairingId).orElseThrow(PairingChecks::notFound);
        currentUser.scope().requireTown(p.getTownId());
        Set<Long> ids = new HashSet<>();
        pairingCommunities.findByPairingId(pairingId).forEach(pc -> ids.add(pc.getCommunityId()));
        return ids;
    }

    /** The communities an institution is actively paired with (for activity forms). */
    @Transactional(readOnly = true)
    public List<Named> pairedCommunities(long institutionId) {
        requireInstitutionInScope(institutionId);
        return queries.pairedCommunities(institutionId);
    }

    /** Pairs an institution with a town/street and communities of it; at most one active pairing per institution. */
    public long createPairing(PairingForm form) {
        currentUser.scope().requireAdmin();
        institutions.findById(form.institutionId()).orElseThrow(PairingChecks::notFound);
        PairingForm valid = validPairing(form);
        if (pairings.findByInstitutionIdAndStatus(form.institutionId(), PairingStatus.ACTIVE).isPresent()) {
            throw RuleViolationException.atField("townId", "pairing.error.pairing.alreadyActive");
        }
        Pairing pairing = pairings.save(new Pairing(valid.institutionId(), valid.townId(), valid.startDate(),
                valid.services(), valid.serviceDay()));
        pairings.flush();
        valid.communityIds().forEach(c -> pairingCommunities.save(new PairingCommunity(pairing.requireId(), c)));
        return pairing.requireId();
    }

    /** Changes an active pairing's communities, start date, services or service day (the town stays). */
    public void updatePairing(long id, long seenVersion, PairingForm form) {
        currentUser.scope().requireAdmin();
        Pairing pairing = pairings.findById(id).orElseThrow(PairingChecks::notFound);
        StaleEditException.check(seenVersion, pairing.getVersion());
        if (pairing.getStatus() != PairingStatus.ACTIVE) {
            throw new RuleViolationException("pairing.error.pairing.ended");
        }
        if (form.townId() == null || form.townId() != pairing.getTownId()) {
            throw RuleViolationException.atField("townId", "pairing.error.pairing.townFixed");
        }
        PairingForm valid = validPairing(form);
        pairing.describe(valid.startDate(), valid.services(), valid.serviceDay());
        List<PairingCommunity> current = pairingCommunities.findByPairingId(id);
        current.stream().filter(pc -> !valid.communityIds().contains(pc.getCommunityId())).forEach(pairingCommunities::delete);
        Set<Long> kept = new HashSet<>();
        current.forEach(pc -> kept.add(pc.getCommunityId()));
        valid.communityIds().stream().filter(c -> !kept.contains(c))
                .forEach(c -> pairingCommunities.save(new PairingCommunity(id, c)));
        pairings.saveAndFlush(pairing);
        pairingCommunities.flush();
    }

    /** Ends a pairing: it stays as history with its end date; the institution may then pair anew. */
    public void endPairing(long id, long seenVersion, @Nullable LocalDate endDate) {
        currentUser.scope().requireAdmin();
        Pairing pairing = pairings.findById(id).orElseThrow(PairingChecks::notFound);
        StaleEditException.check(seenVersion, pairing.getVersion());
        if (pairing.getStatus() != PairingStatus.ACTIVE) {
            throw new RuleViolationException("pairing.error.pairing.ended");
        }
        if (endDate == null) {
            throw RuleViolationException.atField("endDate", "pairing.error.required");
        }
        if (endDate.isBefore(pairing.getStartDate())) {
            throw RuleViolationException.atField("endDate", "pairing.error.pairing.endBeforeStart");
        }
        pairing.end(endDate);
        pairings.flush();
    }

    /**
     * The form as it is stored. A pairing starts between {@link FieldChecks#EARLIEST_RECORD} and a year
     * from today; its monthly service day is the 1st to the 28th.
     */
    private PairingForm validPairing(PairingForm form) {
        if (form.townId() == null) {
            throw RuleViolationException.atField("townId", "pairing.error.required");
        }
        region.findTown(form.townId()).orElseThrow(PairingChecks::notFound);
        if (form.communityIds() == null || form.communityIds().isEmpty()) {
            throw RuleViolationException.atField("communityIds", "pairing.error.pairing.noCommunity");
        }
        for (long communityId : form.communityIds()) {
            CommunityRef community = region.community(communityId);
            if (community.townId() != form.townId()) {
                throw RuleViolationException.atField("communityIds", "pairing.error.pairing.communityOutsideTown",
                        community.name());
            }
        }
        if (form.startDate() == null) {
            throw RuleViolationException.atField("startDate", "pairing.error.required");
        }
        LocalDate latestStart = LocalDate.now(clock).plusYears(1);
        if (form.startDate().isAfter(latestStart)) {
            throw RuleViolationException.atField("startDate", "pairing.error.dateTooFar");
        }
        FieldChecks.date("startDate", form.startDate(), FieldChecks.EARLIEST_RECORD, latestStart);
        String services = PairingChecks.text("services", form.services(), 500);
        int serviceDay = PairingChecks.integer("serviceDay", form.serviceDay(), 1, 28);
        return new PairingForm(form.institutionId(), form.townId(), form.communityIds(), form.startDate(), services,
                serviceDay);
    }

    // ------------------------------------------------------------------ the community side

    /** A page of the communities of the caller's area, each with the institutions actively paired with it. */
    @Transactional(readOnly = true)
    public List<CommunityPairingRow> communityPairings(@Nullable Long townId, long offset, int limit) {
        return queries.communityPairings(PairingChecks.town(currentUser.scope(), townId), offset, limit);
    }

    /** Every community of the town/street (or of the caller's area) with its active pairings, for figures. */
    @Transactional(readOnly = true)
    public List<CommunityPairingRow> allCommunityPairings(@Nullable Long townId) {
        return queries.communityPairings(PairingChecks.town(currentUser.scope(), townId), null, null);
    }

    @Transactional(readOnly = true)
    public long countCommunityPairings(@Nullable Long townId) {
        return queries.countCommunities(PairingChecks.town(currentUser.scope(), townId));
    }
}
