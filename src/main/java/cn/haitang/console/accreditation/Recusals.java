package cn.haitang.console.accreditation;

import cn.haitang.console.security.CurrentUser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who must stand back from which application, now. The conflict rule ({@link ConflictRules}) runs on the
 * reviewer's town/street and institutions as they are recorded today and on the institutions paired with
 * the application's community today: when an admin assigns, when a reviewer scores, and whenever a list
 * shows an open assignment. So a reviewer moved into an application's town, or given an institution
 * paired with its community, after being assigned is suspended from it at once (whatever their open
 * session still believes), and the suspension lifts by itself when the conflict ends. Counting reviewers
 * for a review leaves recused and suspended assignments out.
 */
@Component
class Recusals {

    private final AssignmentRepository assignments;
    private final AffiliationRepository affiliations;
    private final AccreditationQueries queries;
    private final CompoundFacts facts;
    private final CurrentUser currentUser;

    Recusals(AssignmentRepository assignments, AffiliationRepository affiliations, AccreditationQueries queries,
             CompoundFacts facts, CurrentUser currentUser) {
        this.assignments = assignments;
        this.affiliations = affiliations;
        this.queries = queries;
        this.facts = facts;
        this.currentUser = currentUser;
    }

    /** A check of many reviewers against many applications: institutions read once, each community's pairings once. */
    Check check() {
        Map<Long, Set<Long>> institutions = new HashMap<>();
        affiliations.findAll().forEach(a ->
                institutions.computeIfAbsent(a.getUserId(), k -> new HashSet<>()).add(a.getInstitutionId()));
        return new Check(institutions);
    }

    /** The conflicts of one reviewer with one application, now. */
    List<Conflict> conflicts(@Nullable Long reviewerTown, long reviewerId, Application app) {
        return check().conflicts(reviewerTown, reviewerId, app.getTownId(), app.getCommunityId());
    }

    /** Why an assignment may not be worked on now, or null. */
    @Nullable Suspension suspension(Assignment assignment, Application app) {
        Long town = queries.reviewers(assignment.getReviewerId()).stream().findFirst()
                .map(AccreditationQueries.Reviewer::townId).orElse(null);
        return check().suspension(assignment.getReviewerId(), town, assignment.getState().name(), app.getTownId(),
                app.getCommunityId());
    }

    /** The assignments that count for the review: neither recused nor suspended now. */
    List<Assignment> active(Application app) {
        List<Assignment> all = assignments.findByApplicationIdOrderById(app.requireId()).stream()
                .filter(a -> a.getState() != Assignment.State.RECUSED).toList();
        if (all.stream().noneMatch(a -> open(a.getState().name()))) {
            return all;
        }
        Map<Long, @Nullable Long> towns = new HashMap<>();
        queries.reviewers(null).forEach(r -> towns.put(r.id(), r.townId()));
        Check check = check();
        return all.stream().filter(a -> check.suspension(a.getReviewerId(), towns.get(a.getReviewerId()),
                a.getState().name(), app.getTownId(), app.getCommunityId()) == null).toList();
    }

    /** Every counted assignment has submitted, and there are enough of them. */
    boolean allScoresIn(Application app) {
        List<Assignment> active = active(app);
        return active.size() >= ReviewService.MIN_REVIEWERS
                && active.stream().allMatch(a -> a.getState() == Assignment.State.SUBMITTED);
    }

    /**
     * The town's name for a conflict of town; the institution's for a pairing, as the city admin reads it
     * (a reviewer knows their own institution and sees no registry: for them it stays unnamed).
     */
    String detail(Conflict conflict, long appTown) {
        if (conflict.kind() == Conflict.Kind.PAIRED_INSTITUTION) {
            long id = Objects.requireNonNull(conflict.institutionId());
            boolean cityWide = currentUser.find().map(u -> u.scope().isCityWide()).orElse(false);
            return cityWide ? facts.institutionName(id).orElse("#" + id) : "";
        }
        return queries.townName(appTown);
    }

    private static boolean open(String state) {
        return Assignment.State.ASSIGNED.name().equals(state) || Assignment.State.DRAFT.name().equals(state);
    }

    /** The rule applied to reviewers and applications, remembering what it read. */
    final class Check {

        private final Map<Long, Set<Long>> institutions;
        private final Map<Long, Set<Long>> paired = new HashMap<>();
        private final Map<Long, String> details = new HashMap<>();

        private Check(Map<Long, Set<Long>> institutions) {
            this.institutions = institutions;
        }

        Set<Long> institutionsOf(long reviewerId) {
            return institutions.getOrDefault(reviewerId, Set.of());
        }

        List<Conflict> conflicts(@Nullable Long reviewerTown, long reviewerId, long appTown, long communityId) {
            Set<Long> own = institutionsOf(reviewerId);
            Set<Long> pairedHere = own.isEmpty() ? Set.of()
                    : paired.computeIfAbsent(communityId, facts::institutionsPairedWithCommunity);
            return ConflictRules.find(reviewerTown, own, appTown, pairedHere);
        }

        /** Why an assignment in {@code state} may not be worked on now, or null; only open ones are suspended. */
        @Nullable Suspension suspension(long reviewerId, @Nullable Long reviewerTown, String state, long appTown,
                                        long communityId) {
            if (!open(state)) {
                return null;
            }
            List<Conflict> conflicts = conflicts(reviewerTown, reviewerId, appTown, communityId);
            if (conflicts.isEmpty()) {
                return null;
            }
            Conflict first = conflicts.getFirst();
            long key = first.kind() == Conflict.Kind.SAME_TOWN ? -appTown : Objects.requireNonNull(first.institutionId());
            return new Suspension(first.kind(), details.computeIfAbsent(key, k -> detail(first, appTown)));
        }
    }
}
