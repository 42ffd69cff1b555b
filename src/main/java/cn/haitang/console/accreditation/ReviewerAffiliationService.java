package cn.haitang.console.accreditation;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers and the institutions they belong to, kept by the city admin: a reviewer is kept away from
 * applications of communities paired with their institutions. An institution added later suspends the
 * reviewer's open assignments on such applications at once; removing it lifts the suspension.
 */
@Service
@Transactional
public class ReviewerAffiliationService {

    private final AffiliationRepository affiliations;
    private final AccreditationQueries queries;
    private final CompoundFacts facts;
    private final RegionService region;
    private final CurrentUser currentUser;

    ReviewerAffiliationService(AffiliationRepository affiliations, AccreditationQueries queries, CompoundFacts facts,
                               RegionService region, CurrentUser currentUser) {
        this.affiliations = affiliations;
        this.queries = queries;
        this.facts = facts;
        this.region = region;
        this.currentUser = currentUser;
    }

    /** Every enabled reviewer with their town/street and institutions (city admins), by username. */
    @Transactional(readOnly = true)
    public List<ReviewerAffiliations> reviewerAffiliations() {
        currentUser.scope().requireAdmin();
        Map<Long, String> institutions = facts.institutionNames();
        Map<Long, String> towns = region.townsInScope().stream().collect(Collectors.toMap(TownRef::id, TownRef::name));
        Map<Long, List<AffiliationRow>> byReviewer = new HashMap<>();
        affiliations.findAll().stream()
                .sorted(Comparator.comparing(a -> institutions.getOrDefault(a.getInstitutionId(), "")))
                .forEach(a -> byReviewer.computeIfAbsent(a.getUserId(), k -> new ArrayList<>()).add(row(a, institutions)));
        return queries.reviewers(null).stream().map(r -> new ReviewerAffiliations(r.id(), r.displayName(), r.username(),
                r.townId() == null ? "" : towns.getOrDefault(r.townId(), ""),
                List.copyOf(byReviewer.getOrDefault(r.id(), List.of())))).toList();
    }

    /** The institutions a reviewer may be affiliated with (city admins), by name. */
    @Transactional(readOnly = true)
    public List<InstitutionChoice> institutionChoices() {
        currentUser.scope().requireAdmin();
        return facts.institutionNames().entrySet().stream().map(e -> new InstitutionChoice(e.getKey(), e.getValue()))
                .toList();
    }

    /** Records that a reviewer belongs to an institution (city admins). */
    public AffiliationRow addAffiliation(long reviewerId, @Nullable Long institutionId) {
        currentUser.scope().requireAdmin();
        AccreditationQueries.Reviewer reviewer = queries.reviewers(reviewerId).stream().findFirst()
                .orElseThrow(() -> RuleViolationException.atField("reviewer", "accreditation.error.notAReviewer"));
        if (institutionId == null) {
            throw RuleViolationException.atField("institutionId", "accr.affiliation.error.institutionRequired");
        }
        Map<Long, String> institutions = facts.institutionNames();
        String name = institutions.get(institutionId);
        if (name == null) {
            throw RuleViolationException.atField("institutionId", "accr.affiliation.error.noInstitution");
        }
        if (affiliations.findByUserId(reviewerId).stream().anyMatch(a -> a.getInstitutionId() == institutionId)) {
            throw RuleViolationException.atField("institutionId", "accr.affiliation.error.duplicate",
                    reviewer.displayName(), name);
        }
        return row(affiliations.saveAndFlush(new ReviewerAffiliation(reviewerId, institutionId)), institutions);
    }

    /** Removes an affiliation (city admins), refusing a stale one. */
    public void removeAffiliation(long id, long seenVersion) {
        currentUser.scope().requireAdmin();
        ReviewerAffiliation affiliation = affiliations.findById(id).orElseThrow(ApplicationAccess::notFound);
        StaleEditException.check(seenVersion, affiliation.getVersion());
        affiliations.delete(affiliation);
    }

    private static AffiliationRow row(ReviewerAffiliation a, Map<Long, String> institutions) {
        return new AffiliationRow(a.requireId(), a.getVersion(), a.getInstitutionId(),
                institutions.getOrDefault(a.getInstitutionId(), "#" + a.getInstitutionId()));
    }
}
