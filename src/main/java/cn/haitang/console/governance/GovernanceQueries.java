package cn.haitang.console.governance;

import cn.haitang.console.base.db.Sql;
import cn.haitang.console.organization.CoverageRateSource;
import cn.haitang.console.region.CompoundRef;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every read of the governance feature in SQL, rows mapped by column name (aliases match the records'
 * components). The callers, the services, have checked the scope: {@code town} is the caller's own town
 * or one they may see, null for the whole city.
 */
@Component
class GovernanceQueries {

    private static final String COMPOUND_JOIN = """

            JOIN compound c ON c.id = x.compound_id
            JOIN community cm ON cm.id = c.community_id
            JOIN town t ON t.id = c.town_id""";

    private final JdbcClient jdbc;

    GovernanceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- compounds -----------------------------------------------------------------------------------

    /** Whether the compound must form an owners' committee, and why not when it need not. */
    record Requirement(boolean committeeRequired, @Nullable String committeeExemption) {
    }

    Requirement requirement(long compoundId) {
        return jdbc.sql("SELECT committee_required, committee_exemption FROM compound WHERE id = ?").param(compoundId)
                .query(Requirement.class).single();
    }

    List<CompoundRef> compounds(@Nullable String text, @Nullable Long town, int offset, int limit) {
        Sql where = compoundSearch(text, town);
        return jdbc.sql("""
                SELECT c.id, c.name, cm.id AS community_id, cm.name AS community_name, t.id AS town_id, t.name AS town_name
                FROM compound c JOIN community cm ON cm.id = c.community_id JOIN town t ON t.id = c.town_id"""
                + where.where() + " ORDER BY t.sort_order, c.name, c.id LIMIT ? OFFSET ?")
                .params(where.args(limit, offset)).query(CompoundRef.class).list();
    }

    int countCompounds(@Nullable String text, @Nullable Long town) {
        Sql where = compoundSearch(text, town);
        return count("SELECT COUNT(*) FROM compound c", where);
    }

    private static Sql compoundSearch(@Nullable String text, @Nullable Long town) {
        return new Sql().andIf(text != null && !text.isBlank(), "c.name LIKE ?", Sql.contains(text == null ? "" : text))
                .andIf(town != null, "c.town_id = ?", town);
    }

    // ---- committees ----------------------------------------------------------------------------------

    private static final String COMMITTEE_COLUMNS = """
            SELECT x.id, x.compound_id, c.name AS compound_name, cm.name AS community_name, c.town_id,
                   t.name AS town_name, x.kind, x.term_start, x.term_end, %s, x.version
            FROM compound_committee x""" + COMPOUND_JOIN;

    /** With member counts joined: for a sort by them. */
    private static final String COMMITTEE_WITH_COUNTS = COMMITTEE_COLUMNS.formatted(
            "COALESCE(m.n, 0) AS members, COALESCE(m.p, 0) AS party_members") + """

            LEFT JOIN (SELECT committee_id, COUNT(*) n, SUM(party_member) p FROM committee_member GROUP BY committee_id) m
                   ON m.committee_id = x.id""";

    /** Without counts: a page is fetched first, its counts after (no scan of all members). */
    private static final String COMMITTEE_PAGE = COMMITTEE_COLUMNS.formatted("0 AS members, 0 AS party_members");

    private static final Map<String, String> COMMITTEE_SORT = Map.of("compoundName", "c.name", "townName",
            "t.sort_order", "communityName", "cm.name", "kind", "x.kind", "termStart", "x.term_start", "termEnd",
            "x.term_end", "members", "members", "partyMembers", "party_members");

    Optional<CommitteeRow> committeeOfCompound(long compoundId) {
        return withCounts(jdbc.sql(COMMITTEE_PAGE + " WHERE x.compound_id = ?").param(compoundId)
                .query(CommitteeRow.class).list()).stream().findFirst();
    }

    List<CommitteeRow> committees(CommitteeFilter filter, @Nullable Long town, LocalDate today, Pageable pageable) {
        Sql where = committeeWhere(filter, town, today);
        boolean byMembers = pageable.getSort().stream()
                .anyMatch(o -> o.getProperty().equals("members") || o.getProperty().equals("partyMembers"));
        List<CommitteeRow> page = jdbc.sql((byMembers ? COMMITTEE_WITH_COUNTS : COMMITTEE_PAGE) + where.where()
                        + Sql.orderBy(pageable.getSort(), COMMITTEE_SORT, "t.sort_order, c.name, x.id") + " LIMIT ? OFFSET ?")
                .params(where.args(pageable.getPageSize(), pageable.getOffset())).query(CommitteeRow.class).list();
        return byMembers ? page : withCounts(page);
    }

    int countCommittees(CommitteeFilter filter, @Nullable Long town, LocalDate today) {
        Sql where = committeeWhere(filter, town, today);
        return count("SELECT COUNT(*) FROM compound_committee x JOIN compound c ON c.id = x.compound_id", where);
    }

    private static Sql committeeWhere(CommitteeFilter filter, @Nullable Long town, LocalDate today) {
        Integer days = filter.expiringWithinDays();
        return new Sql().andIf(town != null, "x.town_id = ?", town)
                .andIf(filter.communityId() != null, "c.community_id = ?", filter.communityId())
                .andIf(filter.kind() != null, "x.kind = ?", filter.kind() == null ? "" : filter.kind().name())
                .andIf(days != null, "x.term_end <= ?", today.plusDays(days == null ? 0 : days));
    }

    /** The page's member and party-member counts, in one grouped query over the page's committees. */
    private List<CommitteeRow> withCounts(List<CommitteeRow> page) {
        if (page.isEmpty()) {
            return page;
        }
        record Counts(long committeeId, int members, int partyMembers) {
        }
        Map<Long, Counts> counts = jdbc.sql("""
                SELECT committee_id, COUNT(*) AS members, COALESCE(SUM(party_member), 0) AS party_members
                FROM committee_member WHERE committee_id IN (%s) GROUP BY committee_id""".formatted(placeholders(page.size())))
                .params(page.stream().map(CommitteeRow::id).toList()).query(Counts.class).stream()
                .collect(Collectors.toMap(Counts::committeeId, c -> c));
        return page.stream().map(c -> {
            Counts n = counts.getOrDefault(c.id(), new Counts(c.id(), 0, 0));
            return new CommitteeRow(c.id(), c.compoundId(), c.compoundName(), c.communityName(), c.townId(), c.townName(),
                    c.kind(), c.termStart(), c.termEnd(), n.members(), n.partyMembers(), c.version());
        }).toList();
    }

    List<MemberRow> members(long committeeId) {
        return jdbc.sql("""
                SELECT id, candidate_id, name, role, party_member, version FROM committee_member WHERE committee_id = ?
                ORDER BY FIELD(role, 'DIRECTOR', 'DEPUTY', 'MEMBER'), id""").param(committeeId)
                .query(MemberRow.class).list();
    }

    List<CandidateRow> candidates(long committeeId) {
        return jdbc.sql("""
                SELECT id, name, party_member, proposed_on, status, vetter_kind, vetted_by, vetted_on, reason, version
                FROM committee_candidate WHERE committee_id = ? ORDER BY proposed_on DESC, id DESC""").param(committeeId)
                .query(CandidateRow.class).list();
    }

    // ---- committee formation -------------------------------------------------------------------------

    /** How formation figures are grouped: the whole area at once, per town/street, per community. */
    enum Grouping {
        AREA("0", "''", "c.town_id"), TOWN("t.id", "t.name", "c.town_id"), COMMUNITY("cm.id", "cm.name", "c.community_id");

        private final String id;
        private final String name;
        private final String memberId;

        Grouping(String id, String name, String memberId) {
            this.id = id;
            this.name = name;
            this.memberId = memberId;
        }
    }

    /**
     * Formation counted over compounds, each joined to its committee through the unique key on
     * compound_committee.compound_id (a join, not a correlated EXISTS per compound); members counted over
     * committee_member grouped by the same area; merged by area id.
     */
    List<FormationFigure> formation(Grouping grouping, @Nullable Long town) {
        Sql where = new Sql().andIf(town != null, "c.town_id = ?", town);
        String group = switch (grouping) {
            case AREA -> "";
            case TOWN -> " GROUP BY t.id, t.name, t.sort_order ORDER BY t.sort_order";
            case COMMUNITY -> " GROUP BY cm.id, cm.name ORDER BY cm.name, cm.id";
        };
        // required and formed from the tally the triggers keep (changeset 014): a row per community with compounds
        Sql tallied = new Sql().and("k.compounds > 0").andIf(town != null, "k.town_id = ?", town);
        List<FormationFigure> formation = jdbc.sql("""
                SELECT %s AS id, %s AS name, COALESCE(SUM(k.required), 0) AS required,
                       COALESCE(SUM(k.formed), 0) AS formed, 0 AS members, 0 AS party_members
                FROM committee_tally k
                JOIN community cm ON cm.id = k.community_id
                JOIN town t ON t.id = k.town_id""".formatted(grouping.id, grouping.name) + tallied.where() + group)
                .params(tallied.args()).query(FormationFigure.class).list();
        record Members(long id, long members, long partyMembers) {
        }
        String memberId = grouping == Grouping.AREA ? "0" : grouping.memberId;
        Map<Long, Members> members = jdbc.sql("""
                SELECT %s AS id, COUNT(*) AS members, COALESCE(SUM(m.party_member), 0) AS party_members
                FROM committee_member m
                JOIN compound_committee x ON x.id = m.committee_id
                JOIN compound c ON c.id = x.compound_id""".formatted(memberId) + where.where()
                        + (grouping == Grouping.AREA ? "" : " GROUP BY " + memberId))
                .params(where.args()).query(Members.class).stream().collect(Collectors.toMap(Members::id, m -> m));
        return formation.stream().map(f -> {
            Members m = members.getOrDefault(f.id(), new Members(f.id(), 0, 0));
            return new FormationFigure(f.id(), f.name(), f.required(), f.formed(), m.members(), m.partyMembers());
        }).toList();
    }

    /**
     * Compounds required to form a committee (denominator) and how many have one, per community id: from the
     * tally the triggers keep (changeset 014), a row per community instead of every compound joined to its
     * committee.
     */
    Map<Long, CoverageRateSource.Counts> formationPerCommunity(@Nullable Long town) {
        // the town is put in the SQL only when there is one: an "? IS NULL OR" bound to null would stop
        // MariaDB using the town index and makes the driver prepare the statement on the server
        Sql where = new Sql().andIf(town != null, "t.town_id = ?", town);
        record PerCommunity(long communityId, int numerator, int denominator) {
        }
        return jdbc.sql("SELECT t.community_id, t.formed AS numerator, t.required AS denominator FROM committee_tally t"
                        + where.where())
                .params(where.args()).query(PerCommunity.class).stream().collect(Collectors.toMap(
                        PerCommunity::communityId, p -> new CoverageRateSource.Counts(p.numerator(), p.denominator())));
    }

    private static final Map<String, String> GAP_SORT = Map.of("compoundName", "c.name", "communityName", "cm.name",
            "townName", "t.sort_order", "households", "c.households");

    List<GapRow> gaps(GapFilter filter, @Nullable Long town, Pageable pageable) {
        Sql where = gapWhere(filter, town);
        return jdbc.sql("""
                SELECT c.id AS compound_id, c.name AS compound_name, cm.name AS community_name, t.name AS town_name,
                       c.households
                FROM compound c JOIN community cm ON cm.id = c.community_id JOIN town t ON t.id = c.town_id"""
                        + where.where() + Sql.orderBy(pageable.getSort(), GAP_SORT, "t.sort_order, cm.name, c.name, c.id")
                        + " LIMIT ? OFFSET ?")
                .params(where.args(pageable.getPageSize(), pageable.getOffset())).query(GapRow.class).list();
    }

    int countGaps(GapFilter filter, @Nullable Long town) {
        Sql where = gapWhere(filter, town);
        return count("SELECT COUNT(*) FROM compound c", where);
    }

    Set<Long> gapIds(@Nullable Long town) {
        Sql where = gapWhere(new GapFilter(null, null), town);
        return ids("SELECT c.id FROM compound c", where);
    }

    private static Sql gapWhere(GapFilter filter, @Nullable Long town) {
        return new Sql().and("c.committee_required")
                .and("NOT EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = c.id)")
                .andIf(town != null, "c.town_id = ?", town)
                .andIf(filter.communityId() != null, "c.community_id = ?", filter.communityId());
    }

    Set<Long> compoundsWithCommittee(@Nullable Long town) {
        Sql where = new Sql().andIf(town != null, "x.town_id = ?", town);
        return ids("SELECT x.compound_id FROM compound_committee x", where);
    }

    boolean hasCommittee(long compoundId) {
        Sql where = new Sql().and("x.compound_id = ?", compoundId);
        return count("SELECT COUNT(*) FROM compound_committee x", where) > 0;
    }

    // ---- property companies and service --------------------------------------------------------------

    private static final Map<String, String> COMPANY_SORT = Map.of("name", "p.name", "creditCode", "p.credit_code",
            "contactPerson", "p.contact_person", "compoundsServed", "compounds_served");

    List<PropertyCompanyRow> companies(@Nullable String search, Pageable pageable) {
        Sql where = companySearch(search);
        return jdbc.sql("""
                SELECT p.id, p.name, p.credit_code, p.contact_person, p.contact_phone,
                       COALESCE(s.n, 0) AS compounds_served, p.version
                FROM property_company p
                LEFT JOIN (SELECT company_id, COUNT(*) n FROM property_service_term WHERE until IS NULL GROUP BY company_id) s
                       ON s.company_id = p.id""" + where.where()
                        + Sql.orderBy(pageable.getSort(), COMPANY_SORT, "p.name, p.id") + " LIMIT ? OFFSET ?")
                .params(where.args(pageable.getPageSize(), pageable.getOffset())).query(PropertyCompanyRow.class).list();
    }

    int countCompanies(@Nullable String search) {
        Sql where = companySearch(search);
        return count("SELECT COUNT(*) FROM property_company p", where);
    }

    private static Sql companySearch(@Nullable String search) {
        String text = search == null ? "" : search;
        return new Sql().andIf(!text.isBlank(), "(p.name LIKE ? OR p.credit_code LIKE ?)", Sql.contains(text),
                Sql.startsWith(text.toUpperCase()));
    }

    List<CompanyOption> companyOptions() {
        return jdbc.sql("SELECT id, name FROM property_company ORDER BY name, id").query(CompanyOption.class).list();
    }

    List<ServiceTermRow> serviceHistory(long compoundId) {
        return jdbc.sql("""
                SELECT s.id, s.company_id, p.name AS company_name, s.since, s.until FROM property_service_term s
                JOIN property_company p ON p.id = s.company_id WHERE s.compound_id = ? ORDER BY s.since DESC, s.id DESC""")
                .param(compoundId).query(ServiceTermRow.class).list();
    }

    List<SurveyRow> surveys(long compoundId) {
        return jdbc.sql("""
                SELECT id, survey_date, sample_size, satisfied, version FROM satisfaction_survey WHERE compound_id = ?
                ORDER BY survey_date DESC""").param(compoundId).query((rs, i) -> new SurveyRow(rs.getLong("id"),
                        date(rs, "survey_date"), rs.getInt("sample_size"), rs.getInt("satisfied"),
                        rate(rs.getInt("satisfied"), rs.getInt("sample_size")), rs.getLong("version"))).list();
    }

    boolean surveyOn(long compoundId, LocalDate day) {
        Sql where = new Sql().and("compound_id = ?", compoundId).and("survey_date = ?", day);
        return count("SELECT COUNT(*) FROM satisfaction_survey", where) > 0;
    }

    List<FeeRow> fees(long compoundId) {
        return jdbc.sql("""
                SELECT id, period_start, period_end, due, collected, version FROM fee_period WHERE compound_id = ?
                ORDER BY period_start DESC""").param(compoundId).query((rs, i) -> {
                    BigDecimal due = rs.getBigDecimal("due");
                    BigDecimal collected = rs.getBigDecimal("collected");
                    return new FeeRow(rs.getLong("id"), date(rs, "period_start"), date(rs, "period_end"), due, collected,
                            rate(collected, due), due.subtract(collected), rs.getLong("version"));
                }).list();
    }

    boolean feePeriodOverlaps(long compoundId, LocalDate start, LocalDate end) {
        Sql where = new Sql().and("compound_id = ?", compoundId).and("period_start <= ?", end)
                .and("period_end >= ?", start);
        return count("SELECT COUNT(*) FROM fee_period", where) > 0;
    }

    /**
     * The latest satisfaction and fee-collection rates of the compounds that have any (one compound, one
     * town or the city), keyed by compound id, in one query.
     */
    Map<Long, CompoundPropertyFigures> latestPropertyFigures(@Nullable Long compound, @Nullable Long town) {
        return latestPropertyFigures(compound == null ? null : List.of(compound), town);
    }

    /** The same for some compounds (null: all of the town or the city). */
    Map<Long, CompoundPropertyFigures> latestPropertyFigures(@Nullable Collection<Long> compounds, @Nullable Long town) {
        Sql where = new Sql().and("(s.compound_id IS NOT NULL OR f.compound_id IS NOT NULL)")
                .andIf(compounds != null, "c.id IN (" + placeholders(compounds) + ")", ids(compounds))
                .andIf(town != null, "c.town_id = ?", town);
        Map<Long, CompoundPropertyFigures> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.id, s.satisfied, s.sample_size, s.survey_date, f.collected, f.due, f.period_end
                FROM compound c
                LEFT JOIN (SELECT compound_id, MAX(survey_date) AS d FROM satisfaction_survey GROUP BY compound_id) ls
                       ON ls.compound_id = c.id
                LEFT JOIN satisfaction_survey s ON s.compound_id = c.id AND s.survey_date = ls.d
                LEFT JOIN (SELECT compound_id, MAX(period_start) AS d FROM fee_period GROUP BY compound_id) lf
                       ON lf.compound_id = c.id
                LEFT JOIN fee_period f ON f.compound_id = c.id AND f.period_start = lf.d""" + where.where())
                .params(where.args()).query((ResultSet rs) -> {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        LocalDate surveyed = rs.getObject("survey_date", LocalDate.class);
                        LocalDate feeEnd = rs.getObject("period_end", LocalDate.class);
                        result.put(id, new CompoundPropertyFigures(id,
                                surveyed == null ? null : Rates.of(rs.getInt("satisfied"), rs.getInt("sample_size")), surveyed,
                                feeEnd == null ? null : Rates.of(rs.getBigDecimal("collected"), rs.getBigDecimal("due")),
                                feeEnd));
                    }
                    return result;
                });
        return result;
    }

    // ---- disputes ------------------------------------------------------------------------------------

    private static final Map<String, String> DISPUTE_SORT = Map.of("compoundName", "c.name", "townName", "t.sort_order",
            "title", "x.title", "severity", "x.severity", "state", "x.state", "filedOn", "x.filed_on", "closedOn",
            "x.closed_on", "daysToClose", "days_to_close");

    List<DisputeRow> disputes(DisputeFilter filter, @Nullable Long town, Pageable pageable) {
        Sql where = disputeWhere(filter, town);
        return jdbc.sql("""
                SELECT x.id, x.compound_id, c.name AS compound_name, t.name AS town_name, x.title, x.severity,
                       x.fast_track, x.state, x.filed_on, x.resolved_on, x.closed_on,
                       DATEDIFF(x.closed_on, x.filed_on) AS days_to_close, x.outcome, x.version
                FROM property_dispute x""" + COMPOUND_JOIN + where.where()
                        + Sql.orderBy(pageable.getSort(), DISPUTE_SORT, "x.filed_on DESC, x.id DESC") + " LIMIT ? OFFSET ?")
                .params(where.args(pageable.getPageSize(), pageable.getOffset())).query(DisputeRow.class).list();
    }

    int countDisputes(DisputeFilter filter, @Nullable Long town) {
        Sql where = disputeWhere(filter, town);
        return count("SELECT COUNT(*) FROM property_dispute x JOIN compound c ON c.id = x.compound_id", where);
    }

    private static Sql disputeWhere(DisputeFilter filter, @Nullable Long town) {
        return new Sql().andIf(town != null, "x.town_id = ?", town)
                .andIf(filter.communityId() != null, "c.community_id = ?", filter.communityId())
                .andIf(filter.compoundId() != null, "x.compound_id = ?", filter.compoundId())
                .andIf(filter.state() != null, "x.state = ?", filter.state() == null ? "" : filter.state().name())
                .andIf(filter.severity() != null, "x.severity = ?", filter.severity() == null ? ""
                        : filter.severity().name());
    }

    /** Compounds with a serious dispute that is not closed: one compound, one town or the city. */
    Set<Long> openSeriousDisputes(@Nullable Long compound, @Nullable Long town) {
        return openSeriousDisputes(compound == null ? null : List.of(compound), town);
    }

    /** The same for some compounds (null: all of the town or the city). */
    Set<Long> openSeriousDisputes(@Nullable Collection<Long> compounds, @Nullable Long town) {
        Sql where = new Sql().and("severity = 'SERIOUS'").and("state <> 'CLOSED'")
                .andIf(compounds != null, "compound_id IN (" + placeholders(compounds) + ")", ids(compounds))
                .andIf(town != null, "town_id = ?", town);
        return ids("SELECT DISTINCT compound_id FROM property_dispute", where);
    }

    /** Of some compounds (of the town when given), those that have a committee. */
    Set<Long> compoundsWithCommittee(Collection<Long> compounds, @Nullable Long town) {
        Sql where = new Sql().and("x.compound_id IN (" + placeholders(compounds) + ")", ids(compounds))
                .andIf(town != null, "c.town_id = ?", town);
        return ids("SELECT DISTINCT x.compound_id FROM compound_committee x JOIN compound c ON c.id = x.compound_id", where);
    }

    /** "?, ?, ?" for an IN list (a never-matching NULL for none). */
    private static String placeholders(@Nullable Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? "NULL" : placeholders(ids.size());
    }

    private static Object[] ids(@Nullable Collection<Long> ids) {
        return ids == null ? new Object[0] : ids.toArray();
    }

    // ---- four-party meetings -------------------------------------------------------------------------

    List<MeetingRow> meetings(long compoundId) {
        return jdbc.sql("""
                SELECT id, meeting_date, community_party, compound_branch, committee, property_company, topics, decisions,
                       version FROM coordination_meeting WHERE compound_id = ? ORDER BY meeting_date DESC, id DESC""")
                .param(compoundId).query(MeetingRow.class).list();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** {@code SELECT COUNT(*) FROM …} with the conditions. */
    private int count(String selectFrom, Sql where) {
        Integer n = jdbc.sql(selectFrom + where.where()).params(where.args()).query(Integer.class).single();
        return n == null ? 0 : n;
    }

    /** {@code SELECT id FROM …} with the conditions, as a set. */
    private Set<Long> ids(String selectFrom, Sql where) {
        return new HashSet<>(jdbc.sql(selectFrom + where.where()).params(where.args()).query(Long.class).list());
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A rate that exists: the denominator is never zero here (sample size and due are checked to be positive). */
    private static BigDecimal rate(long numerator, long denominator) {
        BigDecimal rate = Rates.of(numerator, denominator);
        return rate == null ? BigDecimal.ZERO : rate;
    }

    private static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal rate = Rates.of(numerator, denominator);
        return rate == null ? BigDecimal.ZERO : rate;
    }
}
