package cn.haitang.console.organization;

import cn.haitang.console.region.ManagementMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of the structure in plain SQL: one query per tree level with the child counts
 * computed by the database, the compound list (ids paged first, then the page's figures), and the
 * search that returns each hit with its path. Callers (the service) have checked the scope.
 */
@Component
class StructureQueries {

    /** How the caller may see a phone number (full or masked). */
    @FunctionalInterface
    interface PhoneView {
        String show(String phone, long townId);
    }

    private final JdbcTemplate jdbc;

    StructureQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- tree ----------------------------------------------------------------------------------------

    List<TreeNode> towns(@Nullable Long onlyTown, int offset, int limit) {
        return jdbc.query("""
                SELECT t.id, t.name, (SELECT COUNT(*) FROM community c WHERE c.town_id = t.id) AS children
                FROM town t WHERE (? IS NULL OR t.id = ?) ORDER BY t.sort_order LIMIT ? OFFSET ?""",
                (rs, i) -> new TreeNode(NodeKind.TOWN, rs.getLong(1), rs.getString(2), "", rs.getLong(3), rs.getLong(1)),
                onlyTown, onlyTown, limit, offset);
    }

    int townCount(@Nullable Long onlyTown) {
        return count("SELECT COUNT(*) FROM town WHERE (? IS NULL OR id = ?)", onlyTown, onlyTown);
    }

    List<TreeNode> children(TreeNode parent, int offset, int limit, PhoneView phones) {
        long id = parent.id();
        return switch (parent.kind()) {
            case TOWN -> jdbc.query("""
                    SELECT c.id, c.name, COALESCE(o.name, ''),
                           (SELECT COUNT(*) FROM compound cp WHERE cp.community_id = c.id), c.town_id
                    FROM community c LEFT JOIN community_party_org o ON o.community_id = c.id
                    WHERE c.town_id = ? ORDER BY c.name, c.id LIMIT ? OFFSET ?""",
                    (rs, i) -> node(NodeKind.COMMUNITY, rs), id, limit, offset);
            case COMMUNITY -> jdbc.query("""
                    SELECT cp.id, cp.name, '', (SELECT COUNT(*) FROM party_branch b WHERE b.compound_id = cp.id), cp.town_id
                    FROM compound cp WHERE cp.community_id = ? ORDER BY cp.name, cp.id LIMIT ? OFFSET ?""",
                    (rs, i) -> node(NodeKind.COMPOUND, rs), id, limit, offset);
            case COMPOUND -> jdbc.query("""
                    SELECT b.id, b.name, b.branch_type, (SELECT COUNT(*) FROM grid_group g WHERE g.branch_id = b.id), b.town_id
                    FROM party_branch b WHERE b.compound_id = ? ORDER BY b.branch_type, b.id LIMIT ? OFFSET ?""",
                    (rs, i) -> node(NodeKind.BRANCH, rs), id, limit, offset);
            case BRANCH -> jdbc.query("""
                    SELECT g.id, g.name, m.name, (SELECT COUNT(*) FROM central_household h WHERE h.grid_group_id = g.id), g.town_id
                    FROM grid_group g JOIN micro_grid m ON m.id = g.micro_grid_id
                    WHERE g.branch_id = ? ORDER BY g.name, g.id LIMIT ? OFFSET ?""",
                    (rs, i) -> node(NodeKind.GRID_GROUP, rs), id, limit, offset);
            case GRID_GROUP -> jdbc.query("""
                    SELECT h.id, h.member_name, h.phone, h.building_unit, h.town_id
                    FROM central_household h WHERE h.grid_group_id = ? ORDER BY h.member_name, h.id LIMIT ? OFFSET ?""",
                    (rs, i) -> new TreeNode(NodeKind.HOUSEHOLD, rs.getLong(1), rs.getString(2),
                            phones.show(rs.getString(3), rs.getLong(5)) + " · " + rs.getString(4), 0, rs.getLong(5)),
                    id, limit, offset);
            case HOUSEHOLD -> List.of();
        };
    }

    int childCount(TreeNode parent) {
        long id = parent.id();
        return switch (parent.kind()) {
            case TOWN -> count("SELECT COUNT(*) FROM community WHERE town_id = ?", id);
            case COMMUNITY -> count("SELECT COUNT(*) FROM compound WHERE community_id = ?", id);
            case COMPOUND -> count("SELECT COUNT(*) FROM party_branch WHERE compound_id = ?", id);
            case BRANCH -> count("SELECT COUNT(*) FROM grid_group WHERE branch_id = ?", id);
            case GRID_GROUP -> count("SELECT COUNT(*) FROM central_household WHERE grid_group_id = ?", id);
            case HOUSEHOLD -> 0;
        };
    }

    /** The town/street a node lies in (for the scope check), empty when it does not exist. */
    Optional<Long> townOf(NodeKind kind, long id) {
        String table = switch (kind) {
            case TOWN -> "town";
            case COMMUNITY -> "community";
            case COMPOUND -> "compound";
            case BRANCH -> "party_branch";
            case GRID_GROUP -> "grid_group";
            case HOUSEHOLD -> "central_household";
        };
        String column = kind == NodeKind.TOWN ? "id" : "town_id";
        return jdbc.query("SELECT " + column + " FROM " + table + " WHERE id = ?", (rs, i) -> rs.getLong(1), id)
                .stream().findFirst();
    }

    /** One node, fresh from the database. */
    Optional<TreeNode> node(NodeKind kind, long id, PhoneView phones) {
        return switch (kind) {
            case TOWN -> jdbc.query("""
                    SELECT t.id, t.name, '', (SELECT COUNT(*) FROM community c WHERE c.town_id = t.id), t.id
                    FROM town t WHERE t.id = ?""", (rs, i) -> node(kind, rs), id).stream().findFirst();
            case COMMUNITY -> jdbc.query("""
                    SELECT c.id, c.name, COALESCE(o.name, ''),
                           (SELECT COUNT(*) FROM compound cp WHERE cp.community_id = c.id), c.town_id
                    FROM community c LEFT JOIN community_party_org o ON o.community_id = c.id WHERE c.id = ?""",
                    (rs, i) -> node(kind, rs), id).stream().findFirst();
            case COMPOUND -> jdbc.query("""
                    SELECT cp.id, cp.name, '', (SELECT COUNT(*) FROM party_branch b WHERE b.compound_id = cp.id), cp.town_id
                    FROM compound cp WHERE cp.id = ?""", (rs, i) -> node(kind, rs), id).stream().findFirst();
            case BRANCH -> jdbc.query("""
                    SELECT b.id, b.name, b.branch_type, (SELECT COUNT(*) FROM grid_group g WHERE g.branch_id = b.id), b.town_id
                    FROM party_branch b WHERE b.id = ?""", (rs, i) -> node(kind, rs), id).stream().findFirst();
            case GRID_GROUP -> jdbc.query("""
                    SELECT g.id, g.name, m.name, (SELECT COUNT(*) FROM central_household h WHERE h.grid_group_id = g.id), g.town_id
                    FROM grid_group g JOIN micro_grid m ON m.id = g.micro_grid_id WHERE g.id = ?""",
                    (rs, i) -> node(kind, rs), id).stream().findFirst();
            case HOUSEHOLD -> jdbc.query("""
                    SELECT h.id, h.member_name, h.phone, h.building_unit, h.town_id FROM central_household h WHERE h.id = ?""",
                    (rs, i) -> new TreeNode(kind, rs.getLong(1), rs.getString(2),
                            phones.show(rs.getString(3), rs.getLong(5)) + " · " + rs.getString(4), 0, rs.getLong(5)),
                    id).stream().findFirst();
        };
    }

    private static TreeNode node(NodeKind kind, ResultSet rs) throws SQLException {
        return new TreeNode(kind, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5));
    }

    /**
     * The paths from the town down to these nodes of one level, in the order of the ids (the search
     * engine's ranking). The ids come from a scoped search; {@code onlyTown} narrows once more.
     */
    List<List<TreeNode>> paths(NodeKind kind, List<Long> ids, @Nullable Long onlyTown) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = " IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        String town = " AND (? IS NULL OR t.id = ?)";
        String sql = switch (kind) {
            case COMMUNITY -> "SELECT t.id, t.name, c.id, c.name FROM community c JOIN town t ON t.id = c.town_id"
                    + " WHERE c.id" + in + town;
            case COMPOUND -> "SELECT t.id, t.name, c.id, c.name, cp.id, cp.name FROM compound cp"
                    + " JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = cp.town_id WHERE cp.id" + in + town;
            case BRANCH -> "SELECT t.id, t.name, c.id, c.name, cp.id, cp.name, b.id, b.name FROM party_branch b"
                    + " JOIN compound cp ON cp.id = b.compound_id JOIN community c ON c.id = cp.community_id"
                    + " JOIN town t ON t.id = b.town_id WHERE b.id" + in + town;
            case GRID_GROUP -> "SELECT t.id, t.name, c.id, c.name, cp.id, cp.name, b.id, b.name, g.id, g.name"
                    + " FROM grid_group g JOIN party_branch b ON b.id = g.branch_id JOIN compound cp ON cp.id = g.compound_id"
                    + " JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = g.town_id WHERE g.id" + in + town;
            case HOUSEHOLD -> "SELECT t.id, t.name, c.id, c.name, cp.id, cp.name, b.id, b.name, g.id, g.name,"
                    + " h.id, h.member_name FROM central_household h JOIN grid_group g ON g.id = h.grid_group_id"
                    + " JOIN party_branch b ON b.id = g.branch_id JOIN compound cp ON cp.id = h.compound_id"
                    + " JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = h.town_id WHERE h.id" + in + town;
            case TOWN -> throw new IllegalArgumentException("towns have no path");
        };
        List<Object> args = new ArrayList<>(ids);
        args.add(onlyTown);
        args.add(onlyTown);
        List<List<TreeNode>> found = jdbc.query(sql, (rs, i) -> path(rs, rs.getLong(1), 0), args.toArray());
        return ids.stream().flatMap(id -> found.stream().filter(p -> p.getLast().id() == id)).toList();
    }

    private static List<TreeNode> path(ResultSet rs, long townId, int unused) throws SQLException {
        NodeKind[] kinds = NodeKind.values();
        int levels = rs.getMetaData().getColumnCount() / 2;
        List<TreeNode> path = new ArrayList<>(levels);
        for (int level = 0; level < levels; level++) {
            boolean last = level == levels - 1;
            path.add(new TreeNode(kinds[level], rs.getLong(level * 2 + 1), rs.getString(level * 2 + 2), "",
                    last ? 0 : 1, townId));
        }
        return path;
    }

    /** Grid groups with their branch type and micro-grid name in one query (no lookups per group). */
    List<GridGroupRow> gridGroups(String column, long id) {
        if (!column.equals("branch_id") && !column.equals("compound_id")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.query("""
                SELECT g.id, g.version, g.branch_id, b.branch_type, g.micro_grid_id, m.name, g.compound_id, g.town_id,
                       g.name, g.leader, g.members_count
                FROM grid_group g JOIN party_branch b ON b.id = g.branch_id JOIN micro_grid m ON m.id = g.micro_grid_id
                WHERE g.""" + column + " = ? ORDER BY g.name, g.id",
                (rs, i) -> new GridGroupRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), BranchType.valueOf(rs.getString(4)),
                        rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                        rs.getInt(11)), id);
    }

    // ---- compound list ------------------------------------------------------------------------------

    private static final String COMPOUND_FROM = """
             FROM compound cp JOIN town t ON t.id = cp.town_id JOIN community cm ON cm.id = cp.community_id
            """;

    List<CompoundRow> compounds(CompoundFilter filter, @Nullable Long town, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, town, args);
        String order = orderBy(pageable.getSort());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        // Page the ids first (an index-only sort), then compute the figures only for the page's rows.
        String sql = """
                SELECT cp.id, cp.name, cp.town_id, t.name, cm.name, cp.address, cp.year_built, cp.buildings, cp.households,
                       cp.gated, cp.management_mode,
                       COALESCE(ct.entity_branches, 0) > 0, COALESCE(ct.functional_branches, 0) > 0,
                       COALESCE(ct.micro_grids, 0), COALESCE(ct.grid_groups, 0), COALESCE(ct.central_households, 0),
                       cp.exclusive_area, cp.owner_count
                FROM (SELECT cp.id""" + COMPOUND_FROM + where + " ORDER BY " + order + " LIMIT ? OFFSET ?) page"
                + COMPOUND_FROM.replace(" FROM compound cp", " JOIN compound cp ON cp.id = page.id")
                // the counts from the per-compound tally the triggers keep (changeset 007), not three counts per row
                + " LEFT JOIN coverage_tally ct ON ct.compound_id = cp.id"
                + " ORDER BY " + order;
        return jdbc.query(sql, (rs, i) -> new CompoundRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(6), (Integer) rs.getObject(7, Integer.class), rs.getInt(8), rs.getInt(9),
                rs.getBoolean(10), ManagementMode.valueOf(rs.getString(11)), rs.getBoolean(12), rs.getBoolean(13),
                rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getBigDecimal(17), (Integer) rs.getObject(18, Integer.class)),
                args.toArray());
    }

    int countCompounds(CompoundFilter filter, @Nullable Long town) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, town, args);
        return count("SELECT COUNT(*)" + COMPOUND_FROM + where, args.toArray());
    }

    private static String where(CompoundFilter filter, @Nullable Long town, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (town != null) {
            where.append(" AND cp.town_id = ?");
            args.add(town);
        }
        if (filter.communityId() != null) {
            where.append(" AND cp.community_id = ?");
            args.add(filter.communityId());
        }
        presence(where, filter.entityBranch(), "ENTITY");
        presence(where, filter.functionalBranch(), "FUNCTIONAL");
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" AND cp.name LIKE ?");
            args.add("%" + filter.name().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static void presence(StringBuilder where, Presence presence, String type) {
        if (presence == Presence.ANY) {
            return;
        }
        where.append(presence == Presence.WITH ? " AND EXISTS" : " AND NOT EXISTS")
                .append(" (SELECT 1 FROM party_branch b WHERE b.compound_id = cp.id AND b.branch_type = '")
                .append(type).append("')");
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = switch (order.getProperty()) {
                case "name" -> "cp.name";
                case "town" -> "t.sort_order";
                case "community" -> "cm.name";
                case "yearBuilt" -> "cp.year_built";
                case "buildings" -> "cp.buildings";
                case "households" -> "cp.households";
                default -> null;
            };
            if (column != null) {
                parts.add(column + (order.isAscending() ? " ASC" : " DESC"));
            }
        }
        if (parts.isEmpty()) {
            parts.add("cp.town_id ASC");
            parts.add("cp.name ASC");
        }
        parts.add("cp.id ASC");
        return String.join(", ", parts);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
