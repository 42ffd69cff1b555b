package cn.haitang.console.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.audit.AuditEntry;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.support.ServiceTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class OrganizationServiceTest extends ServiceTest {

    private static final Locale ZH = Translations.CHINESE;

    @Autowired
    OrganizationService service;
    @Autowired
    RegionService region;
    @Autowired
    JdbcTemplate jdbc;
    Fixtures f;

    @BeforeEach
    void fixtures() {
        f = new Fixtures(jdbc);
    }

    // ---- tier 1 ---------------------------------------------------------------------------------------

    @Test
    void aCommunityHasOnePartyOrganisation() {
        login.as("yushan");
        CommunityOrgRow org = service.communityOrg(f.community).orElseThrow();
        assertRefused(() -> service.saveCommunityOrg(f.community, null,
                new CommunityOrgForm(OrgKind.COMMITTEE, "第二个党委", "王伟", 10)), "name", "org.error.communityOrgExists");
        CommunityOrgRow changed = service.saveCommunityOrg(f.community, org.version(),
                new CommunityOrgForm(OrgKind.COMMITTEE, "张坝社区党委", "李强", 120));
        assertThat(changed.kind()).isEqualTo(OrgKind.COMMITTEE);
        assertThat(changed.secretary()).isEqualTo("李强");
        assertThatThrownBy(() -> service.saveCommunityOrg(f.community, org.version(),
                new CommunityOrgForm(OrgKind.COMMITTEE, "x", "y", 1))).isInstanceOf(StaleEditException.class);
        service.deleteCommunityOrg(changed.id(), changed.version());
        assertThat(service.communityOrg(f.community)).isEmpty();
        CommunityOrgRow created = service.saveCommunityOrg(f.community, null,
                new CommunityOrgForm(OrgKind.GENERAL_BRANCH, "新党总支", "赵敏", 40));
        assertThat(created.id()).isPositive();
    }

    @Test
    void communityOrganisationFieldsAreValidated() {
        login.as("yushan");
        CommunityOrgRow org = service.communityOrg(f.community).orElseThrow();
        assertRefused(() -> service.saveCommunityOrg(f.community, org.version(), new CommunityOrgForm(null, "a", "b", 1)),
                "kind", "validation.required");
        assertRefused(() -> service.saveCommunityOrg(f.community, org.version(),
                new CommunityOrgForm(OrgKind.COMMITTEE, " ", "b", 1)), "name", "validation.required");
        assertRefused(() -> service.saveCommunityOrg(f.community, org.version(),
                new CommunityOrgForm(OrgKind.COMMITTEE, "a", "", 1)), "secretary", "validation.required");
        assertRefused(() -> service.saveCommunityOrg(f.community, org.version(),
                new CommunityOrgForm(OrgKind.COMMITTEE, "a", "b", -1)), "membersCount", "org.error.members");
    }

    // ---- tier 2 ---------------------------------------------------------------------------------------

    @Test
    void aCompoundHasAtMostOneBranchOfEachType() {
        login.as("yushan");
        assertThat(service.branchesOf(f.compound)).extracting(BranchRow::type)
                .containsExactly(BranchType.ENTITY, BranchType.FUNCTIONAL);
        BranchForm second = new BranchForm(BranchType.ENTITY, "第二实体支部", "王伟", 5, LocalDate.of(2023, 1, 1));
        assertRefused(() -> service.createBranch(f.compound, second), "type", "org.error.secondEntity");
        BranchRow functional = service.branch(f.functionalBranch);
        assertRefused(() -> service.updateBranch(functional.id(), functional.version(),
                new BranchForm(BranchType.ENTITY, functional.name(), "王伟", 5, null)), "type", "org.error.secondEntity");
        assertRefused(() -> service.createBranch(f.compound,
                new BranchForm(BranchType.FUNCTIONAL, "x", "y", 1, null)), "type", "org.error.secondFunctional");
    }

    @Test
    void aCompoundWithoutEntityBranchCanFormOne() {
        login.as("yushan");
        long without = jdbc.queryForObject("""
                SELECT MIN(cp.id) FROM compound cp WHERE cp.town_id = ? AND NOT EXISTS
                (SELECT 1 FROM party_branch b WHERE b.compound_id = cp.id AND b.branch_type = 'ENTITY')""", Long.class,
                f.yushan);
        BranchRow created = service.createBranch(without,
                new BranchForm(BranchType.ENTITY, "新建实体型党支部", "王伟", 12, LocalDate.of(2024, 7, 1)));
        assertThat(service.findBranch(without, BranchType.ENTITY)).contains(created);
        BranchRow updated = service.updateBranch(created.id(), created.version(),
                new BranchForm(BranchType.ENTITY, "新建实体型党支部", "李娜", 14, LocalDate.of(2024, 7, 1)));
        assertThat(updated.secretary()).isEqualTo("李娜");
        assertThatThrownBy(() -> service.updateBranch(created.id(), created.version(),
                new BranchForm(BranchType.ENTITY, "x", "y", 1, null))).isInstanceOf(StaleEditException.class);
        service.deleteBranch(updated.id(), updated.version(), ZH);
        assertThat(service.findBranch(without, BranchType.ENTITY)).isEmpty();
    }

    @Test
    void branchFieldsAreValidated() {
        login.as("yushan");
        assertRefused(() -> service.createBranch(f.compound, new BranchForm(null, "a", "b", 1, null)), "type",
                "validation.required");
        assertRefused(() -> service.createBranch(f.compound, new BranchForm(BranchType.ENTITY, "", "b", 1, null)), "name",
                "validation.required");
        assertRefused(() -> service.createBranch(f.compound, new BranchForm(BranchType.ENTITY, "a", " ", 1, null)),
                "secretary", "validation.required");
        assertRefused(() -> service.createBranch(f.compound, new BranchForm(BranchType.ENTITY, "a", "b", -3, null)),
                "membersCount", "org.error.members");
        assertRefused(() -> service.createBranch(f.compound, new BranchForm(BranchType.ENTITY, "a", "b", 3,
                LocalDate.now().plusDays(3))), "formedOn", "org.error.future");
        assertRefused(() -> service.createBranch(f.compound, new BranchForm(BranchType.ENTITY, "长".repeat(65), "b", 3,
                null)), "name", "org.error.tooLong");
    }

    @Test
    void aBranchWithGridGroupsCannotBeDeletedAndTheMessageSaysWhatHangsUnderIt() {
        login.as("yushan");
        BranchRow branch = service.branch(service.gridGroup(f.group).branchId());
        long groups = service.gridGroupsOf(branch.id()).size();
        assertThatThrownBy(() -> service.deleteBranch(branch.id(), branch.version(), ZH))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("org.error.hasChildren");
                    assertThat(Translations.translate(e.getMessageKey(), ZH, e.getArguments()))
                            .contains(branch.name()).contains(groups + " 个网格党小组");
                });
    }

    // ---- tier 3 ---------------------------------------------------------------------------------------

    @Test
    void aGridGroupGoesOnAFreeMicroGridOfItsOwnCompound() {
        login.as("yushan");
        List<MicroGridRow> free = service.freeMicroGrids(f.compound, null);
        assertThat(free).isNotEmpty();
        GridGroupRow created = service.createGridGroup(f.entityBranch,
                new GridGroupForm(free.getFirst().id(), "新党小组", "王伟", 6));
        assertThat(created.compoundId()).isEqualTo(f.compound);
        assertThat(service.freeMicroGrids(f.compound, null)).extracting(MicroGridRow::id).doesNotContain(created.microGridId());
        assertThat(service.gridGroupOfMicroGrid(created.microGridId())).contains(created);
        // A second group on the same micro-grid is refused.
        assertRefused(() -> service.createGridGroup(f.functionalBranch,
                new GridGroupForm(created.microGridId(), "又一个", "李娜", 3)), "microGridId", "org.error.gridTaken");
        // A micro-grid of another compound is refused, even in the same town.
        long otherGrid = jdbc.queryForObject("SELECT MIN(id) FROM micro_grid WHERE town_id = ? AND compound_id <> ?",
                Long.class, f.yushan, f.compound);
        assertRefused(() -> service.createGridGroup(f.entityBranch, new GridGroupForm(otherGrid, "错", "王", 1)),
                "microGridId", "org.error.gridOfOtherCompound");
        GridGroupRow updated = service.updateGridGroup(created.id(), created.version(),
                new GridGroupForm(created.microGridId(), "新党小组", "赵敏", 7));
        assertThat(updated.leader()).isEqualTo("赵敏");
        assertRefused(() -> service.updateGridGroup(created.id(), updated.version(),
                new GridGroupForm(otherGrid, "新党小组", "赵敏", 7)), "microGridId", "org.error.gridOfOtherCompound");
        assertRefused(() -> service.createGridGroup(f.entityBranch, new GridGroupForm(null, "a", "b", 1)), "microGridId",
                "validation.required");
        service.deleteGridGroup(updated.id(), updated.version(), ZH);
        assertThat(service.gridGroupOfMicroGrid(created.microGridId())).isEmpty();
    }

    @Test
    void movingAGridGroupToTheOtherBranchKeepsItsHouseholdsAndIsAudited() {
        login.as("yushan");
        GridGroupRow group = service.gridGroup(f.group);
        List<HouseholdRow> before = service.householdsOf(group.id());
        long target = group.branchId() == f.entityBranch ? f.functionalBranch : f.entityBranch;
        GridGroupRow moved = service.moveGridGroup(group.id(), group.version(), target);
        assertThat(moved.branchId()).isEqualTo(target);
        assertThat(service.householdsOf(group.id())).extracting(HouseholdRow::id)
                .containsExactlyElementsOf(before.stream().map(HouseholdRow::id).toList());
        assertThat(service.gridGroupsOf(target)).extracting(GridGroupRow::id).contains(group.id());
        List<AuditEntry> history = service.historyOfCompound(f.compound, 50);
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getEntityType()).isEqualTo("GridGroup");
            assertThat(e.getSummary()).contains("branchId");
            assertThat(e.getUsername()).isEqualTo("yushan");
        });
        assertThatThrownBy(() -> service.moveGridGroup(group.id(), group.version(), group.branchId()))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aGridGroupCannotMoveToABranchOfAnotherCompound() {
        login.as("yushan");
        GridGroupRow group = service.gridGroup(f.group);
        long otherBranch = jdbc.queryForObject("SELECT MIN(id) FROM party_branch WHERE town_id = ? AND compound_id <> ?",
                Long.class, f.yushan, f.compound);
        assertRefused(() -> service.moveGridGroup(group.id(), group.version(), otherBranch), "branchId",
                "org.error.branchOfOtherCompound");
    }

    @Test
    void aGridGroupWithHouseholdsCannotBeDeleted() {
        login.as("yushan");
        GridGroupRow group = service.gridGroup(f.group);
        assertThatThrownBy(() -> service.deleteGridGroup(group.id(), group.version(), ZH))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(
                        Translations.translate(e.getMessageKey(), ZH, e.getArguments())).contains("户党员中心户"));
    }

    @Test
    void gridGroupFieldsAreValidated() {
        login.as("yushan");
        long free = service.freeMicroGrids(f.compound, null).getFirst().id();
        assertRefused(() -> service.createGridGroup(f.entityBranch, new GridGroupForm(free, "", "b", 1)), "name",
                "validation.required");
        assertRefused(() -> service.createGridGroup(f.entityBranch, new GridGroupForm(free, "a", "", 1)), "leader",
                "validation.required");
        assertRefused(() -> service.createGridGroup(f.entityBranch, new GridGroupForm(free, "a", "b", 100_000)),
                "membersCount", "org.error.members");
    }

    // ---- tier 4 ---------------------------------------------------------------------------------------

    @Test
    void centralHouseholdsAreValidatedAndUniqueInTheirGroup() {
        login.as("yushan");
        HouseholdRow created = service.createHousehold(f.group, new HouseholdForm("钱多多", "13912345678", "3幢2单元", 12));
        assertThat(created.phone()).isEqualTo("13912345678");
        assertThat(service.findHousehold(f.group, "钱多多")).isPresent();
        assertRefused(() -> service.createHousehold(f.group, new HouseholdForm("钱多多", "13912345679", "3幢", 1)),
                "memberName", "org.error.duplicateHousehold");
        assertRefused(() -> service.createHousehold(f.group, new HouseholdForm("孙小", "1391234567", "3幢", 1)), "phone",
                "org.error.phone");
        assertRefused(() -> service.createHousehold(f.group, new HouseholdForm("孙小", "23912345678", "3幢", 1)), "phone",
                "org.error.phone");
        assertRefused(() -> service.createHousehold(f.group, new HouseholdForm("孙小", "13912345678", "", 1)),
                "buildingUnit", "validation.required");
        assertRefused(() -> service.createHousehold(f.group, new HouseholdForm("", "13912345678", "3幢", 1)), "memberName",
                "validation.required");
        assertRefused(() -> service.createHousehold(f.group, new HouseholdForm("孙小", "13912345678", "3幢", -1)),
                "linkedHouseholds", "org.error.linked");
        HouseholdRow updated = service.updateHousehold(created.id(), created.version(),
                new HouseholdForm("钱多多", "13800001111", "5幢1单元", 15));
        assertThat(updated.buildingUnit()).isEqualTo("5幢1单元");
        assertThatThrownBy(() -> service.updateHousehold(created.id(), created.version(),
                new HouseholdForm("钱多多", "13800001111", "5幢1单元", 15))).isInstanceOf(StaleEditException.class);
        service.deleteHousehold(updated.id(), updated.version());
        assertThat(service.findHousehold(f.group, "钱多多")).isEmpty();
    }

    @Test
    void phonesAreFullForTheAdminAndTheAreasCoordinatorAndMaskedOtherwise() {
        login.as("admin");
        HouseholdRow asAdmin = service.household(f.household);
        assertThat(asAdmin.phone()).matches("1\\d{10}");
        assertThat(asAdmin.phoneMasked()).isFalse();
        login.as("yushan");
        assertThat(service.household(f.household).phone()).isEqualTo(asAdmin.phone());
        // Anyone else (a caller whose scope does not cover the household's town) sees it masked.
        login.as("meili");
        assertThat(service.phoneFor(asAdmin.phone(), f.yushan)).matches("1\\d{2}\\*{4}\\d{4}")
                .isNotEqualTo(asAdmin.phone());
        login.logout();
        assertThat(service.phoneFor(asAdmin.phone(), f.yushan)).contains("****");
        assertThat(OrganizationService.mask("13912345678")).isEqualTo("139****5678");
    }

    @Test
    void aCompoundsHistoryHoldsItsWholeStructureNewestFirstAndNothingOfAnotherCompound() {
        login.as("yushan");
        HouseholdRow own = service.createHousehold(f.group, new HouseholdForm("钱进", "13712340001", "2幢1单元", 6));
        long otherGroup = jdbc.queryForObject("SELECT MIN(id) FROM grid_group WHERE town_id = ? AND compound_id <> ?",
                Long.class, f.yushan, f.compound);
        HouseholdRow elsewhere = service.createHousehold(otherGroup, new HouseholdForm("孙立", "13712340002", "3幢", 4));
        GridGroupRow group = service.gridGroup(f.group);
        service.updateGridGroup(group.id(), group.version(),
                new GridGroupForm(group.microGridId(), group.name(), group.leader() + "甲", group.membersCount()));
        List<AuditEntry> history = service.historyOfCompound(f.compound, 50);
        assertThat(history).extracting(AuditEntry::getEntityType).contains("CentralHousehold", "GridGroup");
        assertThat(history).anySatisfy(e -> assertThat(e.getEntityId()).isEqualTo(String.valueOf(own.id())));
        assertThat(history).noneSatisfy(e -> assertThat(e.getEntityType() + e.getEntityId())
                .isEqualTo("CentralHousehold" + elsewhere.id()));
        assertThat(history).extracting(AuditEntry::getOccurredAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(history.getFirst().getEntityType()).isEqualTo("GridGroup");
        assertThat(service.historyOfCompound(f.compound, 1)).containsExactly(history.getFirst());
    }

    @Test
    void theAuditTrailKeepsNoPhoneNumbers() {
        login.as("yushan");
        HouseholdRow created = service.createHousehold(f.group, new HouseholdForm("周全", "13712345678", "1幢1单元", 9));
        List<AuditEntry> history = service.historyOfCompound(f.compound, 20);
        assertThat(history).anySatisfy(e -> assertThat(e.getEntityId()).isEqualTo(String.valueOf(created.id())));
        assertThat(history).allSatisfy(e -> assertThat(e.getChanges()).doesNotContain("13712345678"));
    }

    // ---- tree, list, search ------------------------------------------------------------------------------

    @Test
    void theTreeLoadsLevelByLevelWithChildCounts() {
        login.as("admin");
        List<TreeNode> towns = service.children(null, 0, 50);
        assertThat(towns).hasSize(14);
        assertThat(service.childCount(null)).isEqualTo(14);
        TreeNode yushan = towns.stream().filter(t -> t.name().equals("虞山街道")).findFirst().orElseThrow();
        List<TreeNode> communities = service.children(yushan, 0, 100);
        assertThat(communities).hasSize((int) yushan.childCount()).extracting(TreeNode::name).contains("张坝社区");
        TreeNode zhangba = communities.stream().filter(c -> c.name().equals("张坝社区")).findFirst().orElseThrow();
        List<TreeNode> compounds = service.children(zhangba, 0, 100);
        assertThat(compounds).extracting(TreeNode::name).contains("义庄公寓");
        TreeNode yizhuang = compounds.stream().filter(c -> c.name().equals("义庄公寓")).findFirst().orElseThrow();
        assertThat(service.children(yizhuang, 0, 10)).singleElement()
                .satisfies(b -> assertThat(b.detail()).isEqualTo("FUNCTIONAL"));
        TreeNode compound = service.node(NodeKind.COMPOUND, f.compound);
        List<TreeNode> branches = service.children(compound, 0, 10);
        assertThat(branches).hasSize(2);
        int groups = branches.stream().mapToInt(b -> service.children(b, 0, 100).size()).sum();
        assertThat(groups).isEqualTo(branches.stream().mapToLong(TreeNode::childCount).sum());
        TreeNode group = service.node(NodeKind.GRID_GROUP, f.group);
        assertThat(service.children(group, 0, 10)).hasSize((int) group.childCount())
                .allSatisfy(h -> assertThat(h.kind()).isEqualTo(NodeKind.HOUSEHOLD));
    }

    @Test
    void aCoordinatorsTreeStartsAtTheirTownOnly() {
        login.as("yushan");
        assertThat(service.children(null, 0, 50)).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("虞山街道"));
        assertThat(service.childCount(null)).isEqualTo(1);
    }

    @Test
    void searchOpensThePathToEveryHitInsideTheCallersArea() {
        login.as("yushan");
        List<List<TreeNode>> paths = service.search("义庄", 20);
        assertThat(paths).isNotEmpty();
        assertThat(paths.getFirst()).extracting(TreeNode::kind)
                .startsWith(NodeKind.TOWN, NodeKind.COMMUNITY, NodeKind.COMPOUND);
        assertThat(paths).allSatisfy(p -> assertThat(p.getFirst().name()).isEqualTo("虞山街道"));
        String household = service.household(f.household).memberName();
        assertThat(service.search(household, 50)).anySatisfy(p -> {
            assertThat(p).hasSize(6);
            assertThat(p.getLast().id()).isEqualTo(f.household);
        });
        login.as("meili");
        assertThat(service.search("义庄", 20)).isEmpty();
        assertThat(service.search("  ", 20)).isEmpty();
    }

    @Test
    void theCompoundListFiltersSortsAndPagesInSql() {
        login.as("admin");
        assertThat(service.countCompounds(CompoundFilter.all())).isEqualTo(506);
        CompoundFilter withoutEntity = new CompoundFilter(null, null, Presence.WITHOUT, Presence.ANY, null);
        assertThat(service.countCompounds(withoutEntity)).isEqualTo(40);
        assertThat(service.compounds(withoutEntity, PageRequest.of(0, 100))).hasSize(40)
                .allSatisfy(c -> assertThat(c.entityBranch()).isFalse());
        assertThat(service.countCompounds(new CompoundFilter(null, null, Presence.WITH, Presence.ANY, null))).isEqualTo(466);
        assertThat(service.countCompounds(new CompoundFilter(null, null, Presence.ANY, Presence.WITHOUT, null))).isZero();
        assertThat(service.countCompounds(new CompoundFilter(f.yushan, null, Presence.ANY, Presence.ANY, null))).isEqualTo(80);
        assertThat(service.compounds(new CompoundFilter(null, null, Presence.ANY, Presence.ANY, "城市之光"),
                PageRequest.of(0, 10))).singleElement().satisfies(c -> assertThat(c.townName()).isEqualTo("虞山街道"));
        List<CompoundRow> byHouseholds = service.compounds(CompoundFilter.all(),
                PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "households")));
        assertThat(byHouseholds).extracting(CompoundRow::households).isSortedAccordingTo((a, b) -> b - a);
        List<CompoundRow> lastPage = service.compounds(CompoundFilter.all(), PageRequest.of(25, 20));
        assertThat(lastPage).hasSize(6);
        long community = f.community;
        assertThat(service.compounds(new CompoundFilter(null, community, Presence.ANY, Presence.ANY, null),
                PageRequest.of(0, 100))).isNotEmpty().allSatisfy(c -> assertThat(c.townId()).isEqualTo(f.yushan));
    }

    @Test
    void aCoordinatorsCompoundListHoldsOnlyTheirTown() {
        login.as("yushan");
        assertThat(service.countCompounds(CompoundFilter.all())).isEqualTo(80);
        assertThat(service.compounds(CompoundFilter.all(), PageRequest.of(0, 100))).hasSize(80)
                .allSatisfy(c -> assertThat(c.townName()).isEqualTo("虞山街道"));
    }

    // ---- scope: every method refuses another town's ids ---------------------------------------------

    @Test
    void aCoordinatorIsRefusedEveryMethodOnAnotherTownsIds() {
        login.as("yushan");
        BranchForm branchForm = new BranchForm(BranchType.ENTITY, "x", "y", 1, null);
        GridGroupForm groupForm = new GridGroupForm(f.meiliGrid, "x", "y", 1);
        HouseholdForm householdForm = new HouseholdForm("某某", "13912345678", "1幢", 1);
        TreeNode meiliCompound = new TreeNode(NodeKind.COMPOUND, f.meiliCompound, "", "", 1, f.meili);
        List<ThrowingCallable> calls = List.of(
                () -> service.communityOrg(f.meiliCommunity),
                () -> service.saveCommunityOrg(f.meiliCommunity, null, new CommunityOrgForm(OrgKind.COMMITTEE, "a", "b", 1)),
                () -> service.deleteCommunityOrg(f.meiliOrg, 0),
                () -> service.branchesOf(f.meiliCompound),
                () -> service.branch(f.meiliBranch),
                () -> service.findBranch(f.meiliCompound, BranchType.ENTITY),
                () -> service.createBranch(f.meiliCompound, branchForm),
                () -> service.updateBranch(f.meiliBranch, 0, branchForm),
                () -> service.deleteBranch(f.meiliBranch, 0, ZH),
                () -> service.gridGroupsOf(f.meiliBranch),
                () -> service.gridGroup(f.meiliGroup),
                () -> service.gridGroupOfMicroGrid(f.meiliGrid),
                () -> service.freeMicroGrids(f.meiliCompound, null),
                () -> service.createGridGroup(f.meiliBranch, groupForm),
                () -> service.createGridGroup(f.entityBranch, groupForm),
                () -> service.updateGridGroup(f.meiliGroup, 0, groupForm),
                () -> service.moveGridGroup(f.meiliGroup, 0, f.meiliBranch),
                () -> service.moveGridGroup(f.group, service.gridGroup(f.group).version(), f.meiliBranch),
                () -> service.deleteGridGroup(f.meiliGroup, 0, ZH),
                () -> service.householdsOf(f.meiliGroup),
                () -> service.household(f.meiliHousehold),
                () -> service.findHousehold(f.meiliGroup, "某某"),
                () -> service.createHousehold(f.meiliGroup, householdForm),
                () -> service.updateHousehold(f.meiliHousehold, 0, householdForm),
                () -> service.deleteHousehold(f.meiliHousehold, 0),
                () -> service.children(meiliCompound, 0, 10),
                () -> service.childCount(meiliCompound),
                () -> service.node(NodeKind.COMPOUND, f.meiliCompound),
                () -> service.node(NodeKind.HOUSEHOLD, f.meiliHousehold),
                () -> service.compounds(new CompoundFilter(f.meili, null, Presence.ANY, Presence.ANY, null), PageRequest.of(0, 10)),
                () -> service.countCompounds(new CompoundFilter(f.meili, null, Presence.ANY, Presence.ANY, null)),
                () -> service.countCompounds(new CompoundFilter(null, f.meiliCommunity, Presence.ANY, Presence.ANY, null)),
                () -> service.historyOfCompound(f.meiliCompound, 10));
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)).as("call %d", i).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("error.scope.town");
        }
        // and nothing changed in 梅李镇
        login.as("admin");
        assertThat(service.gridGroup(f.meiliGroup).branchId()).isEqualTo(f.meiliBranch);
        assertThat(service.findHousehold(f.meiliGroup, "某某")).isEmpty();
    }

    @Test
    void reviewersReachNoStructureAtAll() {
        login.as("reviewer3");
        assertThatThrownBy(() -> service.children(null, 0, 10)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service.countCompounds(CompoundFilter.all())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service.branch(f.entityBranch)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service.search("义庄", 5)).isInstanceOf(RuleViolationException.class);
    }

}
