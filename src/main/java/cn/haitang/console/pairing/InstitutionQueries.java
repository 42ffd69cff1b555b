package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of institutions and their pairings in SQL, rows mapped by column name. Callers (the
 * services) have checked the scope and pass the town to filter by. Members reported per institution come
 * from the tally the triggers keep (changeset 013).
 */
@Component
class InstitutionQueries {

    private static final String INSTITUTION_SELECT = """
            SELECT i.id, i.version, i.name, i.kind, i.party_organisation, i.contact_person, i.contact_phone,
                   i.in_service_members, t.name AS town_name,
                   (SELECT COUNT(*) FROM pairing_community pc WHERE pc.pairing_id = p.id) AS communities,
                   COALESCE((SELECT x.members FROM institution_report_tally x WHERE x.institution_id = i.id), 0)
                       AS members_reported
            FROM institution i
            LEFT JOIN pairing p ON p.institution_id = i.id AND p.status = 'ACTIVE'
            LEFT JOIN town t ON t.id = p.town_id""";

    private static final String PAIRING_SELECT = """
            SELECT p.id, p.version, p.institution_id, i.name AS institution_name, p.town_id, t.name AS town_name,
                   COALESCE((SELECT GROUP_CONCAT(c.name ORDER BY c.name SEPARATOR '、') FROM pairing_community pc
                     JOIN community c ON c.id = pc.community_id WHERE pc.pairing_id = p.id), '') AS community_names,
                   p.start_date, p.end_date, p.status, p.services, p.service_day
            FROM pairing p JOIN institution i ON i.id = p.institution_id JOIN town t ON t.id = p.town_id""";

    private final JdbcClient jdbc;

    InstitutionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- institutions --------------------------------------------------------------------------------

    List<InstitutionRow> institutions(InstitutionFilter filter, Optional<Long> town, long offset, int limit) {
        Sql sql = institutionWhere(filter, town);
        // the page's ids first, then the rows with their counts: the counts are computed for this page only
        return jdbc.sql(INSTITUTION_SELECT + " JOIN (SELECT i.id FROM institution i LEFT JOIN pairing p"
                        + " ON p.institution_id = i.id AND p.status = 'ACTIVE'" + sql.where()
                        + " ORDER BY i.name, i.id LIMIT ? OFFSET ?) page ON page.id = i.id ORDER BY i.name, i.id")
                .params(sql.args(limit, offset)).query(InstitutionRow.class).list();
    }

    long countInstitutions(InstitutionFilter filter, Optional<Long> town) {
        Sql sql = institutionWhere(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM institution i LEFT JOIN pairing p ON p.institution_id = i.id"
                + " AND p.status = 'ACTIVE'" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql institutionWhere(InstitutionFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.and("(i.name LIKE ? OR i.contact_person LIKE ?)", Sql.contains(filter.text()), Sql.contains(filter.text()));
        }
        if (filter.kind() != null) {
            sql.and("i.kind = ?", filter.kind().name());
        }
        return sql;
    }

    Optional<InstitutionRow> institution(long id) {
        return jdbc.sql(INSTITUTION_SELECT + " WHERE i.id = ?").param(id).query(InstitutionRow.class).optional();
    }

    /** Every institution by name, or those actively paired with the town. */
    List<Named> options(Optional<Long> town) {
        if (town.isEmpty()) {
            return jdbc.sql("SELECT id, name FROM institution ORDER BY name").query(Named.class).list();
        }
        return jdbc.sql("""
                SELECT i.id, i.name FROM institution i JOIN pairing p ON p.institution_id = i.id AND p.status = 'ACTIVE'
                WHERE p.town_id = ? ORDER BY i.name""").param(town.get()).query(Named.class).list();
    }

    /** The town/street an institution is actively paired with, if any. */
    @Nullable Long activeTownOf(long institutionId) {
        return jdbc.sql("SELECT town_id FROM pairing WHERE institution_id = ? AND status = 'ACTIVE'").param(institutionId)
                .query(Long.class).list().stream().findFirst().orElse(null);
    }

    // ---- pairings ------------------------------------------------------------------------------------

    List<PairingRow> pairingsOfInstitution(long institutionId, Optional<Long> town) {
        Sql sql = new Sql().and("p.institution_id = ?", institutionId);
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        return jdbc.sql(PAIRING_SELECT + sql.where() + " ORDER BY p.start_date DESC, p.id DESC").params(sql.args())
                .query(PairingRow.class).list();
    }

    List<PairingRow> pairingsOfCommunity(long communityId) {
        return jdbc.sql(PAIRING_SELECT + " WHERE EXISTS (SELECT 1 FROM pairing_community pc WHERE pc.pairing_id = p.id"
                + " AND pc.community_id = ?) ORDER BY p.status, i.name").param(communityId).query(PairingRow.class).list();
    }

    Optional<PairingRow> pairing(long id) {
        return jdbc.sql(PAIRING_SELECT + " WHERE p.id = ?").param(id).query(PairingRow.class).optional();
    }

    /** The communities an institution is actively paired with. */
    List<Named> pairedCommunities(long institutionId) {
        return jdbc.sql("""
                SELECT c.id, c.name FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                JOIN community c ON c.id = pc.community_id WHERE p.institution_id = ? AND p.status = 'ACTIVE' ORDER BY c.name""")
                .param(institutionId).query(Named.class).list();
    }

    /** The active pairing of an institution that covers a community, if any. */
    Optional<Long> activePairingCovering(long institutionId, long communityId) {
        return jdbc.sql("""
                SELECT p.id FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                WHERE p.institution_id = ? AND p.status = 'ACTIVE' AND pc.community_id = ?""")
                .params(institutionId, communityId).query(Long.class).list().stream().findFirst();
    }

    // ---- the community side --------------------------------------------------------------------------

    /** Communities of the town (or the city) with their actively paired institutions, a page of them or all. */
    List<CommunityPairingRow> communityPairings(Optional<Long> town, @Nullable Long offset, @Nullable Integer limit) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("c.town_id = ?", t));
        String page = limit == null ? "" : " LIMIT ? OFFSET ?";
        return jdbc.sql("""
                SELECT c.id AS community_id, c.name AS community_name, t.name AS town_name, COUNT(p.id) AS institutions,
                       COALESCE(GROUP_CONCAT(i.name ORDER BY i.name SEPARATOR '、'), '') AS institution_names
                FROM community c JOIN town t ON t.id = c.town_id
                LEFT JOIN pairing_community pc ON pc.community_id = c.id
                LEFT JOIN pairing p ON p.id = pc.pairing_id AND p.status = 'ACTIVE'
                LEFT JOIN institution i ON i.id = p.institution_id""" + sql.where()
                        + " GROUP BY c.id, c.name, t.name, t.sort_order ORDER BY t.sort_order, c.name" + page)
                .params(limit == null ? sql.args() : sql.args(limit, offset)).query(CommunityPairingRow.class).list();
    }

    long countCommunities(Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("c.town_id = ?", t));
        return jdbc.sql("SELECT COUNT(*) FROM community c" + sql.where()).params(sql.args()).query(Long.class).single();
    }
}
