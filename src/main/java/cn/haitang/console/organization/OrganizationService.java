package cn.haitang.console.organization;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.search.SearchService;

import cn.haitang.console.audit.AuditEntry;
import cn.haitang.console.audit.AuditService;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.MicroGridRef;
import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the four-tier organisation, each checked against the caller's scope: a coordinator
 * reads and changes only what lies in their own town/street, whatever ids are passed. Changes go
 * through the entities, so the audit trail records every one of them.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    static final int NAME_LENGTH = 64;
    static final int PERSON_LENGTH = 32;
    static final int MAX_MEMBERS = 10_000;

    private final CommunityPartyOrgRepository orgs;
    private final PartyBranchRepository branches;
    private final GridGroupRepository groups;
    private final CentralHouseholdRepository households;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final StructureQueries queries;
    private final AuditService audit;
    private final SearchService search;

    OrganizationService(CommunityPartyOrgRepository orgs, PartyBranchRepository branches, GridGroupRepository groups,
                        CentralHouseholdRepository households, RegionService region, CurrentUser currentUser,
                        StructureQueries queries, AuditService audit, SearchService search) {
        this.search = search;
        this.orgs = orgs;
        this.branches = branches;
        this.groups = groups;
        this.households = households;
        this.region = region;
        this.currentUser = currentUser;
        this.queries = queries;
        this.audit = audit;
    }

    // ---- tier 1: community party committee / general branch ----------------------------------------

    public Optional<CommunityOrgRow> communityOrg(long communityId) {
        region.community(communityId);
        return orgs.findByCommunityId(communityId).map(OrganizationService::toRow);
    }

    /** Creates the community's party organisation (seenVersion null) or changes it. */
    @Transactional
    public CommunityOrgRow saveCommunityOrg(long communityId, @Nullable Long seenVersion, CommunityOrgForm form) {
        CommunityRef community = region.community(communityId);
        if (form.kind() == null) {
            throw RuleViolationException.atField("kind", "validation.required");
        }
        String name = required("name", form.name(), NAME_LENGTH);
        String secretary = required("secretary", form.secretary(), PERSON_LENGTH);
        members("membersCount", form.membersCount());
        Optional<CommunityPartyOrg> existing = orgs.findByCommunityId(communityId);
        CommunityPartyOrg org;
        if (seenVersion == null) {
            if (existing.isPresent()) {
                throw RuleViolationException.atField("name", "org.error.communityOrgExists", community.name());
            }
            org = new CommunityPartyOrg(communityId, community.townId());
        } else {
            org = existing.orElseThrow(OrganizationService::notFound);
            StaleEditException.check(seenVersion, org.getVersion());
        }
        org.describe(form.kind(), name, secretary, form.membersCount());
        return toRow(orgs.saveAndFlush(org));
    }

    @Transactional
    public void deleteCommunityOrg(long id, long seenVersion) {
        CommunityPartyOrg org = orgs.findById(id).orElseThrow(OrganizationService::notFound);
        scope().requireTown(org.getTownId());
        StaleEditException.check(seenVersion, org.getVersion());
        orgs.delete(org);
    }

    // ---- tier 2: compound party branches ------------------------------------------------------------

    public List<BranchRow> branchesOf(long compoundId) {
        region.compound(compoundId);
        return branches.findByCompoundIdOrderByType(compoundId).stream().map(OrganizationService::toRow).toList();
    }

    public BranchRow branch(long id) {
        return toRow(scopedBranch(id));
    }

    /** A branch found by its natural key (compound and type), for imports. */
    public Optional<BranchRow> findBranch(long compoundId, BranchType type) {
        region.compound(compoundId);
        return branches.findByCompoundIdAndType(compoundId, type).map(OrganizationService::toRow);
    }

    /**
     * Of the given compounds, those that have a branch of the type, in one query; compounds outside the
     * caller's area never count (a coordinator's answer is limited to their town).
     */
    public java.util.Set<Long> compoundsWithBranch(java.util.Collection<Long> compoundIds, BranchType type) {
        if (compoundIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(branches.compoundsWithBranch(compoundIds, type, scope().townFilter().orElse(null)));
    }

    @Transactional
    public BranchRow createBranch(long compoundId, BranchForm form) {
        CompoundRef compound = region.compound(compoundId);
        validate(form);
        refuseSecondOfType(compoundId, form.type(), null, compound.name());
        PartyBranch branch = new PartyBranch(compoundId, compound.townId());
        branch.describe(form.type(), form.name().trim(), form.secretary().trim(), form.membersCount(), form.formedOn());
        return toRow(branches.saveAndFlush(branch));
    }

    @Transactional
    public BranchRow updateBranch(long id, long seenVersion, BranchForm form) {
        PartyBranch branch = scopedBranch(id);
        StaleEditException.check(seenVersion, branch.getVersion());
        validate(form);
        refuseSecondOfType(branch.getCompoundId(), form.type(), id, region.compound(branch.getCompoundId()).name());
        branch.describe(form.type(), form.name().trim(), form.secretary().trim(), form.membersCount(), form.formedOn());
        branches.flush();
        return toRow(branch);
    }

    @Transactional
    public void deleteBranch(long id, long seenVersion, Locale locale) {
        PartyBranch branch = scopedBranch(id);
        StaleEditException.check(seenVersion, branch.getVersion());
        long count = groups.countByBranchId(id);
        if (count > 0) {
            throw hasChildren(branch.getName(), List.of(Translations.translate("org.dependents.gridGroups", locale, count)),
                    locale);
        }
        branches.delete(branch);
    }

    // ---- tier 3: grid party groups ----------------------------------------------------------------

    public List<GridGroupRow> gridGroupsOf(long branchId) {
        scopedBranch(branchId);
        return queries.gridGroups("branch_id", branchId);
    }

    /** Everything of a compound's organisation in three queries: branches, grid groups, central households. */
    public CompoundStructure structureOf(long compoundId) {
        region.compound(compoundId);
        return new CompoundStructure(
                branches.findByCompoundIdOrderByType(compoundId).stream().map(OrganizationService::toRow).toList(),
                queries.gridGroups("compound_id", compoundId),
                households.findByCompoundId(compoundId).stream().map(this::toRow)
                        .sorted(Comparator.comparing(HouseholdRow::memberName)).toList());
    }

    public GridGroupRow gridGroup(long id) {
        return toRow(scopedGroup(id));
    }

    /** The grid party group of a micro-grid, if it has one (natural key, for imports). */
    public Optional<GridGroupRow> gridGroupOfMicroGrid(long microGridId) {
        region.microGrid(microGridId);
        return groups.findByMicroGridId(microGridId).map(this::toRow);
    }

    /** The micro-grids of a compound that have no grid party group yet (plus the one given, when editing). */
    public List<MicroGridRow> freeMicroGrids(long compoundId, @Nullable Long keepMicroGridId) {
        List<MicroGridRow> all = region.microGridsOf(compoundId);
        List<Long> taken = groups.findByCompoundId(compoundId).stream().map(GridGroup::getMicroGridId).toList();
        return all.stream().filter(g -> !taken.contains(g.id()) || Long.valueOf(g.id()).equals(keepMicroGridId)).toList();
    }

    @Transactional
    public GridGroupRow createGridGroup(long branchId, GridGroupForm form) {
        PartyBranch branch = scopedBranch(branchId);
        MicroGridRef grid = validate(form, branch, null);
        GridGroup group = new GridGroup(branchId, branch.getCompoundId(), branch.getTownId());
        group.describe(grid.id(), form.name().trim(), form.leader().trim(), form.membersCount());
        return toRow(groups.saveAndFlush(group));
    }

    @Transactional
    public GridGroupRow updateGridGroup(long id, long seenVersion, GridGroupForm form) {
        GridGroup group = scopedGroup(id);
        StaleEditException.check(seenVersion, group.getVersion());
        PartyBranch branch = branches.findById(group.getBranchId()).orElseThrow(OrganizationService::notFound);
        MicroGridRef grid = validate(form, branch, id);
        group.describe(grid.id(), form.name().trim(), form.leader().trim(), form.membersCount());
        groups.flush();
        return toRow(group);
    }

    /**
     * Moves a grid party group, with its central households, to the other branch of its compound. A
     * branch of another compound is refused: a grid group belongs to the compound of its micro-grid.
     */
    @Transactional
    public GridGroupRow moveGridGroup(long id, long seenVersion, long targetBranchId) {
        GridGroup group = scopedGroup(id);
        StaleEditException.check(seenVersion, group.getVersion());
        PartyBranch target = scopedBranch(targetBranchId);
        if (target.getCompoundId() != group.getCompoundId()) {
            throw RuleViolationException.atField("branchId", "org.error.branchOfOtherCompound");
        }
        if (target.requireId() != group.getBranchId()) {
            group.moveTo(target.requireId());
            groups.flush();
        }
        return toRow(group);
    }

    @Transactional
    public void deleteGridGroup(long id, long seenVersion, Locale locale) {
        GridGroup group = scopedGroup(id);
        StaleEditException.check(seenVersion, group.getVersion());
        long count = households.countByGridGroupId(id);
        if (count > 0) {
            throw hasChildren(group.getName(), List.of(Translations.translate("org.dependents.households", locale, count)),
                    locale);
        }
        groups.delete(group);
    }

    // ---- tier 4: party-member central households ---------------------------------------------------

    public List<HouseholdRow> householdsOf(long gridGroupId) {
        scopedGroup(gridGroupId);
        return households.findByGridGroupIdOrderByMemberName(gridGroupId).stream().map(this::toRow).toList();
    }

    public HouseholdRow household(long id) {
        return toRow(scopedHousehold(id));
    }

    /** A central household found by its natural key (grid group and member name), for imports. */
    public Optional<HouseholdRow> findHousehold(long gridGroupId, String memberName) {
        scopedGroup(gridGroupId);
        return households.findByGridGroupIdAndMemberName(gridGroupId, memberName.trim()).map(this::toRow);
    }

    @Transactional
    public HouseholdRow createHousehold(long gridGroupId, HouseholdForm form) {
        GridGroup group = scopedGroup(gridGroupId);
        validate(form, gridGroupId, null);
        CentralHousehold household = new CentralHousehold(gridGroupId, group.getCompoundId(), group.getTownId());
        household.describe(form.memberName().trim(), form.phone().trim(), form.buildingUnit().trim(),
                form.linkedHouseholds());
        return toRow(households.saveAndFlush(household));
    }

    @Transactional
    public HouseholdRow updateHousehold(long id, long seenVersion, HouseholdForm form) {
        CentralHousehold household = scopedHousehold(id);
        StaleEditException.check(seenVersion, household.getVersion());
        validate(form, household.getGridGroupId(), id);
        household.describe(form.memberName().trim(), form.phone().trim(), form.buildingUnit().trim(),
                form.linkedHouseholds());
        households.flush();
        return toRow(household);
    }

    @Transactional
    public void deleteHousehold(long id, long seenVersion) {
        CentralHousehold household = scopedHousehold(id);
        StaleEditException.check(seenVersion, household.getVersion());
        households.delete(household);
    }

    // ---- the tree ---------------------------------------------------------------------------------

    /** The children of a tree node (the caller's towns for null), a page of them, with their child counts. */
    public List<TreeNode> children(@Nullable TreeNode parent, int offset, int limit) {
        Scope scope = scope();
        if (parent == null) {
            return queries.towns(scope.townFilter().orElse(null), offset, limit);
        }
        requireNode(parent);
        return queries.children(parent, offset, limit, this::phoneFor);
    }

    public int childCount(@Nullable TreeNode parent) {
        Scope scope = scope();
        if (parent == null) {
            return queries.townCount(scope.townFilter().orElse(null));
        }
        requireNode(parent);
        return queries.childCount(parent);
    }

    /**
     * The paths (root first, hit last) to the nodes whose name matches the text — Chinese fragments, full
     * pinyin or initials, through the search engine — at most {@code limit}, inside the caller's area.
     */
    public List<List<TreeNode>> search(String text, int limit) {
        String clean = text == null ? "" : text.trim();
        if (clean.isEmpty()) {
            return List.of();
        }
        Long town = scope().townFilter().orElse(null);
        List<List<TreeNode>> paths = new ArrayList<>();
        for (var kind : java.util.Map.of(NodeKind.COMMUNITY, "community", NodeKind.COMPOUND, "compound",
                NodeKind.BRANCH, "branch", NodeKind.GRID_GROUP, "gridGroup", NodeKind.HOUSEHOLD, "household")
                .entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            if (paths.size() >= limit) {
                break;
            }
            paths.addAll(queries.paths(kind.getKey(), search.ids(kind.getValue(), clean, limit - paths.size()), town));
        }
        return paths.size() > limit ? paths.subList(0, limit) : paths;
    }

    /** The path (root first) to one node, for a link that opens it; refused outside the caller's area. */
    public List<TreeNode> pathTo(NodeKind kind, long id) {
        requireNode(new TreeNode(kind, id, "", "", 0, 0));
        List<List<TreeNode>> paths = queries.paths(kind, List.of(id), null);
        if (paths.isEmpty()) {
            throw notFound();
        }
        return paths.getFirst();
    }

    /** Re-reads one node (after an edit), refused outside the caller's area. */
    public TreeNode node(NodeKind kind, long id) {
        TreeNode node = queries.node(kind, id, this::phoneFor).orElseThrow(OrganizationService::notFound);
        scope().requireTown(node.townId());
        return node;
    }

    private void requireNode(TreeNode node) {
        long town = queries.townOf(node.kind(), node.id()).orElseThrow(OrganizationService::notFound);
        scope().requireTown(town);
    }

    // ---- the compound list -------------------------------------------------------------------------

    public List<CompoundRow> compounds(CompoundFilter filter, Pageable pageable) {
        return queries.compounds(filter, scopedTown(filter), pageable);
    }

    public int countCompounds(CompoundFilter filter) {
        return queries.countCompounds(filter, scopedTown(filter));
    }

    /** Streams every compound matching the filter, page by page, for an export. */
    public void forEachCompound(CompoundFilter filter, java.util.function.Consumer<CompoundRow> consumer) {
        int page = 0;
        List<CompoundRow> rows;
        do {
            rows = compounds(filter, PageRequest.of(page++, 1000, Sort.unsorted()));
            rows.forEach(consumer);
        } while (rows.size() == 1000);
    }

    private @Nullable Long scopedTown(CompoundFilter filter) {
        Optional<Long> own = scope().townFilter();
        if (filter.townId() != null) {
            scope().requireTown(filter.townId());
            return filter.townId();
        }
        if (filter.communityId() != null) {
            region.community(filter.communityId());
        }
        return own.orElse(null);
    }

    // ---- history -----------------------------------------------------------------------------------

    /** The audit history of a compound and everything of its structure, newest first: one query of the trail. */
    public List<AuditEntry> historyOfCompound(long compoundId, int limit) {
        region.compound(compoundId);
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        ids.put("Compound", List.of(compoundId));
        ids.put("MicroGrid", region.microGridsOf(compoundId).stream().map(g -> g.id()).toList());
        ids.put("PartyBranch", branches.findByCompoundIdOrderByType(compoundId).stream().map(b -> b.requireId()).toList());
        ids.put("GridGroup", groups.findByCompoundId(compoundId).stream().map(g -> g.requireId()).toList());
        ids.put("CentralHousehold", households.findByCompoundId(compoundId).stream().map(h -> h.requireId()).toList());
        return audit.historyOf(ids, limit);
    }

    // ---- rules and helpers ------------------------------------------------------------------------

    /** The phone as the caller may see it: in full for the city admin and the coordinator of its area. */
    String phoneFor(String phone, long townId) {
        return currentUser.find().map(u -> u.scope().covers(townId)).orElse(false) ? phone : mask(phone);
    }

    static String mask(String phone) {
        return phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    private void validate(BranchForm form) {
        if (form.type() == null) {
            throw RuleViolationException.atField("type", "validation.required");
        }
        required("name", form.name(), NAME_LENGTH);
        required("secretary", form.secretary(), PERSON_LENGTH);
        members("membersCount", form.membersCount());
        if (form.formedOn() != null && form.formedOn().isAfter(LocalDate.now())) {
            throw RuleViolationException.atField("formedOn", "org.error.future");
        }
        if (form.formedOn() != null && form.formedOn().isBefore(FieldChecks.EARLIEST_FOUNDING)) {
            throw RuleViolationException.atField("formedOn", "form.dateRange", FieldChecks.EARLIEST_FOUNDING, LocalDate.now());
        }
    }

    private void refuseSecondOfType(long compoundId, BranchType type, @Nullable Long self, String compoundName) {
        branches.findByCompoundIdAndType(compoundId, type).filter(b -> !Long.valueOf(b.requireId()).equals(self))
                .ifPresent(b -> {
                    throw RuleViolationException.atField("type",
                            type == BranchType.ENTITY ? "org.error.secondEntity" : "org.error.secondFunctional",
                            compoundName);
                });
    }

    private MicroGridRef validate(GridGroupForm form, PartyBranch branch, @Nullable Long self) {
        if (form.microGridId() == null) {
            throw RuleViolationException.atField("microGridId", "validation.required");
        }
        MicroGridRef grid = region.microGrid(form.microGridId());
        if (grid.compoundId() != branch.getCompoundId()) {
            throw RuleViolationException.atField("microGridId", "org.error.gridOfOtherCompound", grid.compoundName());
        }
        groups.findByMicroGridId(grid.id()).filter(g -> !Long.valueOf(g.requireId()).equals(self)).ifPresent(g -> {
            throw RuleViolationException.atField("microGridId", "org.error.gridTaken", grid.name(), g.getName());
        });
        required("name", form.name(), NAME_LENGTH);
        required("leader", form.leader(), PERSON_LENGTH);
        members("membersCount", form.membersCount());
        return grid;
    }

    private void validate(HouseholdForm form, long gridGroupId, @Nullable Long self) {
        String name = required("memberName", form.memberName(), PERSON_LENGTH);
        String phone = form.phone() == null ? "" : form.phone().trim();
        if (!MOBILE.matcher(phone).matches()) {
            throw RuleViolationException.atField("phone", "org.error.phone");
        }
        required("buildingUnit", form.buildingUnit(), PERSON_LENGTH);
        if (form.linkedHouseholds() < 0 || form.linkedHouseholds() > 500) {
            throw RuleViolationException.atField("linkedHouseholds", "org.error.linked", 500);
        }
        households.findByGridGroupIdAndMemberName(gridGroupId, name)
                .filter(h -> !Long.valueOf(h.requireId()).equals(self)).ifPresent(h -> {
                    throw RuleViolationException.atField("memberName", "org.error.duplicateHousehold", name);
                });
    }

    static String required(String field, @Nullable String value, int maxLength) {
        String clean = value == null ? "" : value.trim();
        if (clean.isEmpty()) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        if (clean.codePointCount(0, clean.length()) > maxLength) {
            throw RuleViolationException.atField(field, "org.error.tooLong", maxLength);
        }
        return clean;
    }

    private static void members(String field, int count) {
        if (count < 0 || count > MAX_MEMBERS) {
            throw RuleViolationException.atField(field, "org.error.members", MAX_MEMBERS);
        }
    }

    private static RuleViolationException hasChildren(String name, List<String> children, Locale locale) {
        return new RuleViolationException("org.error.hasChildren", name,
                String.join(Translations.translate("org.listSeparator", locale), children));
    }

    private PartyBranch scopedBranch(long id) {
        PartyBranch branch = branches.findById(id).orElseThrow(OrganizationService::notFound);
        scope().requireTown(branch.getTownId());
        return branch;
    }

    private GridGroup scopedGroup(long id) {
        GridGroup group = groups.findById(id).orElseThrow(OrganizationService::notFound);
        scope().requireTown(group.getTownId());
        return group;
    }

    private CentralHousehold scopedHousehold(long id) {
        CentralHousehold household = households.findById(id).orElseThrow(OrganizationService::notFound);
        scope().requireTown(household.getTownId());
        return household;
    }

    private Scope scope() {
        return currentUser.scope();
    }

    private static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }

    private static CommunityOrgRow toRow(CommunityPartyOrg o) {
        return new CommunityOrgRow(o.requireId(), o.getVersion(), o.getCommunityId(), o.getKind(), o.getName(),
                o.getSecretary(), o.getMembersCount());
    }

    private static BranchRow toRow(PartyBranch b) {
        return new BranchRow(b.requireId(), b.getVersion(), b.getCompoundId(), b.getTownId(), b.getType(), b.getName(),
                b.getSecretary(), b.getMembersCount(), b.getFormedOn());
    }

    private GridGroupRow toRow(GridGroup g) {
        PartyBranch branch = branches.findById(g.getBranchId()).orElseThrow(OrganizationService::notFound);
        MicroGridRef grid = region.microGrid(g.getMicroGridId());
        return new GridGroupRow(g.requireId(), g.getVersion(), g.getBranchId(), branch.getType(), g.getMicroGridId(),
                grid.name(), g.getCompoundId(), g.getTownId(), g.getName(), g.getLeader(), g.getMembersCount());
    }

    private HouseholdRow toRow(CentralHousehold h) {
        String shown = phoneFor(h.getPhone(), h.getTownId());
        return new HouseholdRow(h.requireId(), h.getVersion(), h.getGridGroupId(), h.getCompoundId(), h.getTownId(),
                h.getMemberName(), shown, !shown.equals(h.getPhone()), h.getBuildingUnit(), h.getLinkedHouseholds());
    }
}
