package cn.haitang.console.accreditation;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import cn.haitang.console.security.TownRef;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of accreditation: who may see and do what (scope on every method), the life cycle (every
 * change of state goes through {@link Lifecycle} and leaves a timeline entry), eligibility, conflicts,
 * scoring and its visibility, decision, notice, certificates, expiry and revocation.
 */
@Service
@Transactional
public class AccreditationService {

    private static final Logger log = LoggerFactory.getLogger(AccreditationService.class);
    public static final int MIN_REVIEWERS = 3;
    public static final int REVIEW_REMINDER_DAYS = 90;
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    public static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String SYSTEM = "system";

    private final RubricRepository rubrics;
    private final CriterionRepository criteria;
    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final AssignmentRepository assignments;
    private final ScoreRepository scores;
    private final ObjectionRepository objections;
    private final SiteRepository sites;
    private final AffiliationRepository affiliations;
    private final CalendarDayRepository calendar;
    private final CompoundFacts facts;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EntityManager entityManager;

    AccreditationService(RubricRepository rubrics, CriterionRepository criteria, RoundRepository rounds,
                         ApplicationRepository applications, AttachmentRepository attachments,
                         AssignmentRepository assignments, ScoreRepository scores, ObjectionRepository objections,
                         SiteRepository sites, AffiliationRepository affiliations, CalendarDayRepository calendar,
                         CompoundFacts facts,
                         RegionService region, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock,
                         EntityManager entityManager) {
        this.rubrics = rubrics;
        this.criteria = criteria;
        this.rounds = rounds;
        this.applications = applications;
        this.attachments = attachments;
        this.assignments = assignments;
        this.scores = scores;
        this.objections = objections;
        this.sites = sites;
        this.affiliations = affiliations;
        this.calendar = calendar;
        this.facts = facts;
        this.region = region;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    // ---------------------------------------------------------------- rubrics

    @Transactional(readOnly = true)
    public List<RubricRow> rubrics() {
        currentUser.scope().requireAdmin();
        return read().query("""
                SELECT r.id, r.version, r.name, COUNT(c.id) AS n, COALESCE(SUM(c.max_score), 0) AS total,
                       EXISTS (SELECT 1 FROM accr_round x WHERE x.rubric_id = r.id) AS used
                FROM accr_rubric r LEFT JOIN accr_criterion c ON c.rubric_id = r.id
                GROUP BY r.id, r.version, r.name ORDER BY r.name""",
                (rs, i) -> new RubricRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getBoolean(6)));
    }

    @Transactional(readOnly = true)
    public RubricDetail rubric(long id) {
        currentUser.scope().requireAdmin();
        Rubric rubric = rubrics.findById(id).orElseThrow(AccreditationService::notFound);
        return new RubricDetail(id, rubric.getVersion(), rubric.getName(), rounds.existsByRubricId(id), criteriaOf(id));
    }

    /** Creates ({@code id} null) or replaces a rubric. Criteria must sum to 100; a used rubric is frozen. */
    public long saveRubric(@Nullable Long id, long version, String name, List<CriterionForm> items) {
        currentUser.scope().requireAdmin();
        String cleanName = required("name", name, 100);
        if (items.isEmpty()) {
            throw RuleViolationException.atField("criteria", "accreditation.error.rubric.empty");
        }
        Set<String> names = new HashSet<>();
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            CriterionForm item = items.get(i);
            if (item.name() == null || item.name().isBlank() || item.name().strip().length() > 100) {
                throw RuleViolationException.atField("criteria", "accreditation.error.criterion.name", i + 1);
            }
            if (!names.add(item.name().strip())) {
                throw RuleViolationException.atField("criteria", "accreditation.error.criterion.duplicate", item.name().strip());
            }
            if (item.maxScore() < 1 || item.maxScore() > 100) {
                throw RuleViolationException.atField("criteria", "accreditation.error.criterion.max", item.name().strip());
            }
            total += item.maxScore();
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
            rubric = rubrics.findById(id).orElseThrow(AccreditationService::notFound);
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
            criteria.save(new Criterion(rubricId, i + 1, item.name().strip(), item.maxScore(),
                    item.guidance() == null ? "" : item.guidance().strip()));
        }
        return rubricId;
    }

    private List<CriterionRow> criteriaOf(long rubricId) {
        return criteria.findByRubricIdOrderBySortOrder(rubricId).stream()
                .map(c -> new CriterionRow(c.requireId(), c.getSortOrder(), c.getName(), c.getMaxScore(), c.getGuidance()))
                .toList();
    }

    // ---------------------------------------------------------------- rounds

    private static final String ROUND_SELECT = """
            SELECT r.id, r.version, r.level, r.year, r.title, r.opens_on, r.closes_on, r.review_deadline, r.quota,
                   r.rubric_id, b.name, r.min_satisfaction, r.min_fee_collection, r.spread_threshold,
                   (SELECT COUNT(*) FROM accr_application a WHERE a.round_id = r.id)
            FROM accr_round r JOIN accr_rubric b ON b.id = r.rubric_id""";

    /** All rounds, newest first: admins and coordinators (who nominate into them). */
    @Transactional(readOnly = true)
    public List<RoundRow> rounds() {
        currentUser.scope().requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        return read().query(ROUND_SELECT + " ORDER BY r.year DESC, r.id DESC", AccreditationService::roundRow);
    }

    /** The rounds accepting nominations today. */
    @Transactional(readOnly = true)
    public List<RoundRow> openRounds() {
        currentUser.scope().requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        LocalDate today = today();
        return read().query(ROUND_SELECT + " WHERE r.opens_on <= ? AND r.closes_on >= ? ORDER BY r.year DESC, r.id DESC",
                AccreditationService::roundRow, today, today);
    }

    public long saveRound(@Nullable Long id, long version, RoundForm form) {
        currentUser.scope().requireAdmin();
        if (form.level() == null) {
            throw RuleViolationException.atField("level", "accreditation.error.required");
        }
        required("title", form.title(), 100);
        if (form.year() < 2000 || form.year() > 2100) {
            throw RuleViolationException.atField("year", "accreditation.error.year");
        }
        if (form.opensOn() == null || form.closesOn() == null || form.closesOn().isBefore(form.opensOn())) {
            throw RuleViolationException.atField("closesOn", "accreditation.error.window");
        }
        if (form.reviewDeadline() == null || form.reviewDeadline().isBefore(form.closesOn())) {
            throw RuleViolationException.atField("reviewDeadline", "accreditation.error.reviewDeadline");
        }
        if (form.quota() < 1) {
            throw RuleViolationException.atField("quota", "accreditation.error.quota");
        }
        percent("minSatisfaction", form.minSatisfaction());
        percent("minFeeCollection", form.minFeeCollection());
        percent("spreadThreshold", form.spreadThreshold());
        RubricDetail rubric = rubrics.findById(form.rubricId())
                .map(r -> new RubricDetail(r.requireId(), r.getVersion(), r.getName(), false, criteriaOf(r.requireId())))
                .orElseThrow(() -> RuleViolationException.atField("rubricId", "accreditation.error.required"));
        int total = rubric.criteria().stream().mapToInt(CriterionRow::maxScore).sum();
        if (total != 100) {
            throw RuleViolationException.atField("rubricId", "accreditation.error.rubric.total", total);
        }
        if (rounds.existsByYearAndTitleAndIdNot(form.year(), form.title().strip(), id == null ? -1 : id)) {
            throw RuleViolationException.atField("title", "accreditation.error.round.titleTaken");
        }
        if (id == null) {
            return rounds.save(new Round(form)).requireId();
        }
        Round round = rounds.findById(id).orElseThrow(AccreditationService::notFound);
        StaleEditException.check(version, round.getVersion());
        if (applications.countByRoundId(id) > 0
                && (round.getRubricId() != form.rubricId() || round.getLevel() != form.level())) {
            throw RuleViolationException.atField("rubricId", "accreditation.error.round.inUse");
        }
        round.update(form);
        return id;
    }

    private static RoundRow roundRow(ResultSet rs, int i) throws SQLException {
        return new RoundRow(rs.getLong(1), rs.getLong(2), Level.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getInt(9), rs.getLong(10), rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                rs.getBigDecimal(14), rs.getLong(15));
    }

    // ---------------------------------------------------------------- applications: lists

    private static final String APP_FROM = """
            FROM accr_application a JOIN accr_round r ON r.id = a.round_id JOIN compound c ON c.id = a.compound_id
            JOIN community cm ON cm.id = a.community_id JOIN town t ON t.id = a.town_id""";
    private static final String APP_COLUMNS = """
            SELECT a.id, a.version, a.round_id, r.title, r.level, r.year, a.compound_id, c.name, cm.name, a.town_id,
                   t.name, a.state, a.eligible, a.override_reason IS NOT NULL, a.result, a.flagged, a.submitted_at,
                   a.notice_to\s""";
    private static final Map<String, String> APP_SORT = Map.of("compoundName", "c.name", "townName", "t.sort_order",
            "state", "a.state", "result", "a.result", "submittedAt", "a.submitted_at", "year", "r.year",
            "roundTitle", "r.title", "level", "r.level");

    /** Applications in the caller's area (a reviewer has none: they use {@link #worklist}). */
    @Transactional(readOnly = true)
    public Page<ApplicationRow> applications(ApplicationFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = appWhere(filter, args);
        String order = orderBy(pageable.getSort(), APP_SORT, "a.id DESC");
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<ApplicationRow> rows = read().query(APP_COLUMNS + APP_FROM + where + order + " LIMIT ? OFFSET ?",
                AccreditationService::applicationRow, args.toArray());
        return new PageImpl<>(rows, pageable, rows.size() < pageable.getPageSize() && pageable.getOffset() == 0
                ? rows.size() : countApplications(filter));
    }

    @Transactional(readOnly = true)
    public long countApplications(ApplicationFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = appWhere(filter, args);
        Long n = read().queryForObject("SELECT COUNT(*) " + APP_FROM + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private String appWhere(ApplicationFilter filter, List<Object> args) {
        Optional<Long> town = currentUser.scope().townFilter();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (town.isPresent()) {
            where.append(" AND a.town_id = ?");
            args.add(town.get());
        }
        if (filter.townId() != null) {
            where.append(" AND a.town_id = ?");
            args.add(filter.townId());
        }
        if (filter.level() != null) {
            where.append(" AND r.level = ?");
            args.add(filter.level().name());
        }
        if (filter.year() != null) {
            where.append(" AND r.year = ?");
            args.add(filter.year());
        }
        if (filter.state() != null) {
            where.append(" AND a.state = ?");
            args.add(filter.state().name());
        }
        if (filter.roundId() != null) {
            where.append(" AND a.round_id = ?");
            args.add(filter.roundId());
        }
        return where.toString();
    }

    private static ApplicationRow applicationRow(ResultSet rs, int i) throws SQLException {
        Object eligible = rs.getObject(13);
        return new ApplicationRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                Level.valueOf(rs.getString(5)), rs.getInt(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                rs.getLong(10), rs.getString(11), AppState.valueOf(rs.getString(12)),
                eligible == null ? null : rs.getBoolean(13), rs.getBoolean(14), rs.getBigDecimal(15), rs.getBoolean(16),
                instant(rs, 17), rs.getObject(18, LocalDate.class));
    }

    /** One application: admins, the coordinator of its town, and reviewers assigned to it. */
    @Transactional(readOnly = true)
    public ApplicationDetail application(long id) {
        Application app = readable(id);
        ApplicationRow row = read().queryForObject(APP_COLUMNS + APP_FROM + " WHERE a.id = ?",
                AccreditationService::applicationRow, id);
        Round round = rounds.findById(app.getRoundId()).orElseThrow(AccreditationService::notFound);
        String certificate = sites.findByApplicationId(id).map(Site::getCertificateNo).orElse(null);
        return new ApplicationDetail(Objects.requireNonNull(row), app.getStatement(), app.getKeyFigures(),
                Eligibility.decode(app.getEligibilityDetail()), app.getEligibilityCheckedAt(), app.getOverrideReason(),
                app.getSendBackReason(), app.getSpread(), app.isTrimmed(), app.getDecisionReason(), app.getNoticeFrom(),
                round.getQuota(), app.getCreatedBy(), certificate);
    }

    /** Compounds of a town/street the caller may nominate from (id and name). */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, String>> compoundsOf(long townId) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        scope.requireTown(townId);
        return read().query("""
                SELECT c.id, CONCAT(c.name, '（', cm.name, '）') FROM compound c JOIN community cm ON cm.id = c.community_id
                WHERE c.town_id = ? ORDER BY cm.name, c.name""",
                (rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)), townId);
    }

    // ---------------------------------------------------------------- applications: the coordinator's steps

    /** A coordinator (or admin) nominates a compound of their area into an open round: a new draft. */
    public long nominate(long roundId, long compoundId, String statement, String keyFigures) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        CompoundRef compound = region.compound(compoundId);
        Round round = rounds.findById(roundId)
                .orElseThrow(() -> RuleViolationException.atField("round", "accreditation.error.required"));
        if (!round.isOpenOn(today())) {
            throw RuleViolationException.atField("round", "accreditation.error.windowClosed", round.getTitle());
        }
        if (applications.existsByRoundIdAndCompoundId(roundId, compoundId)) {
            throw RuleViolationException.atField("compound", "accreditation.error.duplicate", compound.name());
        }
        Application app = applications.save(new Application(roundId, compoundId, compound.communityId(),
                compound.townId(), text("statement", statement, 4000, false), text("keyFigures", keyFigures, 1000, false),
                scope.username(), now()));
        event(app, Step.NOMINATE, null, null);
        return app.requireId();
    }

    /** Saves the statement and figures of a draft; a sent-back application becomes a draft again. */
    public void saveDraft(long id, long version, String statement, String keyFigures) {
        Application app = editableByCoordinator(id, version);
        app.describe(text("statement", statement, 4000, false), text("keyFigures", keyFigures, 1000, false));
        if (app.getState() == AppState.SENT_BACK) {
            step(app, Step.REWORK, null);
        }
    }

    /** Submits a draft: eligibility is checked from live data now and recorded on the application. */
    public Eligibility submit(long id, long version) {
        Application app = editableByCoordinator(id, version);
        Round round = rounds.findById(app.getRoundId()).orElseThrow(AccreditationService::notFound);
        if (!round.isOpenOn(today())) {
            throw new RuleViolationException("accreditation.error.windowClosed", round.getTitle());
        }
        text("statement", app.getStatement(), 4000, true);
        text("keyFigures", app.getKeyFigures(), 1000, true);
        if (app.getState() == AppState.SENT_BACK) {
            step(app, Step.REWORK, null);
        }
        Eligibility eligibility = checkEligibility(app, round);
        app.recordEligibility(eligibility, now());
        app.submitted(now());
        step(app, Step.SUBMIT, eligibility.passed() ? null : failureNote(eligibility));
        return eligibility;
    }

    public void addAttachment(long id, String fileName, String contentType, byte[] content) {
        Application app = applications.findById(id).orElseThrow(AccreditationService::notFound);
        requireCoordinatorOf(app);
        if (!app.getState().editable()) {
            throw new RuleViolationException("accreditation.error.notEditable");
        }
        if (content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
            throw RuleViolationException.atField("attachment", "accreditation.error.attachment.size",
                    MAX_ATTACHMENT_BYTES / 1024 / 1024);
        }
        if (!ATTACHMENT_TYPES.contains(contentType) || !typeMatchesName(fileName, contentType)) {
            throw RuleViolationException.atField("attachment", "accreditation.error.attachment.type");
        }
        String safeName = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (safeName.length() > 200) {
            safeName = safeName.substring(safeName.length() - 200);
        }
        Attachment attachment = attachments.saveAndFlush(new Attachment(id, safeName, contentType, content.length,
                currentUser.scope().username(), now()));
        jdbc.update("UPDATE accr_attachment SET content = ? WHERE id = ?", content, attachment.requireId());
    }

    public void removeAttachment(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(AccreditationService::notFound);
        Application app = applications.findById(attachment.getApplicationId()).orElseThrow(AccreditationService::notFound);
        requireCoordinatorOf(app);
        if (!app.getState().editable()) {
            throw new RuleViolationException("accreditation.error.notEditable");
        }
        attachments.delete(attachment);
    }

    @Transactional(readOnly = true)
    public List<AttachmentRow> attachments(long applicationId) {
        readable(applicationId);
        return attachments.findByApplicationIdOrderByUploadedAt(applicationId).stream()
                .map(a -> new AttachmentRow(a.requireId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                        a.getUploadedBy(), a.getUploadedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public byte[] attachmentContent(long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId).orElseThrow(AccreditationService::notFound);
        readable(attachment.getApplicationId());
        byte[] bytes = read().queryForObject("SELECT content FROM accr_attachment WHERE id = ?", byte[].class, attachmentId);
        return bytes == null ? new byte[0] : bytes;
    }

    private static boolean typeMatchesName(String fileName, String contentType) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return switch (contentType) {
            case "application/pdf" -> lower.endsWith(".pdf");
            case "image/jpeg" -> lower.endsWith(".jpg") || lower.endsWith(".jpeg");
            case "image/png" -> lower.endsWith(".png");
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> lower.endsWith(".docx");
            default -> lower.endsWith(".xlsx");
        };
    }

    // ---------------------------------------------------------------- applications: the admin's checks

    public void sendBack(long id, long version, String reason) {
        currentUser.scope().requireAdmin();
        Application app = versioned(id, version);
        String why = text("reason", reason, 500, true);
        app.sentBack(why);
        step(app, Step.SEND_BACK, why);
    }

    /** Accepts an application whose eligibility check failed; only with a recorded reason. */
    public void acceptDespiteFailures(long id, long version, String reason) {
        currentUser.scope().requireAdmin();
        Application app = versioned(id, version);
        if (app.getState() != AppState.SUBMITTED) {
            throw new RuleViolationException("accreditation.error.illegalStep", "OVERRIDE", app.getState().name());
        }
        if (!Boolean.FALSE.equals(app.getEligible())) {
            throw new RuleViolationException("accreditation.error.nothingToOverride");
        }
        String why = text("reason", reason, 500, true);
        app.overrideEligibility(why);
        appendEvent(app.requireId(), Step.SUBMIT, AppState.SUBMITTED, AppState.SUBMITTED, "OVERRIDE: " + why);
    }

    /** Runs the eligibility checks again on live data (before review starts). */
    public Eligibility recheckEligibility(long id) {
        currentUser.scope().requireAdmin();
        Application app = applications.findById(id).orElseThrow(AccreditationService::notFound);
        if (app.getState() != AppState.SUBMITTED) {
            throw new RuleViolationException("accreditation.error.illegalStep", "RECHECK", app.getState().name());
        }
        Eligibility eligibility = checkEligibility(app, rounds.findById(app.getRoundId()).orElseThrow());
        app.recordEligibility(eligibility, now());
        return eligibility;
    }

    private Eligibility checkEligibility(Application app, Round round) {
        Level prerequisite = round.getLevel().prerequisite();
        boolean holds = prerequisite == null || sites.existsByCompoundIdAndLevelAndStateAndValidToGreaterThanEqual(
                app.getCompoundId(), prerequisite, Site.State.CURRENT, today());
        return EligibilityRules.check(app.getCompoundId(), facts, round.getLevel(), round.getMinSatisfaction(),
                round.getMinFeeCollection(), holds);
    }

    private static String failureNote(Eligibility eligibility) {
        return "FAILED: " + eligibility.failures().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    // ---------------------------------------------------------------- reviewers

    /** The reviewers an admin may pick for an application, each with the conflicts that forbid it. */
    @Transactional(readOnly = true)
    public List<ReviewerOption> reviewerOptions(long applicationId) {
        currentUser.scope().requireAdmin();
        Application app = applications.findById(applicationId).orElseThrow(AccreditationService::notFound);
        Set<Long> paired = facts.institutionsPairedWithCommunity(app.getCommunityId());
        Map<Long, Assignment> assigned = assignments.findByApplicationIdOrderById(applicationId).stream()
                .collect(Collectors.toMap(Assignment::getReviewerId, a -> a));
        return reviewers().stream().map(r -> {
            List<Conflict> conflicts = new ArrayList<>(ConflictRules.find(r.townId(), institutionsOf(r.id()),
                    app.getTownId(), paired));
            Assignment a = assigned.get(r.id());
            if (a != null && a.getState() == Assignment.State.RECUSED) {
                conflicts.add(new Conflict(Conflict.Kind.RECUSED, null));
            }
            return new ReviewerOption(r.id(), r.username(), r.displayName(), List.copyOf(conflicts), a != null);
        }).toList();
    }

    /** Assigns a reviewer; a conflict of interest refuses it with the reason. */
    public void assignReviewer(long applicationId, long reviewerId, LocalDate deadline) {
        currentUser.scope().requireAdmin();
        Application app = applications.findById(applicationId).orElseThrow(AccreditationService::notFound);
        if (app.getState() != AppState.SUBMITTED && app.getState() != AppState.UNDER_REVIEW) {
            throw new RuleViolationException("accreditation.error.illegalStep", "ASSIGN", app.getState().name());
        }
        ReviewerRef reviewer = reviewers().stream().filter(r -> r.id() == reviewerId).findFirst()
                .orElseThrow(() -> RuleViolationException.atField("reviewer", "accreditation.error.notAReviewer"));
        if (assignments.findByApplicationIdAndReviewerId(applicationId, reviewerId).isPresent()) {
            throw RuleViolationException.atField("reviewer", "accreditation.error.alreadyAssigned", reviewer.displayName());
        }
        List<Conflict> conflicts = ConflictRules.find(reviewer.townId(), institutionsOf(reviewerId), app.getTownId(),
                facts.institutionsPairedWithCommunity(app.getCommunityId()));
        if (!conflicts.isEmpty()) {
            Conflict first = conflicts.getFirst();
            String detail = first.kind() == Conflict.Kind.SAME_TOWN
                    ? townName(app.getTownId())
                    : facts.institutionName(Objects.requireNonNull(first.institutionId())).orElse("#" + first.institutionId());
            log.info("Refused assigning {} to application {}: {}", reviewer.username(), applicationId, conflicts);
            throw RuleViolationException.atField("reviewer", "accreditation.error.conflict." + first.kind().name(),
                    reviewer.displayName(), detail);
        }
        if (deadline == null || deadline.isBefore(today())) {
            throw RuleViolationException.atField("deadline", "accreditation.error.deadline");
        }
        assignments.save(new Assignment(applicationId, reviewerId, deadline));
    }

    /** Starts the review once the application is accepted and at least three reviewers are assigned. */
    public void startReview(long id, long version) {
        currentUser.scope().requireAdmin();
        Application app = versioned(id, version);
        Lifecycle.apply(app.getState(), Step.START_REVIEW);
        if (!app.acceptedForReview()) {
            throw new RuleViolationException("accreditation.error.notEligible");
        }
        long active = activeAssignments(id).size();
        if (active < MIN_REVIEWERS) {
            throw new RuleViolationException("accreditation.error.tooFewReviewers", MIN_REVIEWERS, active);
        }
        step(app, Step.START_REVIEW, null);
    }

    /** The reviews of an application; totals stay hidden until every assigned reviewer has submitted. */
    @Transactional(readOnly = true)
    public Reviews reviews(long applicationId) {
        readable(applicationId);
        Scope scope = currentUser.scope();
        boolean visible = allScoresIn(applicationId);
        List<ReviewRow> rows = read().query("""
                SELECT s.id, s.version, s.reviewer_id, u.display_name, s.state, s.deadline, s.total, s.comment,
                       s.recusal_reason, s.submitted_at
                FROM accr_assignment s JOIN user_account u ON u.id = s.reviewer_id
                WHERE s.application_id = ? ORDER BY s.id""", (rs, i) -> {
                    boolean own = rs.getLong(3) == scope.userId();
                    boolean show = visible || own;
                    return new ReviewRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class), show ? rs.getBigDecimal(7) : null,
                            show ? rs.getString(8) : null, rs.getString(9), instant(rs, 10));
                }, applicationId);
        return new Reviews(visible, rows);
    }

    private boolean allScoresIn(long applicationId) {
        List<Assignment> active = activeAssignments(applicationId);
        return active.size() >= MIN_REVIEWERS && active.stream().allMatch(a -> a.getState() == Assignment.State.SUBMITTED);
    }

    private List<Assignment> activeAssignments(long applicationId) {
        return assignments.findByApplicationIdOrderById(applicationId).stream()
                .filter(a -> a.getState() != Assignment.State.RECUSED).toList();
    }

    /** Reopens a submitted score (admin only, with a reason; the result is withdrawn until it is resubmitted). */
    public void reopenScore(long assignmentId, String reason) {
        currentUser.scope().requireAdmin();
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(AccreditationService::notFound);
        if (assignment.getState() != Assignment.State.SUBMITTED) {
            throw new RuleViolationException("accreditation.error.notSubmitted");
        }
        Application app = applications.findById(assignment.getApplicationId()).orElseThrow();
        if (app.getState() != AppState.UNDER_REVIEW && app.getState() != AppState.SCORED) {
            throw new RuleViolationException("accreditation.error.illegalStep", Step.REOPEN_SCORE.name(), app.getState().name());
        }
        String why = text("reason", reason, 500, true);
        assignment.reopen();
        String note = reviewerName(assignment.getReviewerId()) + ": " + why;
        if (app.getState() == AppState.SCORED) {
            app.clearResult();
            step(app, Step.REOPEN_SCORE, note);
        } else {
            appendEvent(app.requireId(), Step.REOPEN_SCORE, app.getState(), app.getState(), note);
        }
    }

    // ---------------------------------------------------------------- the reviewer's side

    private static final String WORK_SQL = """
            FROM accr_assignment s JOIN accr_application a ON a.id = s.application_id
            JOIN accr_round r ON r.id = a.round_id JOIN compound c ON c.id = a.compound_id JOIN town t ON t.id = a.town_id
            WHERE s.reviewer_id = ?""";

    /** The caller's assignments (reviewers only), open ones first by deadline. */
    @Transactional(readOnly = true)
    public Page<WorkItem> worklist(Pageable pageable) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        LocalDate today = today();
        List<WorkItem> rows = read().query("SELECT s.id, a.id, r.title, r.level, c.name, t.name, s.deadline, s.state "
                        + WORK_SQL + " ORDER BY s.state IN ('SUBMITTED', 'RECUSED'), s.deadline, s.id LIMIT ? OFFSET ?",
                (rs, i) -> workItem(rs, today), scope.userId(), pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, worklistCount());
    }

    @Transactional(readOnly = true)
    public long worklistCount() {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        Long n = read().queryForObject("SELECT COUNT(*) " + WORK_SQL, Long.class, scope.userId());
        return n == null ? 0 : n;
    }

    /** For the dashboard: the caller's open assignments (not yet submitted or recused), by deadline. */
    @Transactional(readOnly = true)
    public List<WorkItem> openWorklist() {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        LocalDate today = today();
        return read().query("SELECT s.id, a.id, r.title, r.level, c.name, t.name, s.deadline, s.state " + WORK_SQL
                        + " AND s.state IN ('ASSIGNED', 'DRAFT') ORDER BY s.deadline, s.id",
                (rs, i) -> workItem(rs, today), scope.userId());
    }

    private static WorkItem workItem(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = rs.getObject(7, LocalDate.class);
        String state = rs.getString(8);
        boolean open = "ASSIGNED".equals(state) || "DRAFT".equals(state);
        return new WorkItem(rs.getLong(1), rs.getLong(2), rs.getString(3), Level.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), deadline, state, open && deadline.isBefore(today));
    }

    /** The scoring form of one of the caller's assignments. */
    @Transactional(readOnly = true)
    public ScoringSheet scoringSheet(long assignmentId) {
        Assignment assignment = ownAssignment(assignmentId);
        Application app = applications.findById(assignment.getApplicationId()).orElseThrow();
        Round round = rounds.findById(app.getRoundId()).orElseThrow();
        Map<Long, Score> byCriterion = scores.findByAssignmentId(assignmentId).stream()
                .collect(Collectors.toMap(Score::getCriterionId, s -> s));
        List<ScoreLine> lines = criteriaOf(round.getRubricId()).stream().map(c -> {
            Score s = byCriterion.get(c.id());
            return new ScoreLine(c.id(), c.name(), c.maxScore(), c.guidance(), s == null ? null : s.getScore(),
                    s == null ? "" : s.getComment());
        }).toList();
        String[] names = read().queryForObject("SELECT c.name, t.name FROM compound c JOIN town t ON t.id = c.town_id WHERE c.id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, app.getCompoundId());
        return new ScoringSheet(assignmentId, assignment.getVersion(), app.requireId(), names[0], names[1],
                round.getTitle(), app.getStatement(), app.getKeyFigures(), assignment.getState().name(),
                assignment.getDeadline(), lines, assignment.getComment());
    }

    /**
     * Saves the caller's scores as a draft, or submits them ({@code submit}): every criterion within its
     * range with a comment. A submitted score is final; the last submission computes the result.
     */
    public void saveScores(long assignmentId, long version, List<ScoreInput> inputs, @Nullable String comment, boolean submit) {
        Assignment assignment = ownAssignment(assignmentId);
        StaleEditException.check(version, assignment.getVersion());
        if (assignment.getState() == Assignment.State.SUBMITTED) {
            throw new RuleViolationException("accreditation.error.scoreFinal");
        }
        if (assignment.getState() == Assignment.State.RECUSED) {
            throw new RuleViolationException("accreditation.error.recused");
        }
        Application app = applications.findById(assignment.getApplicationId()).orElseThrow();
        if (app.getState() != AppState.UNDER_REVIEW) {
            throw new RuleViolationException("accreditation.error.notUnderReview");
        }
        Round round = rounds.findById(app.getRoundId()).orElseThrow();
        Map<Long, ScoreInput> given = inputs.stream().collect(Collectors.toMap(ScoreInput::criterionId, s -> s, (a, b) -> b));
        Map<Long, Score> existing = scores.findByAssignmentId(assignmentId).stream()
                .collect(Collectors.toMap(Score::getCriterionId, s -> s));
        int total = 0;
        for (CriterionRow c : criteriaOf(round.getRubricId())) {
            ScoreInput in = given.get(c.id());
            Integer value = in == null ? null : in.score();
            String note = in == null || in.comment() == null ? "" : in.comment().strip();
            String field = "score-" + c.id();
            if (value == null) {
                if (submit) {
                    throw RuleViolationException.atField(field, "accreditation.error.score.missing", c.name());
                }
                continue;
            }
            if (value < 0 || value > c.maxScore()) {
                throw RuleViolationException.atField(field, "accreditation.error.score.range", c.name(), c.maxScore());
            }
            if (submit && note.isEmpty()) {
                throw RuleViolationException.atField("comment-" + c.id(), "accreditation.error.score.comment", c.name());
            }
            if (note.length() > 500) {
                throw RuleViolationException.atField("comment-" + c.id(), "accreditation.error.tooLong", 500);
            }
            Score score = existing.computeIfAbsent(c.id(), id -> new Score(assignmentId, id));
            score.set(value, note);
            scores.save(score);
            total += value;
        }
        String overall = comment == null || comment.isBlank() ? null : text("comment", comment, 1000, false);
        if (submit) {
            assignment.submit(BigDecimal.valueOf(total), overall, now());
            assignments.flush();
            completeIfAllIn(app, round);
        } else {
            assignment.draft(BigDecimal.valueOf(total), overall);
        }
    }

    /** The reviewer declares a conflict of interest and steps back from an assignment. */
    public void recuse(long assignmentId, long version, String reason) {
        Assignment assignment = ownAssignment(assignmentId);
        StaleEditException.check(version, assignment.getVersion());
        if (assignment.getState() == Assignment.State.SUBMITTED || assignment.getState() == Assignment.State.RECUSED) {
            throw new RuleViolationException("accreditation.error.scoreFinal");
        }
        String why = text("reason", reason, 500, true);
        scores.deleteAll(scores.findByAssignmentId(assignmentId));
        assignment.recuse(why);
        assignments.flush();
        Application app = applications.findById(assignment.getApplicationId()).orElseThrow();
        appendEvent(app.requireId(), Step.START_REVIEW, app.getState(), app.getState(),
                "RECUSAL " + currentUser.scope().username() + ": " + why);
        if (app.getState() == AppState.UNDER_REVIEW) {
            completeIfAllIn(app, rounds.findById(app.getRoundId()).orElseThrow());
        }
    }

    private void completeIfAllIn(Application app, Round round) {
        if (app.getState() != AppState.UNDER_REVIEW || !allScoresIn(app.requireId())) {
            return;
        }
        List<BigDecimal> totals = activeAssignments(app.requireId()).stream().map(Assignment::getTotal)
                .map(Objects::requireNonNull).toList();
        ScoreAggregation.Aggregate aggregate = ScoreAggregation.of(totals, round.getSpreadThreshold());
        app.scored(aggregate);
        step(app, Step.COMPLETE_SCORING, aggregate.result().toPlainString() + (aggregate.flagged() ? " ⚑" : ""));
    }

    private Assignment ownAssignment(long assignmentId) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(AccreditationService::notFound);
        if (assignment.getReviewerId() != scope.userId()) {
            Application app = applications.findById(assignment.getApplicationId()).orElseThrow();
            scope.requireTown(app.getTownId()); // a reviewer covers no town: refused and logged
        }
        return assignment;
    }

    // ---------------------------------------------------------------- decision and notice

    /** A round's scored applications ranked by result, marked within or beyond the quota. */
    @Transactional(readOnly = true)
    public List<RankRow> ranking(long roundId) {
        currentUser.scope().requireAdmin();
        Round round = rounds.findById(roundId).orElseThrow(AccreditationService::notFound);
        List<RankRow> rows = new ArrayList<>();
        read().query("""
                SELECT a.id, a.version, c.name, t.name, a.state, a.result, a.spread, a.flagged
                FROM accr_application a JOIN compound c ON c.id = a.compound_id JOIN town t ON t.id = a.town_id
                WHERE a.round_id = ? AND a.result IS NOT NULL ORDER BY a.result DESC, a.submitted_at, a.id""",
                rs -> {
                    int rank = rows.size() + 1;
                    rows.add(new RankRow(rs.getLong(1), rs.getLong(2), rank, rs.getString(3), rs.getString(4),
                            AppState.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getBigDecimal(7),
                            rs.getBoolean(8), rank <= round.getQuota()));
                }, roundId);
        return rows;
    }

    public void approve(long id, long version, String reason) {
        decide(id, version, reason, Step.APPROVE);
    }

    public void reject(long id, long version, String reason) {
        decide(id, version, reason, Step.REJECT);
    }

    private void decide(long id, long version, String reason, Step step) {
        currentUser.scope().requireAdmin();
        Application app = versioned(id, version);
        Lifecycle.apply(app.getState(), step);
        String why = text("reason", reason, 500, true);
        if (step == Step.APPROVE) {
            long approved = read().queryForObject("""
                    SELECT COUNT(*) FROM accr_application WHERE round_id = ?
                    AND state IN ('APPROVED', 'IN_NOTICE', 'ACCREDITED')""", Long.class, app.getRoundId());
            Round round = rounds.findById(app.getRoundId()).orElseThrow();
            if (approved >= round.getQuota()) {
                throw new RuleViolationException("accreditation.error.quotaFull", round.getQuota());
            }
        }
        app.decided(why);
        step(app, step, why);
    }

    /** Publishes an approved application for 5 working days of public notice (公示). */
    public void publishNotice(long id, long version) {
        currentUser.scope().requireAdmin();
        Application app = versioned(id, version);
        Lifecycle.apply(app.getState(), Step.PUBLISH_NOTICE);
        List<LocalDate> period = period(today());
        LocalDate from = period.getFirst();
        LocalDate to = period.getLast();
        app.notice(from, to);
        step(app, Step.PUBLISH_NOTICE, from + " ~ " + to);
    }

    @Transactional(readOnly = true)
    public List<ObjectionRow> objections(long applicationId) {
        readable(applicationId);
        return objections.findByApplicationIdOrderByReceivedOnAscIdAsc(applicationId).stream()
                .map(o -> new ObjectionRow(o.requireId(), o.getVersion(), o.getRaisedBy(), o.getContent(), o.getReceivedOn(),
                        o.getState().name(), o.getResolution()))
                .toList();
    }

    public long recordObjection(long applicationId, String raisedBy, String content) {
        currentUser.scope().requireAdmin();
        Application app = applications.findById(applicationId).orElseThrow(AccreditationService::notFound);
        requireNoticeRunning(app);
        Objection objection = objections.save(new Objection(applicationId, text("raisedBy", raisedBy, 100, true),
                text("content", content, 1000, true), today()));
        appendEvent(applicationId, Step.PUBLISH_NOTICE, app.getState(), app.getState(), "OBJECTION: " + objection.getContent());
        return objection.requireId();
    }

    /** Resolves an objection before the notice ends: upheld rejects the application, dismissed lets it stand. */
    public void resolveObjection(long objectionId, long version, boolean upheld, String resolution) {
        currentUser.scope().requireAdmin();
        Objection objection = objections.findById(objectionId).orElseThrow(AccreditationService::notFound);
        StaleEditException.check(version, objection.getVersion());
        if (objection.getState() != Objection.State.OPEN) {
            throw new RuleViolationException("accreditation.error.objectionResolved");
        }
        Application app = applications.findById(objection.getApplicationId()).orElseThrow();
        requireNoticeRunning(app);
        String why = text("resolution", resolution, 500, true);
        objection.resolve(upheld, why, now());
        if (upheld) {
            step(app, Step.UPHOLD_OBJECTION, why);
        } else {
            appendEvent(app.requireId(), Step.PUBLISH_NOTICE, app.getState(), app.getState(), "DISMISSED: " + why);
        }
    }

    private void requireNoticeRunning(Application app) {
        if (app.getState() != AppState.IN_NOTICE || app.getNoticeTo() == null || today().isAfter(app.getNoticeTo())) {
            throw new RuleViolationException("accreditation.error.noticeNotRunning");
        }
    }

    /**
     * Closes the notices that ended before {@code today}: each becomes an accredited site with a
     * certificate valid three years, unless an objection is still open (logged and left for the admin).
     * Conditional on the state, so running it twice changes nothing. Called by {@link AccreditationJobs}.
     */
    public int closeEndedNotices(LocalDate today) {
        requireSystemOrAdmin();
        int closed = 0;
        for (Application app : applications.findByStateAndNoticeToBefore(AppState.IN_NOTICE, today)) {
            if (closeNotice(app)) {
                closed++;
            }
        }
        return closed;
    }

    /**
     * Closes one application's notice if it ended before {@code today}: what the job does for every
     * application, for one (an admin ending a notice by hand, a journey that must not touch others).
     */
    public boolean closeEndedNotice(long applicationId, LocalDate today) {
        requireSystemOrAdmin();
        Application app = applications.findById(applicationId).orElseThrow(AccreditationService::notFound);
        boolean ended = app.getState() == AppState.IN_NOTICE && app.getNoticeTo() != null
                && app.getNoticeTo().isBefore(today);
        return ended && closeNotice(app);
    }

    private boolean closeNotice(Application app) {
        if (objections.countByApplicationIdAndState(app.requireId(), Objection.State.OPEN) > 0) {
            log.warn("Notice of application {} ended with an open objection; left in notice", app.getId());
            return false;
        }
        Round round = rounds.findById(app.getRoundId()).orElseThrow();
        LocalDate validFrom = Objects.requireNonNull(app.getNoticeTo()).plusDays(1);
        String prefix = round.getLevel().certificatePrefix() + "-" + validFrom.getYear() + "-";
        String certificate = prefix + String.format("%04d", sites.countByCertificateNoStartingWith(prefix) + 1);
        sites.saveAndFlush(new Site(app.requireId(), app.getCompoundId(), app.getTownId(), round.getLevel(),
                certificate, validFrom));
        step(app, Step.ACCREDIT, certificate);
        return true;
    }

    /** Ends the sites whose validity ran out before {@code today}. Called by {@link AccreditationJobs}. */
    public int expireSites(LocalDate today) {
        requireSystemOrAdmin();
        int expired = 0;
        for (Site site : sites.findByStateAndValidToBefore(Site.State.CURRENT, today)) {
            site.expire(now());
            applications.findById(site.getApplicationId()).filter(a -> a.getState() == AppState.ACCREDITED)
                    .ifPresent(a -> step(a, Step.EXPIRE, site.getCertificateNo()));
            expired++;
        }
        return expired;
    }

    public void revoke(long siteId, long version, String reason) {
        currentUser.scope().requireAdmin();
        Site site = sites.findById(siteId).orElseThrow(AccreditationService::notFound);
        StaleEditException.check(version, site.getVersion());
        if (site.getState() != Site.State.CURRENT) {
            throw new RuleViolationException("accreditation.error.siteNotCurrent");
        }
        String why = text("reason", reason, 500, true);
        site.revoke(why, now());
        Application app = applications.findById(site.getApplicationId()).orElseThrow();
        step(app, Step.REVOKE, why);
    }

    // ---------------------------------------------------------------- registry

    private static final String SITE_FROM = """
            FROM accr_site s JOIN compound c ON c.id = s.compound_id JOIN community cm ON cm.id = c.community_id
            JOIN town t ON t.id = s.town_id""";
    private static final String SITE_COLUMNS = """
            SELECT s.id, s.version, s.application_id, s.compound_id, c.name, cm.name, s.town_id, t.name, s.level,
                   s.certificate_no, s.valid_from, s.valid_to, s.state, s.revoke_reason\s""";
    /** Provincial first, then Suzhou, then city. */
    private static final String LEVEL_ORDER = "FIELD(s.level, 'PROVINCIAL', 'SUZHOU', 'CITY')";
    private static final Map<String, String> SITE_SORT = Map.of("compoundName", "c.name", "townName", "t.sort_order",
            "level", LEVEL_ORDER, "certificateNo", "s.certificate_no", "validFrom", "s.valid_from", "validTo", "s.valid_to",
            "state", "s.state");

    /** The registry of accredited sites in the caller's area. */
    @Transactional(readOnly = true)
    public Page<SiteRow> sites(SiteFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = siteWhere(filter, args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<SiteRow> rows = read().query(SITE_COLUMNS + SITE_FROM + where
                + orderBy(pageable.getSort(), SITE_SORT, LEVEL_ORDER + ", t.sort_order, c.name") + " LIMIT ? OFFSET ?",
                AccreditationService::siteRow, args.toArray());
        return new PageImpl<>(rows, pageable, countSites(filter));
    }

    @Transactional(readOnly = true)
    public long countSites(SiteFilter filter) {
        List<Object> args = new ArrayList<>();
        Long n = read().queryForObject("SELECT COUNT(*) " + SITE_FROM + siteWhere(filter, args), Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** For the dashboard: current sites of a level, in the whole city or one town (within the caller's area). */
    @Transactional(readOnly = true)
    public List<SiteRow> currentSites(Level level, @Nullable Long townId) {
        List<Object> args = new ArrayList<>();
        String where = siteWhere(new SiteFilter(level, townId, true), args);
        return read().query(SITE_COLUMNS + SITE_FROM + where + " ORDER BY t.sort_order, c.name",
                AccreditationService::siteRow, args.toArray());
    }

    /** For the dashboard: the number of current sites per level, in the whole city or one town. */
    @Transactional(readOnly = true)
    public Map<Level, Long> currentSiteCounts(@Nullable Long townId) {
        return siteCounts(townId, null);
    }

    /** For the dashboard: current sites per town/street and level, in the caller's area (one GROUP BY). */
    @Transactional(readOnly = true)
    public Map<Long, Map<Level, Long>> currentSiteCountsByTown() {
        return siteCountsByTown(null);
    }

    /** Current sites whose validity ends within {@code days} days: due for re-review (also for the dashboard). */
    @Transactional(readOnly = true)
    public List<SiteRow> sitesDueForReview(int days) {
        return sitesDue(days, null);
    }

    /** Current sites whose live figures fell below the thresholds of their level's latest round. */
    @Transactional(readOnly = true)
    public List<ReviewCandidate> reviewCandidates() {
        Map<Level, Optional<Round>> latest = new EnumMap<>(Level.class);
        List<ReviewCandidate> candidates = new ArrayList<>();
        CompoundFacts area = facts.forMany(null);
        for (SiteRow site : allCurrentSites()) {
            Optional<Round> round = latest.computeIfAbsent(site.level(), rounds::findFirstByLevelOrderByYearDescIdDesc);
            if (round.isEmpty()) {
                continue;
            }
            Eligibility e = EligibilityRules.check(site.compoundId(), area, site.level(), round.get().getMinSatisfaction(),
                    round.get().getMinFeeCollection(), true);
            if (!e.passed()) {
                candidates.add(new ReviewCandidate(site, e.failures()));
            }
        }
        return candidates;
    }

    private List<SiteRow> allCurrentSites() {
        List<Object> args = new ArrayList<>();
        String where = siteWhere(new SiteFilter(null, null, true), args);
        return read().query(SITE_COLUMNS + SITE_FROM + where + " ORDER BY " + LEVEL_ORDER + ", t.sort_order, c.name",
                AccreditationService::siteRow, args.toArray());
    }

    /**
     * Sites by level as they stood at the end of a past day (the dashboard's "as of" a month): certified
     * by then, still valid, and not yet revoked or expired. Today's are {@link #currentSiteCounts}.
     */
    @Transactional(readOnly = true)
    public Map<Level, Long> siteCountsOn(@Nullable Long townId, LocalDate on) {
        return siteCounts(townId, on);
    }

    /** {@link #siteCountsOn} for every town/street of the caller's area. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Level, Long>> siteCountsByTownOn(LocalDate on) {
        return siteCountsByTown(on);
    }

    /** The sites that were due for re-review within {@code days} of the end of a past day. */
    @Transactional(readOnly = true)
    public List<SiteRow> sitesDueForReviewOn(int days, LocalDate on) {
        return sitesDue(days, on);
    }

    /** Sites by level: current now (state, {@code on} null) or at the end of a past day (dates). */
    private Map<Level, Long> siteCounts(@Nullable Long townId, @Nullable LocalDate on) {
        List<Object> args = new ArrayList<>();
        String where = sitesIn(townId, on, args);
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            counts.put(l, 0L);
        }
        read().query("SELECT s.level, COUNT(*) " + SITE_FROM + where + " GROUP BY s.level",
                rs -> {
                    counts.put(Level.valueOf(rs.getString(1)), rs.getLong(2));
                }, args.toArray());
        return counts;
    }

    private Map<Long, Map<Level, Long>> siteCountsByTown(@Nullable LocalDate on) {
        List<Object> args = new ArrayList<>();
        String where = sitesIn(null, on, args);
        Map<Long, Map<Level, Long>> counts = new java.util.LinkedHashMap<>();
        read().query("SELECT s.town_id, s.level, COUNT(*) " + SITE_FROM + where + " GROUP BY s.town_id, s.level",
                rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Level.class))
                            .put(Level.valueOf(rs.getString(2)), rs.getLong(3));
                }, args.toArray());
        return counts;
    }

    private List<SiteRow> sitesDue(int days, @Nullable LocalDate on) {
        List<Object> args = new ArrayList<>();
        String where = sitesIn(null, on, args) + " AND s.valid_to <= ?";
        args.add((on == null ? today() : on).plusDays(days));
        return read().query(SITE_COLUMNS + SITE_FROM + where + " ORDER BY s.valid_to, c.name",
                AccreditationService::siteRow, args.toArray());
    }

    /** The caller's sites (of one town when given) current now, or at the end of a past day. */
    private String sitesIn(@Nullable Long townId, @Nullable LocalDate on, List<Object> args) {
        String where = siteWhere(new SiteFilter(null, townId, on == null), args);
        if (on == null) {
            return where;
        }
        args.add(on);
        args.add(on);
        args.add(on.plusDays(1).atStartOfDay());
        return where + " AND s.valid_from <= ? AND s.valid_to >= ? AND (s.ended_at IS NULL OR s.ended_at >= ?)";
    }

    private String siteWhere(SiteFilter filter, List<Object> args) {
        Optional<Long> town = currentUser.scope().townFilter();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (town.isPresent()) {
            where.append(" AND s.town_id = ?");
            args.add(town.get());
        }
        if (filter.townId() != null) {
            where.append(" AND s.town_id = ?");
            args.add(filter.townId());
        }
        if (filter.level() != null) {
            where.append(" AND s.level = ?");
            args.add(filter.level().name());
        }
        if (filter.currentOnly()) {
            where.append(" AND s.state = 'CURRENT'");
        }
        return where.toString();
    }

    private static SiteRow siteRow(ResultSet rs, int i) throws SQLException {
        return new SiteRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getLong(7), rs.getString(8), Level.valueOf(rs.getString(9)), rs.getString(10),
                rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getString(13), rs.getString(14));
    }

    // ---------------------------------------------------------------- timeline

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long applicationId) {
        readable(applicationId);
        return read().query("""
                SELECT occurred_at, username, step, from_state, to_state, note FROM accr_event
                WHERE application_id = ? ORDER BY occurred_at, id""",
                (rs, i) -> new TimelineEntry(Objects.requireNonNull(instant(rs, 1)), rs.getString(2),
                        Step.valueOf(rs.getString(3)), rs.getString(4) == null ? null : AppState.valueOf(rs.getString(4)),
                        AppState.valueOf(rs.getString(5)), rs.getString(6)), applicationId);
    }

    private void step(Application app, Step step, @Nullable String note) {
        AppState from = app.step(step);
        appendEvent(app.requireId(), step, from, app.getState(), note);
    }

    private void event(Application app, Step step, @Nullable AppState from, @Nullable String note) {
        appendEvent(app.requireId(), step, from, app.getState(), note);
    }

    private void appendEvent(long applicationId, Step step, @Nullable AppState from, AppState to, @Nullable String note) {
        String user = currentUser.find().map(u -> u.getUsername()).orElse(SYSTEM);
        jdbc.update("""
                INSERT INTO accr_event (application_id, occurred_at, username, step, from_state, to_state, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", applicationId, LocalDateTime.ofInstant(now(), ZoneOffset.UTC), user,
                step.name(), from == null ? null : from.name(), to.name(),
                note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note);
    }

    // ---------------------------------------------------------------- scope and helpers

    /** The application if the caller may read it: admin; its town's coordinator; a reviewer assigned to it. */
    private Application readable(long id) {
        Scope scope = currentUser.scope();
        Application app = applications.findById(id).orElseThrow(AccreditationService::notFound);
        if (scope.role() == Role.REVIEWER) {
            if (!assignments.existsByApplicationIdAndReviewerIdAndStateNot(id, scope.userId(), Assignment.State.RECUSED)) {
                scope.requireTown(app.getTownId()); // refused and logged: reviewers cover no town
            }
        } else {
            scope.requireTown(app.getTownId());
        }
        return app;
    }

    /** The scheduled jobs run with nobody logged in; a logged-in caller must be an admin. */
    private void requireSystemOrAdmin() {
        currentUser.find().ifPresent(user -> user.scope().requireAdmin());
    }

    private void requireCoordinatorOf(Application app) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        scope.requireTown(app.getTownId());
    }

    private Application editableByCoordinator(long id, long version) {
        Application app = applications.findById(id).orElseThrow(AccreditationService::notFound);
        requireCoordinatorOf(app);
        StaleEditException.check(version, app.getVersion());
        if (!app.getState().editable()) {
            throw new RuleViolationException("accreditation.error.notEditable");
        }
        return app;
    }

    private Application versioned(long id, long version) {
        Application app = applications.findById(id).orElseThrow(AccreditationService::notFound);
        StaleEditException.check(version, app.getVersion());
        return app;
    }

    record ReviewerRef(long id, String username, String displayName, @Nullable Long townId) {
    }

    private List<ReviewerRef> reviewers() {
        return read().query("""
                SELECT id, username, display_name, town_id FROM user_account
                WHERE role = 'REVIEWER' AND enabled ORDER BY username""",
                (rs, i) -> new ReviewerRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4)));
    }

    private Set<Long> institutionsOf(long userId) {
        return affiliations.findByUserId(userId).stream().map(ReviewerAffiliation::getInstitutionId)
                .collect(Collectors.toSet());
    }

    private String reviewerName(long userId) {
        return read().queryForObject("SELECT display_name FROM user_account WHERE id = ?", String.class, userId);
    }

    private String townName(long townId) {
        return read().queryForObject("SELECT name FROM town WHERE id = ?", String.class, townId);
    }

    /** JDBC reads see the changes this transaction made through JPA: flush them first (a no-op when clean). */
    private JdbcTemplate read() {
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        return jdbc;
    }

    private static String orderBy(Sort sort, Map<String, String> columns, String fallback) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order o : sort) {
            String column = columns.get(o.getProperty());
            if (column != null) {
                parts.add(column + (o.isAscending() ? " ASC" : " DESC"));
            }
        }
        parts.add(fallback);
        return " ORDER BY " + String.join(", ", parts);
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static String required(String field, @Nullable String value, int max) {
        return text(field, value, max, true);
    }

    private static String text(String field, @Nullable String value, int max, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (required && clean.isEmpty()) {
            throw RuleViolationException.atField(field, "accreditation.error.required");
        }
        if (clean.length() > max) {
            throw RuleViolationException.atField(field, "accreditation.error.tooLong", max);
        }
        return clean;
    }

    private static void percent(String field, @Nullable BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw RuleViolationException.atField(field, "accreditation.error.percent");
        }
    }

    // ---------------------------------------------------------------- reviewer affiliations

    /** Every enabled reviewer with their town/street and institutions (city admins), by username. */
    @Transactional(readOnly = true)
    public List<ReviewerAffiliations> reviewerAffiliations() {
        currentUser.scope().requireAdmin();
        Map<Long, String> institutions = facts.institutionNames();
        Map<Long, String> towns = region.townsInScope().stream()
                .collect(Collectors.toMap(TownRef::id, TownRef::name));
        Map<Long, List<AffiliationRow>> byReviewer = new java.util.HashMap<>();
        affiliations.findAll().stream()
                .sorted(java.util.Comparator.comparing(a -> institutions.getOrDefault(a.getInstitutionId(), "")))
                .forEach(a -> byReviewer.computeIfAbsent(a.getUserId(), k -> new ArrayList<>()).add(affiliationRow(a,
                        institutions)));
        return reviewers().stream().map(r -> new ReviewerAffiliations(r.id(), r.displayName(), r.username(),
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

    /**
     * Records that a reviewer belongs to an institution (city admins): from then on they are not assigned
     * to applications from communities paired with it. Assignments already made are not undone.
     */
    public AffiliationRow addAffiliation(long reviewerId, @Nullable Long institutionId) {
        currentUser.scope().requireAdmin();
        ReviewerRef reviewer = reviewers().stream().filter(r -> r.id() == reviewerId).findFirst()
                .orElseThrow(() -> RuleViolationException.atField("reviewer", "accreditation.error.notAReviewer"));
        if (institutionId == null) {
            throw RuleViolationException.atField("institutionId", "accr.affiliation.error.institutionRequired");
        }
        Map<Long, String> institutions = facts.institutionNames();
        String name = institutions.get(institutionId);
        if (name == null) {
            throw RuleViolationException.atField("institutionId", "accr.affiliation.error.noInstitution");
        }
        if (institutionsOf(reviewerId).contains(institutionId)) {
            throw RuleViolationException.atField("institutionId", "accr.affiliation.error.duplicate",
                    reviewer.displayName(), name);
        }
        return affiliationRow(affiliations.saveAndFlush(new ReviewerAffiliation(reviewerId, institutionId)), institutions);
    }

    /** Removes an affiliation (city admins), refusing a stale one. */
    public void removeAffiliation(long id, long seenVersion) {
        currentUser.scope().requireAdmin();
        ReviewerAffiliation affiliation = affiliations.findById(id).orElseThrow(AccreditationService::notFound);
        StaleEditException.check(seenVersion, affiliation.getVersion());
        affiliations.delete(affiliation);
    }

    private static AffiliationRow affiliationRow(ReviewerAffiliation a, Map<Long, String> institutions) {
        return new AffiliationRow(a.requireId(), a.getVersion(), a.getInstitutionId(),
                institutions.getOrDefault(a.getInstitutionId(), "#" + a.getInstitutionId()));
    }

    // ---------------------------------------------------------------- work calendar

    /** How far ahead the calendar is read for a notice: longer than any holiday run plus five working days. */
    private static final int CALENDAR_HORIZON_DAYS = 120;

    /** The working days from a date on, by the work calendar's entries (holidays, weekend days worked). */
    private WorkingDays workingDaysFrom(LocalDate start) {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        for (CalendarDay day : calendar.findByDayBetweenOrderByDay(start, start.plusDays(CALENDAR_HORIZON_DAYS))) {
            (day.getKind() == CalendarDayKind.HOLIDAY ? holidays : workdays).add(day.getDay());
        }
        return WorkingDays.with(holidays, workdays);
    }

    /** The public notice a publication on {@code publishedOn} would get: its first and last day. */
    @Transactional(readOnly = true)
    public List<LocalDate> noticePeriod(LocalDate publishedOn) {
        currentUser.scope().requireAdmin();
        return period(publishedOn);
    }

    /** First and last day of a notice published on a day: five working days by the work calendar. */
    private List<LocalDate> period(LocalDate publishedOn) {
        WorkingDays days = workingDaysFrom(publishedOn);
        LocalDate from = days.firstWorkingDayFrom(publishedOn);
        return List.of(from, days.lastDay(from, WorkingDays.NOTICE_DAYS));
    }

    /** The work calendar's entries of one year, by date (city admins). */
    @Transactional(readOnly = true)
    public List<CalendarDayRow> calendarDays(int year) {
        currentUser.scope().requireAdmin();
        return calendar.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(AccreditationService::calendarRow).toList();
    }

    /**
     * Adds a holiday or a weekend day made a working day (city admins), from the State Council's yearly
     * schedule. Notices already published keep their dates.
     */
    public CalendarDayRow addCalendarDay(CalendarDayForm form) {
        currentUser.scope().requireAdmin();
        if (form.day() == null) {
            throw RuleViolationException.atField("day", "accr.calendar.error.dayRequired");
        }
        if (form.kind() == null) {
            throw RuleViolationException.atField("kind", "accr.calendar.error.kindRequired");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw RuleViolationException.atField("name", "accr.calendar.error.nameRequired");
        }
        if (name.length() > 50) {
            throw RuleViolationException.atField("name", "accr.calendar.error.nameTooLong", 50);
        }
        if (form.kind() == CalendarDayKind.WORKDAY && WorkingDays.WEEKDAYS.isWorkingDay(form.day())) {
            throw RuleViolationException.atField("kind", "accr.calendar.error.workdayOnWeekday", form.day());
        }
        if (calendar.existsByDay(form.day())) {
            throw RuleViolationException.atField("day", "accr.calendar.error.duplicate", form.day());
        }
        return calendarRow(calendar.saveAndFlush(new CalendarDay(form.day(), form.kind(), name)));
    }

    /** Removes an entry (city admins), refusing a stale one. */
    public void removeCalendarDay(long id, long seenVersion) {
        currentUser.scope().requireAdmin();
        CalendarDay day = calendar.findById(id).orElseThrow(AccreditationService::notFound);
        StaleEditException.check(seenVersion, day.getVersion());
        calendar.delete(day);
    }

    private static CalendarDayRow calendarRow(CalendarDay day) {
        return new CalendarDayRow(day.requireId(), day.getVersion(), day.getDay(), day.getKind(), day.getName());
    }

    private static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today in the console's clock (views compare notice dates with it). */
    public LocalDate currentDate() {
        return today();
    }
}
