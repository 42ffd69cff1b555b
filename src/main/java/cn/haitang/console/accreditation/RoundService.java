package cn.haitang.console.accreditation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds (评选批次) and the rubrics (评分细则) they score by, kept by the city admin. A rubric's criteria
 * sum to 100; once a round uses it, it is frozen. A round has a level, a year, a window for nominations,
 * a review deadline, a quota and the thresholds its eligibility checks apply.
 */
@Service
@Transactional
public class RoundService {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_QUOTA = 999;
    public static final int MAX_CRITERION_SCORE = 100;
    /** The length of a rubric's, a criterion's and a round's name. */
    public static final int NAME_LENGTH = 100;
    public static final int GUIDANCE_LENGTH = 500;

    private final RubricRepository rubrics;
    private final CriterionRepository criteria;
    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final AccreditationQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    RoundService(RubricRepository rubrics, CriterionRepository criteria, RoundRepository rounds,
                 ApplicationRepository applications, AccreditationQueries queries, CurrentUser currentUser, Clock clock) {
        this.rubrics = rubrics;
        this.criteria = criteria;
        this.rounds = rounds;
        this.applications = applications;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- rubrics

    @Transactional(readOnly = true)
    public List<RubricRow> rubrics() {
        currentUser.scope().requireAdmin();
        return queries.rubrics();
    }

    @Transactional(readOnly = true)
    public RubricDetail rubric(long id) {
        currentUser.scope().requireAdmin();
        Rubric rubric = rubrics.findById(id).orElseThrow(ApplicationAccess::notFound);
        return new RubricDetail(id, rubric.getVersion(), rubric.getName(), rounds.existsByRubricId(id), criteriaOf(id));
    }

    /** Creates ({@code id} null) or replaces a rubric. Criteria must sum to 100; a used rubric is frozen. */
    public long saveRubric(@Nullable Long id, long version, String name, List<CriterionForm> items) {
        currentUser.scope().requireAdmin();
        String cleanName = FieldChecks.text("name", name, NAME_LENGTH);
        if (items.isEmpty()) {
            throw RuleViolationException.atField("criteria", "accreditation.error.rubric.empty");
        }
        Set<String> names = new HashSet<>();
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            CriterionForm item = items.get(i);
            String itemName = item.name() == null ? "" : item.name().strip();
            if (itemName.isEmpty() || itemName.codePointCount(0, itemName.length()) > NAME_LENGTH) {
                throw RuleViolationException.atField("criteria", "accreditation.error.criterion.name", i + 1);
            }
            if (!names.add(itemName)) {
                throw RuleViolationException.atField("criteria", "accreditation.error.criterion.duplicate", itemName);
            }
            Integer max = item.maxScore();
            if (max == null || max < 1 || max > MAX_CRITERION_SCORE) {
                throw RuleViolationException.atField("criteria", "accreditation.error.criterion.max", itemName);
            }
            FieldChecks.optionalText("criteria", item.guidance(), GUIDANCE_LENGTH);
            total += max;
        }
        if (total != 100) {
            throw RuleViolationException.atField("criteria", "accreditation.error.rubric.total", total);
        }
        Rubric rubric;
        if (id == null) {
            if (rubrics.existsByName(cleanName)) {
                throw RuleViolationException.atField("name", "accreditation.error.rubric.nameTaken", cleanName);
            }
            rubric = rubrics.save(new Rubric(cleanName));
        } else {
            rubric = rubrics.findById(id).orElseThrow(ApplicationAccess::notFound);
            StaleEditException.check(version, rubric.getVersion());
            if (rounds.existsByRubricId(id)) {
                throw new RuleViolationException("accreditation.error.rubric.used");
            }
            if (rubrics.existsByNameAndIdNot(cleanName, id)) {
                throw RuleViolationException.atField("name", "accreditation.error.rubric.nameTaken", cleanName);
            }
            rubric.rename(cleanName);
            criteria.deleteByRubricId(id);
            criteria.flush();
        }
        long rubricId = rubric.requireId();
        for (int i = 0; i < items.size(); i++) {
            CriterionForm item = items.get(i);
            criteria.save(new Criterion(rubricId, i + 1, item.name().strip(), Objects.requireNonNull(item.maxScore()),
                    item.guidance() == null ? "" : item.guidance().strip()));
        }
        return rubricId;
    }

    /** A rubric's criteria in their order. */
    List<CriterionRow> criteriaOf(long rubricId) {
        return criteria.findByRubricIdOrderBySortOrder(rubricId).stream()
                .map(c -> new CriterionRow(c.requireId(), c.getSortOrder(), c.getName(), c.getMaxScore(), c.getGuidance()))
                .toList();
    }

    // ---------------------------------------------------------------- rounds

    /** All rounds, newest first: admins and coordinators (who nominate into them). */
    @Transactional(readOnly = true)
    public List<RoundRow> rounds() {
        currentUser.scope().requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        return queries.rounds(null);
    }

    /** The rounds accepting nominations today. */
    @Transactional(readOnly = true)
    public List<RoundRow> openRounds() {
        currentUser.scope().requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        return queries.rounds(LocalDate.now(clock));
    }

    /** Creates ({@code id} null) or edits a round; a round with applications keeps its level and rubric. */
    public long saveRound(@Nullable Long id, long version, RoundForm form) {
        currentUser.scope().requireAdmin();
        if (form.level() == null) {
            throw RuleViolationException.atField("level", "accreditation.error.required");
        }
        FieldChecks.text("title", form.title(), NAME_LENGTH);
        if (form.year() == null || form.year() < MIN_YEAR || form.year() > MAX_YEAR) {
            throw RuleViolationException.atField("year", "accreditation.error.year");
        }
        if (form.opensOn() == null || form.closesOn() == null || form.closesOn().isBefore(form.opensOn())) {
            throw RuleViolationException.atField("closesOn", "accreditation.error.window");
        }
        if (form.reviewDeadline() == null || form.reviewDeadline().isBefore(form.closesOn())) {
            throw RuleViolationException.atField("reviewDeadline", "accreditation.error.reviewDeadline");
        }
        if (form.quota() == null || form.quota() < 1 || form.quota() > MAX_QUOTA) {
            throw RuleViolationException.atField("quota", "accreditation.error.quota");
        }
        percent("minSatisfaction", form.minSatisfaction());
        percent("minFeeCollection", form.minFeeCollection());
        percent("spreadThreshold", form.spreadThreshold());
        Rubric rubric = rubrics.findById(form.rubricId())
                .orElseThrow(() -> RuleViolationException.atField("rubricId", "accreditation.error.required"));
        int total = criteriaOf(rubric.requireId()).stream().mapToInt(CriterionRow::maxScore).sum();
        if (total != 100) {
            throw RuleViolationException.atField("rubricId", "accreditation.error.rubric.total", total);
        }
        if (rounds.existsByYearAndTitleAndIdNot(form.year(), form.title().strip(), id == null ? -1 : id)) {
            throw RuleViolationException.atField("title", "accreditation.error.round.titleTaken");
        }
        if (id == null) {
            return rounds.save(new Round(form)).requireId();
        }
        Round round = rounds.findById(id).orElseThrow(ApplicationAccess::notFound);
        StaleEditException.check(version, round.getVersion());
        if (applications.countByRoundId(id) > 0
                && (round.getRubricId() != form.rubricId() || round.getLevel() != form.level())) {
            throw RuleViolationException.atField("rubricId", "accreditation.error.round.inUse");
        }
        round.update(form);
        return id;
    }

    /** A percentage of the form: 0 to 100 with at most two decimals, as its column keeps it. */
    private static void percent(String field, @Nullable BigDecimal value) {
        FieldChecks.decimal(field, value, BigDecimal.ZERO, BigDecimal.valueOf(100), 2);
    }

    /** The round an application belongs to (for the other services). */
    Round round(long id) {
        return rounds.findById(id).orElseThrow(ApplicationAccess::notFound);
    }
}
