package cn.haitang.console.organization;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The structure's 10× generator for benchmarks: copies every compound with its micro-grids, branches,
 * grid groups, central households and committees nine more times (INSERT … SELECT, names suffixed
 * "·2" … "·10"); skips when the volume is already there.
 */
public final class StructureVolume {

    private StructureVolume() {
    }

    /** Returns how many copies were added (9, or 0 when the volume was already there). */
    public static int tenTimes(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM compound", Long.class) >= 5_000) {
            System.out.println("BENCHMARK structure volume already present: not generating again");
            return 0;
        }
        long last = jdbc.queryForObject("SELECT MAX(id) FROM compound", Long.class);
        String copy = " JOIN compound n ON n.community_id = o.community_id AND n.name = CONCAT(o.name, '·', ?) WHERE o.id <= ?";
        for (int c = 2; c <= 10; c++) {
            jdbc.update("""
                    INSERT INTO compound (community_id, town_id, name, address, year_built, buildings, households, gated,
                                          management_mode, committee_required, committee_exemption)
                    SELECT community_id, town_id, CONCAT(name, '·', ?), address, year_built, buildings, households, gated,
                           management_mode, committee_required, committee_exemption FROM compound WHERE id <= ?""", c, last);
            jdbc.update("INSERT INTO micro_grid (compound_id, town_id, name, grid_worker, households)"
                    + " SELECT n.id, g.town_id, g.name, g.grid_worker, g.households FROM micro_grid g"
                    + " JOIN compound o ON o.id = g.compound_id" + copy, c, last);
            jdbc.update("INSERT INTO party_branch (compound_id, town_id, branch_type, name, secretary, members_count, formed_on)"
                    + " SELECT n.id, b.town_id, b.branch_type, b.name, b.secretary, b.members_count, b.formed_on"
                    + " FROM party_branch b JOIN compound o ON o.id = b.compound_id" + copy, c, last);
            jdbc.update("INSERT INTO grid_group (branch_id, micro_grid_id, compound_id, town_id, name, leader, members_count)"
                    + " SELECT nb.id, nm.id, n.id, g.town_id, g.name, g.leader, g.members_count FROM grid_group g"
                    + " JOIN compound o ON o.id = g.compound_id"
                    + " JOIN micro_grid om ON om.id = g.micro_grid_id JOIN party_branch ob ON ob.id = g.branch_id"
                    + " JOIN compound n ON n.community_id = o.community_id AND n.name = CONCAT(o.name, '·', ?)"
                    + " JOIN micro_grid nm ON nm.compound_id = n.id AND nm.name = om.name"
                    + " JOIN party_branch nb ON nb.compound_id = n.id AND nb.branch_type = ob.branch_type WHERE o.id <= ?",
                    c, last);
            jdbc.update("INSERT INTO central_household (grid_group_id, compound_id, town_id, member_name, phone, building_unit,"
                    + " linked_households) SELECT ng.id, n.id, h.town_id, h.member_name, h.phone, h.building_unit,"
                    + " h.linked_households FROM central_household h JOIN compound o ON o.id = h.compound_id"
                    + " JOIN grid_group og ON og.id = h.grid_group_id JOIN micro_grid om ON om.id = og.micro_grid_id"
                    + " JOIN compound n ON n.community_id = o.community_id AND n.name = CONCAT(o.name, '·', ?)"
                    + " JOIN micro_grid nm ON nm.compound_id = n.id AND nm.name = om.name"
                    + " JOIN grid_group ng ON ng.micro_grid_id = nm.id WHERE o.id <= ?", c, last);
            jdbc.update("INSERT INTO compound_committee (compound_id, town_id, kind, term_start, term_end)"
                    + " SELECT n.id, x.town_id, x.kind, x.term_start, x.term_end FROM compound_committee x"
                    + " JOIN compound o ON o.id = x.compound_id" + copy, c, last);
        }
        jdbc.execute("ANALYZE TABLE compound, micro_grid, party_branch, grid_group, central_household, compound_committee");
        return 9;
    }
}
