package cn.haitang.console.organization;

import org.springframework.jdbc.core.JdbcTemplate;

/** Ids of demo records for tests, looked up by SQL so tests don't depend on generated ids. */
final class Fixtures {

    final long yushan;
    final long meili;
    /** A 虞山街道 compound with an entity and a functional branch and at least two micro-grids with groups. */
    final long compound;
    final long entityBranch;
    final long functionalBranch;
    final long group;
    final long household;
    final long community;
    /** The same kinds of record in 梅李镇, which yushan must never reach. */
    final long meiliCommunity;
    final long meiliCompound;
    final long meiliBranch;
    final long meiliGroup;
    final long meiliHousehold;
    final long meiliGrid;
    final long meiliOrg;

    Fixtures(JdbcTemplate jdbc) {
        yushan = id(jdbc, "SELECT id FROM town WHERE code = 'yushan'");
        meili = id(jdbc, "SELECT id FROM town WHERE code = 'meili'");
        compound = id(jdbc, """
                SELECT cp.id FROM compound cp WHERE cp.town_id = ?
                  AND (SELECT COUNT(*) FROM party_branch b WHERE b.compound_id = cp.id) = 2
                  AND (SELECT COUNT(*) FROM grid_group g WHERE g.compound_id = cp.id) >= 2
                  AND EXISTS (SELECT 1 FROM micro_grid m WHERE m.compound_id = cp.id
                              AND NOT EXISTS (SELECT 1 FROM grid_group g WHERE g.micro_grid_id = m.id))
                ORDER BY cp.id LIMIT 1""", yushan);
        community = id(jdbc, "SELECT community_id FROM compound WHERE id = ?", compound);
        entityBranch = id(jdbc, "SELECT id FROM party_branch WHERE compound_id = ? AND branch_type = 'ENTITY'", compound);
        functionalBranch = id(jdbc, "SELECT id FROM party_branch WHERE compound_id = ? AND branch_type = 'FUNCTIONAL'",
                compound);
        group = id(jdbc, """
                SELECT g.id FROM grid_group g WHERE g.compound_id = ?
                  AND EXISTS (SELECT 1 FROM central_household h WHERE h.grid_group_id = g.id) ORDER BY g.id LIMIT 1""",
                compound);
        household = id(jdbc, "SELECT MIN(id) FROM central_household WHERE grid_group_id = ?", group);
        meiliCompound = id(jdbc, """
                SELECT MIN(cp.id) FROM compound cp WHERE cp.town_id = ?
                  AND EXISTS (SELECT 1 FROM grid_group g JOIN central_household h ON h.grid_group_id = g.id
                              WHERE g.compound_id = cp.id)""", meili);
        meiliCommunity = id(jdbc, "SELECT community_id FROM compound WHERE id = ?", meiliCompound);
        meiliGroup = id(jdbc, """
                SELECT MIN(g.id) FROM grid_group g WHERE g.compound_id = ?
                  AND EXISTS (SELECT 1 FROM central_household h WHERE h.grid_group_id = g.id)""", meiliCompound);
        meiliBranch = id(jdbc, "SELECT branch_id FROM grid_group WHERE id = ?", meiliGroup);
        meiliHousehold = id(jdbc, "SELECT MIN(id) FROM central_household WHERE grid_group_id = ?", meiliGroup);
        meiliGrid = id(jdbc, "SELECT micro_grid_id FROM grid_group WHERE id = ?", meiliGroup);
        meiliOrg = id(jdbc, "SELECT id FROM community_party_org WHERE community_id = ?", meiliCommunity);
    }

    private static long id(JdbcTemplate jdbc, String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        if (id == null) {
            throw new IllegalStateException("No demo record for " + sql);
        }
        return id;
    }
}
