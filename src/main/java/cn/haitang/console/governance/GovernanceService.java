package cn.haitang.console.governance;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every rule around a compound: its committee and the party vetting of the candidates, its property
 * service (company, satisfaction, fees, disputes) and its four-party coordination meetings, and the
 * committee figures. Scoped on every method: a street coordinator reaches only compounds of their own
 * town/street, whatever id is passed ({@link RegionService#compound(long)} refuses the others). Writes
 * go through JPA (so the audit trail records them); lists and figures are SQL.
 */
@Service
@Transactional
public class GovernanceService {

    /**
     * The key of the committee formation rate among the coverage figures' contributed rates (and their
     * monthly snapshots): how to read the rate as of a past month.
     */
    public static final String COMMITTEE_RATE = "committee";

    static final int MAX_TERM_YEARS = 5;
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final String COMPOUND_JOIN = """

            JOIN compound c ON c.id = x.compound_id
            JOIN community cm ON cm.id = c.community_id
            JOIN town t ON t.id = c.town_id""";

    private final CompoundCommitteeRepository committees;
    private final CommitteeCandidateRepository candidates;
    private final CommitteeMemberRepository members;
    private final PropertyCompanyRepository companies;
    private final PropertyServiceTermRepository serviceTerms;
    private final SatisfactionSurveyRepository surveys;
    private final FeePeriodRepository fees;
    private final PropertyDisputeRepository disputes;
    private final CoordinationMeetingRepository meetings;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    GovernanceService(CompoundCommitteeRepository committees, CommitteeCandidateRepository candidates,
                      CommitteeMemberRepository members, PropertyCompanyRepository companies,
                      PropertyServiceTermRepository serviceTerms, SatisfactionSurveyRepository surveys,
                      FeePeriodRepository fees, PropertyDisputeRepository disputes,
                      CoordinationMeetingRepository meetings, RegionService regions, CurrentUser currentUser,
                      JdbcTemplate jdbc, Clock clock) {
        this.committees = committees;
        this.candidates = candidates;
        this.members = members;
        this.companies = companies;
        this.serviceTerms = serviceTerms;
        this.surveys = surveys;
        this.fees = fees;
        this.disputes = disputes;
        this.meetings = meetings;
        this.regions = regions;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the compound and its committee

    /** The compound with its committee requirement and committee (refused outside the caller's area). */
    @Transactional(readOnly = true)
    public CompoundGovernance overview(long compoundId) {
        CompoundRef compound = regions.compound(compoundId);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT committee_required, committee_exemption FROM compound WHERE id = ?", compoundId);
        boolean required = Boolean.TRUE.equals(row.get("committee_required"))
                || Integer.valueOf(1).equals(row.get("committee_required"));
        return new CompoundGovernance(compound, required, (String) row.get("committee_exemption"),
                committeeRow(compoundId).orElse(null));
    }

    /** Forms the committee of a compound: 业委会 where the compound must form one, 物管会 otherwise. */
    public long formCommittee(long compoundId, CommitteeForm form) {
        CompoundGovernance compound = overview(compoundId);
        if (compound.committee() != null) {
            throw new RuleViolationException("gov.committee.error.exists");
        }
        CommitteeKind kind = checkKind(compound, form.kind());
        LocalDate[] term = checkTerm(form);
        return committees.saveAndFlush(new CompoundCommittee(compoundId, compound.compound().townId(), kind, term[0], term[1]))
                .requireId();
    }

    /** Changes the committee's term (e.g. after re-election). */
    public void changeTerm(long committeeId, long version, CommitteeForm form) {
        CompoundCommittee committee = loadCommittee(committeeId);
        StaleEditException.check(version, committee.getVersion());
        checkKind(overview(committee.getCompoundId()), form.kind());
        LocalDate[] term = checkTerm(form);
        committee.changeTerm(term[0], term[1]);
        flush();
    }

    /** Dissolves a committee that has no members and no vetting history yet (a mistaken entry). */
    public void deleteCommittee(long committeeId, long version) {
        CompoundCommittee committee = loadCommittee(committeeId);
        StaleEditException.check(version, committee.getVersion());
        if (candidates.countByCommitteeId(committeeId) > 0) {
            throw new RuleViolationException("gov.committee.error.hasCandidates");
        }
        committees.delete(committee);
        flush();
    }

    private CommitteeKind checkKind(CompoundGovernance compound, @Nullable CommitteeKind kind) {
        if (kind == null) {
            throw RuleViolationException.atField("kind", "validation.required");
        }
        if (kind != compound.expectedKind()) {
            throw RuleViolationException.atField("kind", compound.committeeRequired()
                    ? "gov.committee.error.mustBeOwners" : "gov.committee.error.mustBePropertyManagement");
        }
        return kind;
    }

    private static LocalDate[] checkTerm(CommitteeForm form) {
        if (form.termStart() == null) {
            throw RuleViolationException.atField("termStart", "validation.required");
        }
        if (form.termEnd() == null) {
            throw RuleViolationException.atField("termEnd", "validation.required");
        }
        if (!form.termEnd().isAfter(form.termStart())) {
            throw RuleViolationException.atField("termEnd", "gov.committee.error.termOrder");
        }
        if (form.termEnd().isAfter(form.termStart().plusYears(MAX_TERM_YEARS))) {
            throw RuleViolationException.atField("termEnd", "gov.committee.error.termLength", MAX_TERM_YEARS);
        }
        return new LocalDate[] {form.termStart(), form.termEnd()};
    }

    /** The committee of a compound, if it has one. */
    @Transactional(readOnly = true)
    public Optional<CommitteeRow> committeeOf(long compoundId) {
        regions.compound(compoundId);
        return committeeRow(compoundId);
    }

    private Optional<CommitteeRow> committeeRow(long compoundId) {
        List<CommitteeRow> rows = jdbc.query("""
                SELECT x.id, x.compound_id, c.name AS compound_name, cm.name AS community_name, c.town_id,
                       t.name AS town_name, x.kind, x.term_start, x.term_end,
                       (SELECT COUNT(*) FROM committee_member m WHERE m.committee_id = x.id) AS members,
                       (SELECT COALESCE(SUM(party_member), 0) FROM committee_member m WHERE m.committee_id = x.id)
                           AS party_members, x.version
                FROM compound_committee x""" + COMPOUND_JOIN + " WHERE x.compound_id = ?", this::committee, compoundId);
        return rows.stream().findFirst();
    }

    /** The elected members, director first. */
    @Transactional(readOnly = true)
    public List<MemberRow> members(long committeeId) {
        loadCommittee(committeeId);
        return jdbc.query("""
                SELECT id, candidate_id, name, role, party_member, version FROM committee_member WHERE committee_id = ?
                ORDER BY FIELD(role, 'DIRECTOR', 'DEPUTY', 'MEMBER'), id""",
                (rs, i) -> new MemberRow(rs.getLong(1), rs.getLong(2), rs.getString(3), MemberRole.valueOf(rs.getString(4)),
                        rs.getBoolean(5), rs.getLong(6)), committeeId);
    }

    /** The candidates with their vetting: the committee's vetting history, newest first. */
    @Transactional(readOnly = true)
    public List<CandidateRow> candidates(long committeeId) {
        loadCommittee(committeeId);
        return jdbc.query("""
                SELECT id, name, party_member, proposed_on, status, vetter_kind, vetted_by, vetted_on, reason, version
                FROM committee_candidate WHERE committee_id = ? ORDER BY proposed_on DESC, id DESC""",
                (rs, i) -> new CandidateRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3), date(rs, 4),
                        CandidateStatus.valueOf(rs.getString(5)),
                        rs.getString(6) == null ? null : VetterKind.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getDate(8) == null ? null : date(rs, 8), rs.getString(9), rs.getLong(10)), committeeId);
    }

    /** Proposes a candidate for the committee; the party organisation vets them next. */
    public long proposeCandidate(long committeeId, CandidateForm form) {
        CompoundCommittee committee = loadCommittee(committeeId);
        String name = checkName("name", form.name(), 32);
        LocalDate proposedOn = checkPastDate("proposedOn", form.proposedOn());
        return candidates.saveAndFlush(new CommitteeCandidate(committeeId, committee.getTownId(), name, form.partyMember(),
                proposedOn)).requireId();
    }

    /** Vets a proposed candidate: approved, or rejected with a reason; by which organisation, who, when. */
    public void vetCandidate(long candidateId, long version, VettingForm form) {
        CommitteeCandidate candidate = loadCandidate(candidateId);
        StaleEditException.check(version, candidate.getVersion());
        if (candidate.getStatus() != CandidateStatus.PROPOSED) {
            throw new RuleViolationException("gov.vetting.error.alreadyVetted", candidate.getName());
        }
        if (form.vetterKind() == null) {
            throw RuleViolationException.atField("vetterKind", "validation.required");
        }
        String vettedBy = checkName("vettedBy", form.vettedBy(), 32);
        LocalDate vettedOn = checkPastDate("vettedOn", form.vettedOn());
        if (vettedOn.isBefore(candidate.getProposedOn())) {
            throw RuleViolationException.atField("vettedOn", "gov.vetting.error.beforeProposal");
        }
        String reason = blankToNull(form.reason());
        if (!form.approved() && reason == null) {
            throw RuleViolationException.atField("reason", "gov.vetting.error.reasonRequired");
        }
        if (reason != null && reason.length() > 500) {
            throw RuleViolationException.atField("reason", "gov.error.tooLong", 500);
        }
        candidate.vet(form.approved(), form.vetterKind(), vettedBy, vettedOn, reason);
        flush();
    }

    /** Withdraws a candidate that has not been vetted yet; vetted candidates stay as history. */
    public void withdrawCandidate(long candidateId, long version) {
        CommitteeCandidate candidate = loadCandidate(candidateId);
        StaleEditException.check(version, candidate.getVersion());
        if (candidate.getStatus() != CandidateStatus.PROPOSED) {
            throw new RuleViolationException("gov.vetting.error.keepHistory");
        }
        candidates.delete(candidate);
        flush();
    }

    /** Records an approved candidate as elected, with their role; one director per committee. */
    public long electMember(long candidateId, long version, @Nullable MemberRole role) {
        CommitteeCandidate candidate = loadCandidate(candidateId);
        StaleEditException.check(version, candidate.getVersion());
        if (candidate.getStatus() != CandidateStatus.APPROVED) {
            throw new RuleViolationException("gov.member.error.notApproved", candidate.getName());
        }
        checkRole(candidate.getCommitteeId(), role, null);
        candidate.markElected();
        return members.saveAndFlush(new CommitteeMember(candidate.getCommitteeId(), candidate.getTownId(), candidate.requireId(),
                candidate.getName(), role, candidate.isPartyMember())).requireId();
    }

    public void changeMemberRole(long memberId, long version, @Nullable MemberRole role) {
        CommitteeMember member = loadMember(memberId);
        StaleEditException.check(version, member.getVersion());
        checkRole(member.getCommitteeId(), role, memberId);
        member.changeRole(role);
        flush();
    }

    /** Removes a member (e.g. resigned); their candidate goes back to approved, the vetting stays. */
    public void removeMember(long memberId, long version) {
        CommitteeMember member = loadMember(memberId);
        StaleEditException.check(version, member.getVersion());
        candidates.findById(member.getCandidateId()).ifPresent(CommitteeCandidate::unmarkElected);
        members.delete(member);
        flush();
    }

    private void checkRole(long committeeId, @Nullable MemberRole role, @Nullable Long exceptMember) {
        if (role == null) {
            throw RuleViolationException.atField("role", "validation.required");
        }
        if (role == MemberRole.DIRECTOR && members.findByCommitteeId(committeeId).stream()
                .anyMatch(m -> m.getRole() == MemberRole.DIRECTOR && !m.getId().equals(exceptMember))) {
            throw RuleViolationException.atField("role", "gov.member.error.oneDirector");
        }
    }

    // ------------------------------------------------------------------ committees overview and figures

    private static final String COMMITTEE_SELECT = """
            SELECT x.id, x.compound_id, c.name AS compound_name, cm.name AS community_name, c.town_id, t.name AS town_name,
                   x.kind, x.term_start, x.term_end, COALESCE(m.n, 0) AS members, COALESCE(m.p, 0) AS party_members, x.version
            FROM compound_committee x""" + COMPOUND_JOIN + """

             LEFT JOIN (SELECT committee_id, COUNT(*) n, SUM(party_member) p FROM committee_member GROUP BY committee_id) m
                   ON m.committee_id = x.id""";

    /** The same row without member counts: a page is fetched first, its counts after (no scan of all members). */
    private static final String COMMITTEE_PAGE_SELECT = """
            SELECT x.id, x.compound_id, c.name AS compound_name, cm.name AS community_name, c.town_id, t.name AS town_name,
                   x.kind, x.term_start, x.term_end, 0 AS members, 0 AS party_members, x.version
            FROM compound_committee x""" + COMPOUND_JOIN;

    private static final Map<String, String> COMMITTEE_SORT = Map.of("compoundName", "c.name", "townName",
            "t.sort_order", "communityName", "cm.name", "kind", "x.kind", "termStart", "x.term_start", "termEnd",
            "x.term_end", "members", "members", "partyMembers", "party_members");

    /** The committees of the caller's area, filtered (town, kind, term ending within N days). */
    @Transactional(readOnly = true)
    public List<CommitteeRow> committees(CommitteeFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = committeeWhere(filter, args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        boolean byMembers = pageable.getSort().stream()
                .anyMatch(o -> o.getProperty().equals("members") || o.getProperty().equals("partyMembers"));
        List<CommitteeRow> page = jdbc.query((byMembers ? COMMITTEE_SELECT : COMMITTEE_PAGE_SELECT) + where
                + orderBy(pageable.getSort(), COMMITTEE_SORT, "t.sort_order, c.name") + " LIMIT ? OFFSET ?",
                this::committee, args.toArray());
        if (byMembers || page.isEmpty()) {
            return page;
        }
        Map<Long, int[]> counts = new java.util.HashMap<>();
        String ids = page.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(","));
        jdbc.query("SELECT committee_id, COUNT(*), COALESCE(SUM(party_member), 0) FROM committee_member WHERE committee_id IN ("
                + ids + ") GROUP BY committee_id", rs -> {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return page.stream().map(c -> {
            int[] n = counts.getOrDefault(c.id(), new int[2]);
            return new CommitteeRow(c.id(), c.compoundId(), c.compoundName(), c.communityName(), c.townId(), c.townName(),
                    c.kind(), c.termStart(), c.termEnd(), n[0], n[1], c.version());
        }).toList();
    }

    @Transactional(readOnly = true)
    public int countCommittees(CommitteeFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = committeeWhere(filter, args);
        return count("SELECT COUNT(*) FROM compound_committee x JOIN compound c ON c.id = x.compound_id" + where, args);
    }

    private String committeeWhere(CommitteeFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        scopeTown(filter.townId(), "x.town_id", where, args);
        if (filter.kind() != null) {
            where.append(" AND x.kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.expiringWithinDays() != null) {
            where.append(" AND x.term_end <= ?");
            args.add(Date.valueOf(today().plusDays(filter.expiringWithinDays())));
        }
        return where.toString();
    }

    private CommitteeRow committee(ResultSet rs, int i) throws SQLException {
        return new CommitteeRow(rs.getLong("id"), rs.getLong("compound_id"), rs.getString("compound_name"),
                rs.getString("community_name"), rs.getLong("town_id"), rs.getString("town_name"),
                CommitteeKind.valueOf(rs.getString("kind")), date(rs, "term_start"), date(rs, "term_end"),
                rs.getInt("members"), rs.getInt("party_members"), rs.getLong("version"));
    }

    /** Committee formation and cross-appointment for the whole city (the caller's town for a coordinator). */
    @Transactional(readOnly = true)
    public FormationFigure committeeFormationCity() {
        Optional<Long> town = currentUser.scope().townFilter();
        if (town.isPresent()) {
            return committeeFormationByTown().getFirst();
        }
        return areaFigures("0", "''", null, "").getFirst();
    }

    /**
     * The whole city's committee formation, for comparison beside a coordinator's own figure (the city
     * average on the dashboard): any caller with an area may read it; reviewers are refused.
     */
    @Transactional(readOnly = true)
    public FormationFigure committeeFormationWholeCity() {
        currentUser.scope().townFilter();
        return areaFigures("0", "''", null, "").getFirst();
    }

    /** Committee formation (numerator/denominator) and cross-appointment per town/street in the caller's area. */
    @Transactional(readOnly = true)
    public List<FormationFigure> committeeFormationByTown() {
        Optional<Long> town = currentUser.scope().townFilter();
        return areaFigures("t.id", "t.name", "t.sort_order", town.map(id -> " AND c.town_id = " + id).orElse(""));
    }

    /** Committee formation and cross-appointment per community of a town/street. */
    @Transactional(readOnly = true)
    public List<FormationFigure> committeeFormationByCommunity(long townId) {
        currentUser.scope().requireTown(townId);
        return areaFigures("cm.id", "cm.name", "cm.name", " AND c.town_id = " + townId);
    }

    /**
     * Figures grouped by area (town or community), or for all compounds at once when {@code order} is null:
     * formation counted over compounds, each joined to its committee through the unique key on
     * compound_committee.compound_id (a join, not a correlated EXISTS per compound); members counted over
     * committee_member grouped by the same area; merged by area id.
     */
    private List<FormationFigure> areaFigures(String idColumn, String nameColumn, @Nullable String order, String where) {
        String grouping = order == null ? "" : " GROUP BY %1$s, %2$s, %3$s ORDER BY %3$s";
        List<FormationFigure> formation = jdbc.query(("""
                SELECT %1$s AS id, %2$s AS name, COALESCE(SUM(c.committee_required), 0) AS required,
                       COUNT(x.compound_id) AS formed
                FROM compound c
                LEFT JOIN compound_committee x ON x.compound_id = c.id AND c.committee_required
                JOIN community cm ON cm.id = c.community_id
                JOIN town t ON t.id = c.town_id
                WHERE 1 = 1 %4$s""" + grouping).formatted(idColumn, nameColumn, order, where),
                (rs, i) -> new FormationFigure(rs.getLong("id"), rs.getString("name"), rs.getLong("required"),
                        rs.getLong("formed"), 0, 0));
        Map<Long, long[]> members = new java.util.HashMap<>();
        String memberId = idColumn.replace("t.id", "c.town_id").replace("cm.id", "c.community_id");
        String memberGrouping = order == null ? "" : " GROUP BY %1$s";
        jdbc.query(("""
                SELECT %1$s AS id, COUNT(*) AS n, COALESCE(SUM(m.party_member), 0) AS p
                FROM committee_member m
                JOIN compound_committee x ON x.id = m.committee_id
                JOIN compound c ON c.id = x.compound_id
                WHERE 1 = 1 %2$s""" + memberGrouping).formatted(memberId, where),
                rs -> {
                    members.put(rs.getLong("id"), new long[] {rs.getLong("n"), rs.getLong("p")});
                });
        return formation.stream().map(f -> {
            long[] m = members.getOrDefault(f.id(), new long[2]);
            return new FormationFigure(f.id(), f.name(), f.required(), f.formed(), m[0], m[1]);
        }).toList();
    }

    /** The gap list: compounds required to form a committee that have none, in the caller's area. */
    @Transactional(readOnly = true)
    public List<GapRow> formationGaps(GapFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = gapWhere(filter, args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return jdbc.query("""
                SELECT c.id, c.name, cm.name, t.name, c.households FROM compound c
                JOIN community cm ON cm.id = c.community_id JOIN town t ON t.id = c.town_id""" + where
                + orderBy(pageable.getSort(), Map.of("compoundName", "c.name", "communityName", "cm.name", "townName",
                        "t.sort_order", "households", "c.households"), "t.sort_order, cm.name, c.name")
                + " LIMIT ? OFFSET ?",
                (rs, i) -> new GapRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                args.toArray());
    }

    @Transactional(readOnly = true)
    public int countFormationGaps(GapFilter filter) {
        List<Object> args = new ArrayList<>();
        return count("SELECT COUNT(*) FROM compound c" + gapWhere(filter, args), args);
    }

    private String gapWhere(GapFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(
                " WHERE c.committee_required AND NOT EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = c.id)");
        scopeTown(filter.townId(), "c.town_id", where, args);
        if (filter.communityId() != null) {
            where.append(" AND c.community_id = ?");
            args.add(filter.communityId());
        }
        return where.toString();
    }

    /** Ids of the compounds (in the caller's area, optionally one town) that have a committee of either kind. */
    @Transactional(readOnly = true)
    public Set<Long> compoundsWithCommittee(@Nullable Long townId) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        scopeTown(townId, "x.town_id", where, args);
        return new HashSet<>(jdbc.queryForList("SELECT x.compound_id FROM compound_committee x" + where, Long.class,
                args.toArray()));
    }

    /** Ids of the compounds required to form a committee that have none (the gap list as ids). */
    @Transactional(readOnly = true)
    public Set<Long> compoundsWithoutCommittee(@Nullable Long townId) {
        List<Object> args = new ArrayList<>();
        String where = gapWhere(new GapFilter(townId, null), args);
        return new HashSet<>(jdbc.queryForList("SELECT c.id FROM compound c" + where, Long.class, args.toArray()));
    }

    /** Whether the compound has an owners' or property management committee. */
    @Transactional(readOnly = true)
    public boolean hasCommittee(long compoundId) {
        regions.compound(compoundId);
        return committees.findByCompoundId(compoundId).isPresent();
    }

    // ------------------------------------------------------------------ property companies

    /** The registry, searchable by name or code. Readable by city admins and coordinators. */
    @Transactional(readOnly = true)
    public List<PropertyCompanyRow> companies(@Nullable String search, Pageable pageable) {
        currentUser.scope().townFilter();
        List<Object> args = new ArrayList<>();
        String where = companyWhere(search, args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return jdbc.query("""
                SELECT p.id, p.name, p.credit_code, p.contact_person, p.contact_phone, COALESCE(s.n, 0) AS served, p.version
                FROM property_company p
                LEFT JOIN (SELECT company_id, COUNT(*) n FROM property_service_term WHERE until IS NULL GROUP BY company_id) s
                       ON s.company_id = p.id""" + where
                + orderBy(pageable.getSort(), Map.of("name", "p.name", "creditCode", "p.credit_code", "contactPerson",
                        "p.contact_person", "compoundsServed", "served"), "p.name") + " LIMIT ? OFFSET ?",
                (rs, i) -> new PropertyCompanyRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getLong(7)), args.toArray());
    }

    @Transactional(readOnly = true)
    public int countCompanies(@Nullable String search) {
        currentUser.scope().townFilter();
        List<Object> args = new ArrayList<>();
        return count("SELECT COUNT(*) FROM property_company p" + companyWhere(search, args), args);
    }

    private static String companyWhere(@Nullable String search, List<Object> args) {
        if (search == null || search.isBlank()) {
            return "";
        }
        args.add("%" + search.trim() + "%");
        args.add(search.trim().toUpperCase() + "%");
        return " WHERE (p.name LIKE ? OR p.credit_code LIKE ?)";
    }

    /** All companies by name, to choose the one serving a compound. */
    @Transactional(readOnly = true)
    public List<CompanyOption> companyOptions() {
        currentUser.scope().townFilter();
        return jdbc.query("SELECT id, name FROM property_company ORDER BY name",
                (rs, i) -> new CompanyOption(rs.getLong(1), rs.getString(2)));
    }

    public long createCompany(PropertyCompanyForm form) {
        currentUser.scope().requireAdmin();
        PropertyCompanyForm valid = checkCompany(form, null);
        return companies.saveAndFlush(new PropertyCompany(valid.name(), valid.creditCode(), valid.contactPerson(),
                valid.contactPhone())).requireId();
    }

    public void updateCompany(long id, long version, PropertyCompanyForm form) {
        currentUser.scope().requireAdmin();
        PropertyCompany company = companies.findById(id).orElseThrow(GovernanceService::notFound);
        StaleEditException.check(version, company.getVersion());
        PropertyCompanyForm valid = checkCompany(form, id);
        company.describe(valid.name(), valid.creditCode(), valid.contactPerson(), valid.contactPhone());
        flush();
    }

    /** Deletes a company that never served a compound (otherwise its history would be lost). */
    public void deleteCompany(long id, long version) {
        currentUser.scope().requireAdmin();
        PropertyCompany company = companies.findById(id).orElseThrow(GovernanceService::notFound);
        StaleEditException.check(version, company.getVersion());
        if (serviceTerms.existsByCompanyId(id)) {
            throw new RuleViolationException("gov.company.error.inUse", company.getName());
        }
        companies.delete(company);
        flush();
    }

    private PropertyCompanyForm checkCompany(PropertyCompanyForm form, @Nullable Long id) {
        String name = checkName("name", form.name(), 100);
        String code = form.creditCode() == null ? "" : form.creditCode().trim().toUpperCase();
        if (code.isEmpty()) {
            throw RuleViolationException.atField("creditCode", "validation.required");
        }
        if (!CreditCode.isValid(code)) {
            throw RuleViolationException.atField("creditCode", "gov.company.error.creditCode");
        }
        companies.findByName(name).filter(c -> !c.getId().equals(id)).ifPresent(c -> {
            throw RuleViolationException.atField("name", "gov.company.error.nameTaken", name);
        });
        companies.findByCreditCode(code).filter(c -> !c.getId().equals(id)).ifPresent(c -> {
            throw RuleViolationException.atField("creditCode", "gov.company.error.codeTaken", c.getName());
        });
        String person = checkName("contactPerson", form.contactPerson(), 32);
        String phone = form.contactPhone() == null ? "" : form.contactPhone().trim();
        if (phone.isEmpty()) {
            throw RuleViolationException.atField("contactPhone", "validation.required");
        }
        if (!PHONE.matcher(phone).matches()) {
            throw RuleViolationException.atField("contactPhone", "gov.error.phone");
        }
        return new PropertyCompanyForm(name, code, person, phone);
    }

    // ------------------------------------------------------------------ the company serving a compound

    /** Which companies served the compound, newest first (the current one has no end date). */
    @Transactional(readOnly = true)
    public List<ServiceTermRow> serviceHistory(long compoundId) {
        regions.compound(compoundId);
        return jdbc.query("""
                SELECT s.id, s.company_id, p.name, s.since, s.until FROM property_service_term s
                JOIN property_company p ON p.id = s.company_id WHERE s.compound_id = ? ORDER BY s.since DESC, s.id DESC""",
                (rs, i) -> new ServiceTermRow(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4),
                        rs.getDate(5) == null ? null : date(rs, 5)), compoundId);
    }

    /** A company starts serving the compound; the previous one's service ends that day (history kept). */
    public long assignCompany(long compoundId, @Nullable Long companyId, @Nullable LocalDate since) {
        CompoundRef compound = regions.compound(compoundId);
        if (companyId == null) {
            throw RuleViolationException.atField("companyId", "validation.required");
        }
        PropertyCompany company = companies.findById(companyId)
                .orElseThrow(() -> RuleViolationException.atField("companyId", "error.notFound"));
        LocalDate start = checkPastDate("since", since);
        Optional<PropertyServiceTerm> current = serviceTerms.findByCompoundIdAndUntilIsNull(compoundId);
        if (current.isPresent()) {
            if (current.get().getCompanyId() == companyId) {
                throw RuleViolationException.atField("companyId", "gov.service.error.sameCompany", company.getName());
            }
            if (!start.isAfter(current.get().getSince())) {
                throw RuleViolationException.atField("since", "gov.service.error.beforeCurrent",
                        current.get().getSince().toString());
            }
            current.get().end(start);
        }
        return serviceTerms.saveAndFlush(new PropertyServiceTerm(compoundId, compound.townId(), companyId, start)).requireId();
    }

    // ------------------------------------------------------------------ satisfaction surveys

    @Transactional(readOnly = true)
    public List<SurveyRow> surveys(long compoundId) {
        regions.compound(compoundId);
        return jdbc.query("""
                SELECT id, survey_date, sample_size, satisfied, version FROM satisfaction_survey WHERE compound_id = ?
                ORDER BY survey_date DESC""",
                (rs, i) -> new SurveyRow(rs.getLong(1), date(rs, 2), rs.getInt(3), rs.getInt(4),
                        Rates.of(rs.getInt(4), rs.getInt(3)), rs.getLong(5)), compoundId);
    }

    public long addSurvey(long compoundId, SurveyForm form) {
        CompoundRef compound = regions.compound(compoundId);
        LocalDate date = checkPastDate("surveyDate", form.surveyDate());
        if (form.sampleSize() == null) {
            throw RuleViolationException.atField("sampleSize", "validation.required");
        }
        if (form.sampleSize() <= 0) {
            throw RuleViolationException.atField("sampleSize", "gov.survey.error.sample");
        }
        if (form.satisfied() == null) {
            throw RuleViolationException.atField("satisfied", "validation.required");
        }
        if (form.satisfied() < 0 || form.satisfied() > form.sampleSize()) {
            throw RuleViolationException.atField("satisfied", "gov.survey.error.satisfied", form.sampleSize());
        }
        if (count("SELECT COUNT(*) FROM satisfaction_survey WHERE compound_id = ? AND survey_date = ?",
                List.of(compoundId, Date.valueOf(date))) > 0) {
            throw RuleViolationException.atField("surveyDate", "gov.survey.error.sameDay");
        }
        return surveys.saveAndFlush(new SatisfactionSurvey(compoundId, compound.townId(), date, form.sampleSize(),
                form.satisfied())).requireId();
    }

    public void deleteSurvey(long surveyId, long version) {
        SatisfactionSurvey survey = surveys.findById(surveyId).orElseThrow(GovernanceService::notFound);
        currentUser.scope().requireTown(survey.getTownId());
        StaleEditException.check(version, survey.getVersion());
        surveys.delete(survey);
        flush();
    }

    // ------------------------------------------------------------------ fee collection

    @Transactional(readOnly = true)
    public List<FeeRow> fees(long compoundId) {
        regions.compound(compoundId);
        return jdbc.query("""
                SELECT id, period_start, period_end, due, collected, version FROM fee_period WHERE compound_id = ?
                ORDER BY period_start DESC""", (rs, i) -> {
                    BigDecimal due = rs.getBigDecimal(4);
                    BigDecimal collected = rs.getBigDecimal(5);
                    return new FeeRow(rs.getLong(1), date(rs, 2), date(rs, 3), due, collected, Rates.of(collected, due),
                            due.subtract(collected), rs.getLong(6));
                }, compoundId);
    }

    public long addFeePeriod(long compoundId, FeeForm form) {
        CompoundRef compound = regions.compound(compoundId);
        if (form.periodStart() == null) {
            throw RuleViolationException.atField("periodStart", "validation.required");
        }
        if (form.periodEnd() == null) {
            throw RuleViolationException.atField("periodEnd", "validation.required");
        }
        if (form.periodEnd().isBefore(form.periodStart())) {
            throw RuleViolationException.atField("periodEnd", "gov.fee.error.periodOrder");
        }
        BigDecimal due = checkMoney("due", form.due());
        if (due.signum() == 0) {
            throw RuleViolationException.atField("due", "gov.fee.error.due");
        }
        BigDecimal collected = checkCollected(form.collected(), due);
        if (count("""
                SELECT COUNT(*) FROM fee_period WHERE compound_id = ? AND period_start <= ? AND period_end >= ?""",
                List.of(compoundId, Date.valueOf(form.periodEnd()), Date.valueOf(form.periodStart()))) > 0) {
            throw RuleViolationException.atField("periodStart", "gov.fee.error.overlap");
        }
        return fees.saveAndFlush(new FeePeriod(compoundId, compound.townId(), form.periodStart(), form.periodEnd(), due,
                collected)).requireId();
    }

    /** Updates what has been collected so far in a period. */
    public void recordCollected(long feeId, long version, @Nullable BigDecimal collected) {
        FeePeriod fee = fees.findById(feeId).orElseThrow(GovernanceService::notFound);
        currentUser.scope().requireTown(fee.getTownId());
        StaleEditException.check(version, fee.getVersion());
        fee.record(checkCollected(collected, fee.getDue()));
        flush();
    }

    public void deleteFeePeriod(long feeId, long version) {
        FeePeriod fee = fees.findById(feeId).orElseThrow(GovernanceService::notFound);
        currentUser.scope().requireTown(fee.getTownId());
        StaleEditException.check(version, fee.getVersion());
        fees.delete(fee);
        flush();
    }

    private static BigDecimal checkMoney(String field, @Nullable BigDecimal amount) {
        if (amount == null) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        if (amount.signum() < 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw RuleViolationException.atField(field, "gov.fee.error.amount");
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static BigDecimal checkCollected(@Nullable BigDecimal collected, BigDecimal due) {
        BigDecimal amount = checkMoney("collected", collected);
        if (amount.compareTo(due) > 0) {
            throw RuleViolationException.atField("collected", "gov.fee.error.collected", due.toPlainString());
        }
        return amount;
    }

    // ------------------------------------------------------------------ latest property figures (for others)

    /** The latest satisfaction and fee-collection rate of one compound. */
    @Transactional(readOnly = true)
    public CompoundPropertyFigures latestPropertyFigures(long compoundId) {
        regions.compound(compoundId);
        return propertyFigures(" AND c.id = " + compoundId).getOrDefault(compoundId,
                new CompoundPropertyFigures(compoundId, null, null, null, null));
    }

    /**
     * The latest satisfaction and fee-collection rates of every compound in the caller's area (one town
     * when given) that has any, keyed by compound id. One SQL query.
     */
    @Transactional(readOnly = true)
    public Map<Long, CompoundPropertyFigures> latestPropertyFiguresOfTown(@Nullable Long townId) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        scopeTown(townId, "c.town_id", where, args);
        return propertyFigures(args.isEmpty() ? "" : " AND c.town_id = " + ((Number) args.getFirst()).longValue());
    }

    private Map<Long, CompoundPropertyFigures> propertyFigures(String compoundCondition) {
        Map<Long, CompoundPropertyFigures> result = new LinkedHashMap<>();
        jdbc.query("""
                SELECT c.id, s.satisfied, s.sample_size, s.survey_date, f.collected, f.due, f.period_end
                FROM compound c
                LEFT JOIN (SELECT compound_id, MAX(survey_date) AS d FROM satisfaction_survey GROUP BY compound_id) ls
                       ON ls.compound_id = c.id
                LEFT JOIN satisfaction_survey s ON s.compound_id = c.id AND s.survey_date = ls.d
                LEFT JOIN (SELECT compound_id, MAX(period_start) AS d FROM fee_period GROUP BY compound_id) lf
                       ON lf.compound_id = c.id
                LEFT JOIN fee_period f ON f.compound_id = c.id AND f.period_start = lf.d
                WHERE (s.compound_id IS NOT NULL OR f.compound_id IS NOT NULL)""" + compoundCondition, rs -> {
            long id = rs.getLong(1);
            BigDecimal satisfaction = rs.getDate(4) == null ? null : Rates.of(rs.getInt(2), rs.getInt(3));
            BigDecimal fee = rs.getDate(7) == null ? null : Rates.of(rs.getBigDecimal(5), rs.getBigDecimal(6));
            result.put(id, new CompoundPropertyFigures(id, satisfaction, rs.getDate(4) == null ? null : date(rs, 4), fee,
                    rs.getDate(7) == null ? null : date(rs, 7)));
        });
        return result;
    }

    // ------------------------------------------------------------------ disputes (速裁快审)

    private static final String DISPUTE_SELECT = """
            SELECT x.id, x.compound_id, c.name AS compound_name, t.name AS town_name, x.title, x.severity, x.fast_track,
                   x.state, x.filed_on, x.resolved_on, x.closed_on, DATEDIFF(x.closed_on, x.filed_on) AS days, x.outcome,
                   x.version
            FROM property_dispute x""" + COMPOUND_JOIN;

    @Transactional(readOnly = true)
    public List<DisputeRow> disputes(DisputeFilter filter, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = disputeWhere(filter, args);
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        return jdbc.query(DISPUTE_SELECT + where
                + orderBy(pageable.getSort(), Map.of("compoundName", "c.name", "townName", "t.sort_order", "title",
                        "x.title", "severity", "x.severity", "state", "x.state", "filedOn", "x.filed_on", "closedOn",
                        "x.closed_on", "daysToClose", "days"), "x.filed_on DESC, x.id DESC")
                + " LIMIT ? OFFSET ?", (rs, i) -> new DisputeRow(rs.getLong("id"), rs.getLong("compound_id"),
                        rs.getString("compound_name"), rs.getString("town_name"), rs.getString("title"),
                        DisputeSeverity.valueOf(rs.getString("severity")), rs.getBoolean("fast_track"),
                        DisputeState.valueOf(rs.getString("state")), date(rs, "filed_on"),
                        rs.getDate("resolved_on") == null ? null : date(rs, "resolved_on"),
                        rs.getDate("closed_on") == null ? null : date(rs, "closed_on"),
                        rs.getObject("days") == null ? null : rs.getInt("days"), rs.getString("outcome"),
                        rs.getLong("version")), args.toArray());
    }

    @Transactional(readOnly = true)
    public int countDisputes(DisputeFilter filter) {
        List<Object> args = new ArrayList<>();
        return count("SELECT COUNT(*) FROM property_dispute x" + disputeWhere(filter, args), args);
    }

    private String disputeWhere(DisputeFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.compoundId() != null) {
            regions.compound(filter.compoundId());
            where.append(" AND x.compound_id = ?");
            args.add(filter.compoundId());
        }
        scopeTown(filter.townId(), "x.town_id", where, args);
        if (filter.state() != null) {
            where.append(" AND x.state = ?");
            args.add(filter.state().name());
        }
        if (filter.severity() != null) {
            where.append(" AND x.severity = ?");
            args.add(filter.severity().name());
        }
        return where.toString();
    }

    public long fileDispute(long compoundId, DisputeForm form) {
        CompoundRef compound = regions.compound(compoundId);
        String title = checkName("title", form.title(), 100);
        if (form.severity() == null) {
            throw RuleViolationException.atField("severity", "validation.required");
        }
        LocalDate filedOn = checkPastDate("filedOn", form.filedOn());
        return disputes.saveAndFlush(new PropertyDispute(compoundId, compound.townId(), title, form.severity(),
                form.fastTrack(), filedOn)).requireId();
    }

    /**
     * Moves a dispute on: filed → mediated or adjudicated, mediated → adjudicated or closed, adjudicated →
     * closed. Mediation and adjudication need their outcome; any other step is refused.
     */
    public void advanceDispute(long disputeId, long version, @Nullable DisputeState to, @Nullable LocalDate on,
                               @Nullable String outcome) {
        PropertyDispute dispute = disputes.findById(disputeId).orElseThrow(GovernanceService::notFound);
        currentUser.scope().requireTown(dispute.getTownId());
        StaleEditException.check(version, dispute.getVersion());
        if (to == null) {
            throw RuleViolationException.atField("state", "validation.required");
        }
        if (!dispute.getState().next().contains(to)) {
            throw RuleViolationException.atField("state", "gov.dispute.error.from." + dispute.getState().name());
        }
        LocalDate date = checkPastDate("on", on);
        LocalDate earliest = dispute.getResolvedOn() != null ? dispute.getResolvedOn() : dispute.getFiledOn();
        if (date.isBefore(earliest)) {
            throw RuleViolationException.atField("on", "gov.dispute.error.dateOrder", earliest.toString());
        }
        String text = blankToNull(outcome);
        if (to != DisputeState.CLOSED && text == null) {
            throw RuleViolationException.atField("outcome", "gov.dispute.error.outcomeRequired");
        }
        if (text != null && text.length() > 500) {
            throw RuleViolationException.atField("outcome", "gov.error.tooLong", 500);
        }
        dispute.advance(to, date, text);
        flush();
    }

    /** Whether the compound has a serious dispute that is not closed (accreditation needs none). */
    @Transactional(readOnly = true)
    public boolean hasOpenSeriousDispute(long compoundId) {
        regions.compound(compoundId);
        return count("SELECT COUNT(*) FROM property_dispute WHERE compound_id = ? AND severity = 'SERIOUS' AND state <> 'CLOSED'",
                List.of(compoundId)) > 0;
    }

    /** Ids of the compounds (caller's area, optionally one town) with an open serious dispute. */
    @Transactional(readOnly = true)
    public Set<Long> compoundsWithOpenSeriousDispute(@Nullable Long townId) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE severity = 'SERIOUS' AND state <> 'CLOSED'");
        scopeTown(townId, "town_id", where, args);
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT compound_id FROM property_dispute" + where, Long.class,
                args.toArray()));
    }

    // ------------------------------------------------------------------ four-party coordination meetings

    @Transactional(readOnly = true)
    public List<MeetingRow> meetings(long compoundId) {
        regions.compound(compoundId);
        return jdbc.query("""
                SELECT id, meeting_date, community_party, compound_branch, committee, property_company, topics, decisions,
                       version FROM coordination_meeting WHERE compound_id = ? ORDER BY meeting_date DESC, id DESC""",
                (rs, i) -> new MeetingRow(rs.getLong(1), date(rs, 2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getLong(9)), compoundId);
    }

    public long addMeeting(long compoundId, MeetingForm form) {
        CompoundRef compound = regions.compound(compoundId);
        CoordinationMeeting meeting = new CoordinationMeeting(compoundId, compound.townId());
        describe(meeting, form);
        return meetings.saveAndFlush(meeting).requireId();
    }

    public void updateMeeting(long meetingId, long version, MeetingForm form) {
        CoordinationMeeting meeting = loadMeeting(meetingId);
        StaleEditException.check(version, meeting.getVersion());
        describe(meeting, form);
        flush();
    }

    public void deleteMeeting(long meetingId, long version) {
        CoordinationMeeting meeting = loadMeeting(meetingId);
        StaleEditException.check(version, meeting.getVersion());
        meetings.delete(meeting);
        flush();
    }

    private void describe(CoordinationMeeting meeting, MeetingForm form) {
        LocalDate date = checkPastDate("meetingDate", form.meetingDate());
        int parties = (form.communityParty() ? 1 : 0) + (form.compoundBranch() ? 1 : 0) + (form.committee() ? 1 : 0)
                + (form.propertyCompany() ? 1 : 0);
        if (parties < 2) {
            throw RuleViolationException.atField("parties", "gov.meeting.error.parties");
        }
        String topics = checkName("topics", form.topics(), 1000);
        String decisions = checkName("decisions", form.decisions(), 1000);
        meeting.describe(date, form.communityParty(), form.compoundBranch(), form.committee(), form.propertyCompany(),
                topics, decisions);
    }

    private CoordinationMeeting loadMeeting(long id) {
        CoordinationMeeting meeting = meetings.findById(id).orElseThrow(GovernanceService::notFound);
        currentUser.scope().requireTown(meeting.getTownId());
        return meeting;
    }

    // ------------------------------------------------------------------ finding a compound

    /** Compounds of the caller's area whose name contains the text, for the compound picker. */
    @Transactional(readOnly = true)
    public List<CompoundRef> findCompounds(@Nullable String text, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE c.name LIKE ?");
        args.add("%" + (text == null ? "" : text.trim()) + "%");
        scopeTown(null, "c.town_id", where, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("""
                SELECT c.id, c.name, cm.id, cm.name, t.id, t.name FROM compound c
                JOIN community cm ON cm.id = c.community_id JOIN town t ON t.id = c.town_id""" + where
                + " ORDER BY t.sort_order, c.name LIMIT ? OFFSET ?",
                (rs, i) -> new CompoundRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6)), args.toArray());
    }

    @Transactional(readOnly = true)
    public int countCompounds(@Nullable String text) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE c.name LIKE ?");
        args.add("%" + (text == null ? "" : text.trim()) + "%");
        scopeTown(null, "c.town_id", where, args);
        return count("SELECT COUNT(*) FROM compound c" + where, args);
    }

    // ------------------------------------------------------------------ helpers

    /** Adds the caller's scope (and the wanted town, refused when outside it) to a query. */
    private void scopeTown(@Nullable Long wanted, String column, StringBuilder where, List<Object> args) {
        Scope scope = currentUser.scope();
        Optional<Long> own = scope.townFilter();
        if (wanted != null) {
            scope.requireTown(wanted);
        }
        Long town = wanted != null ? wanted : own.orElse(null);
        if (town != null) {
            where.append(" AND ").append(column).append(" = ?");
            args.add(town);
        }
    }

    private CompoundCommittee loadCommittee(long id) {
        CompoundCommittee committee = committees.findById(id).orElseThrow(GovernanceService::notFound);
        currentUser.scope().requireTown(committee.getTownId());
        return committee;
    }

    private CommitteeCandidate loadCandidate(long id) {
        CommitteeCandidate candidate = candidates.findById(id).orElseThrow(GovernanceService::notFound);
        currentUser.scope().requireTown(candidate.getTownId());
        return candidate;
    }

    private CommitteeMember loadMember(long id) {
        CommitteeMember member = members.findById(id).orElseThrow(GovernanceService::notFound);
        currentUser.scope().requireTown(member.getTownId());
        return member;
    }

    private static String checkName(String field, @Nullable String value, int max) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        if (text.length() > max) {
            throw RuleViolationException.atField(field, "gov.error.tooLong", max);
        }
        return text;
    }

    private LocalDate checkPastDate(String field, @Nullable LocalDate date) {
        if (date == null) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        if (date.isAfter(today())) {
            throw RuleViolationException.atField(field, "gov.error.future");
        }
        return date;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * Writes pending changes now, so the SQL reads that follow in the same transaction see them and the
     * version the caller gets back is the new one.
     */
    private void flush() {
        committees.flush();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int count(String sql, List<Object> args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String orderBy(Sort sort, Map<String, String> columns, String fallback) {
        String order = sort.stream().filter(o -> columns.containsKey(o.getProperty()))
                .map(o -> columns.get(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        return " ORDER BY " + (order.isEmpty() ? fallback : order + ", " + fallback);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }

    private static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }
}
