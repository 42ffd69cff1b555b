package cn.haitang.console.region;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import cn.haitang.console.security.TownDirectory;
import cn.haitang.console.security.TownRef;
import cn.haitang.console.base.FieldChecks;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geography of the city. Towns/streets are reference data; communities, compounds and micro-grids
 * are created, changed, moved and deleted here, always inside the caller's scope (a coordinator only
 * in their own town/street, whatever ids are passed). Every change goes through the entities, so the
 * audit trail records it.
 */
@Service
@Transactional(readOnly = true)
public class RegionService implements TownDirectory {

    static final int NAME_LENGTH = 64;
    static final int ADDRESS_LENGTH = 200;
    static final int PERSON_LENGTH = 32;
    static final int EXEMPTION_LENGTH = 100;
    /** Upper bounds that catch a mistyped count (the largest compounds have a few dozen buildings). */
    public static final int MAX_BUILDINGS = 500;
    public static final int MAX_HOUSEHOLDS = 20_000;
    /** Bounds of a compound's total exclusive area (m², two decimals) and owner count (the art. 278 denominators). */
    public static final BigDecimal MIN_EXCLUSIVE_AREA = new BigDecimal("0.01");
    public static final BigDecimal MAX_EXCLUSIVE_AREA = new BigDecimal("99999999.99");
    public static final int MAX_OWNERS = 100_000;

    private final TownRepository towns;
    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final MicroGridRepository grids;
    private final CurrentUser currentUser;
    private final List<RegionDependents> dependents;

    RegionService(TownRepository towns, CommunityRepository communities, CompoundRepository compounds,
                  MicroGridRepository grids, CurrentUser currentUser, List<RegionDependents> dependents) {
        this.towns = towns;
        this.communities = communities;
        this.compounds = compounds;
        this.grids = grids;
        this.currentUser = currentUser;
        this.dependents = dependents;
    }

    /** All 14 towns/streets in their official order (reference data, readable by every user). */
    @Override
    public List<TownRef> allTowns() {
        return towns.findAllByOrderBySortOrder().stream().map(RegionService::toRef).toList();
    }

    @Override
    public Optional<TownRef> findTown(long id) {
        return towns.findById(id).map(RegionService::toRef);
    }

    /** The towns/streets the caller may work in: all for a city admin, their own for a coordinator. */
    public List<TownRef> townsInScope() {
        Scope scope = currentUser.scope();
        return allTowns().stream().filter(t -> scope.covers(t.id())).toList();
    }

    /**
     * The communities of every town/street the caller may see: town by town in the official order, each town's
     * by name. One query for all of them (the lists' community filters asked town by town, fourteen queries).
     */
    public List<CommunityRef> communitiesInScope() {
        List<TownRef> inScope = townsInScope();
        if (inScope.isEmpty()) {
            return List.of();
        }
        Map<Long, String> townNames = new HashMap<>();
        Map<Long, List<CommunityRef>> byTown = new LinkedHashMap<>();
        for (TownRef town : inScope) {
            townNames.put(town.id(), town.name());
            byTown.put(town.id(), new ArrayList<>());
        }
        List<Community> found = inScope.size() == 1 ? communities.findByTownIdOrderByName(inScope.getFirst().id())
                : communities.findAll(Sort.by("name"));
        for (Community c : found) {
            List<CommunityRef> ofTown = byTown.get(c.getTownId());
            if (ofTown != null) {
                ofTown.add(new CommunityRef(c.requireId(), c.getName(), c.getTownId(), townNames.get(c.getTownId())));
            }
        }
        return byTown.values().stream().flatMap(List::stream).toList();
    }

    /** The communities of a town/street the caller may see, by name. */
    public List<CommunityRef> communitiesOf(long townId) {
        currentUser.scope().requireTown(townId);
        String townName = townName(townId);
        return communities.findByTownIdOrderByName(townId).stream()
                .map(c -> new CommunityRef(c.requireId(), c.getName(), c.getTownId(), townName)).toList();
    }

    /** The compounds of a community the caller may see, by name. */
    public List<CompoundRef> compoundsOf(long communityId) {
        Community community = scopedCommunity(communityId);
        String townName = townName(community.getTownId());
        return compounds.findByCommunityIdOrderByName(communityId).stream()
                .map(c -> new CompoundRef(c.requireId(), c.getName(), communityId, community.getName(), c.getTownId(),
                        townName)).toList();
    }

    /** A community, refused when it lies outside the caller's area (whatever id is passed). */
    public CommunityRef community(long id) {
        Community c = scopedCommunity(id);
        return new CommunityRef(c.requireId(), c.getName(), c.getTownId(), townName(c.getTownId()));
    }

    /** A community with its version, for renaming. */
    public CommunityRow communityRow(long id) {
        Community c = scopedCommunity(id);
        return new CommunityRow(c.requireId(), c.getVersion(), c.getName(), c.getTownId(), townName(c.getTownId()));
    }

    /** A compound, refused when it lies outside the caller's area (whatever id is passed). */
    public CompoundRef compound(long id) {
        Compound c = scopedCompound(id);
        Community community = communities.findById(c.getCommunityId()).orElseThrow(RegionService::notFound);
        return new CompoundRef(c.requireId(), c.getName(), community.requireId(), community.getName(), c.getTownId(),
                townName(c.getTownId()));
    }

    /** A compound with every field and its version, for the edit form. */
    public CompoundDetail compoundDetail(long id) {
        Compound c = scopedCompound(id);
        Community community = communities.findById(c.getCommunityId()).orElseThrow(RegionService::notFound);
        return new CompoundDetail(c.requireId(), c.getVersion(), community.requireId(), community.getName(),
                c.getTownId(), townName(c.getTownId()), c.getName(), c.getAddress(), c.getYearBuilt(), c.getBuildings(),
                c.getHouseholds(), c.isGated(), c.getManagementMode(), c.isCommitteeRequired(), c.getCommitteeExemption(),
                c.getExclusiveArea(), c.getOwnerCount());
    }

    /** A micro-grid, refused when it lies outside the caller's area (whatever id is passed). */
    public MicroGridRef microGrid(long id) {
        MicroGrid g = scopedGrid(id);
        Compound c = compounds.findById(g.getCompoundId()).orElseThrow(RegionService::notFound);
        return new MicroGridRef(g.requireId(), g.getName(), c.requireId(), c.getName(), g.getTownId());
    }

    /** The micro-grids of a compound the caller may see, by name. */
    public List<MicroGridRow> microGridsOf(long compoundId) {
        scopedCompound(compoundId);
        return grids.findByCompoundIdOrderByName(compoundId).stream().map(RegionService::toRow).toList();
    }

    /** A compound found by its natural key (community and name), for imports. */
    public Optional<CompoundRef> findCompound(long communityId, String name) {
        scopedCommunity(communityId);
        return compounds.findByCommunityIdAndName(communityId, name.trim()).map(c -> compound(c.requireId()));
    }

    /** A micro-grid found by its natural key (compound and name), for imports. */
    public Optional<MicroGridRow> findMicroGrid(long compoundId, String name) {
        scopedCompound(compoundId);
        return grids.findByCompoundIdAndName(compoundId, name.trim()).map(RegionService::toRow);
    }

    // ---- communities ------------------------------------------------------------------------------

    @Transactional
    public CommunityRef createCommunity(long townId, @Nullable String name) {
        currentUser.scope().requireTown(townId);
        townName(townId);
        String clean = required("name", name, NAME_LENGTH);
        if (communities.findByTownIdAndName(townId, clean).isPresent()) {
            throw RuleViolationException.atField("name", "region.error.duplicateCommunity", clean);
        }
        Community saved = communities.save(new Community(townId, clean));
        return community(saved.requireId());
    }

    @Transactional
    public CommunityRef renameCommunity(long id, long seenVersion, @Nullable String name) {
        Community c = scopedCommunity(id);
        StaleEditException.check(seenVersion, c.getVersion());
        String clean = required("name", name, NAME_LENGTH);
        communities.findByTownIdAndName(c.getTownId(), clean).filter(other -> other.requireId() != id).ifPresent(other -> {
            throw RuleViolationException.atField("name", "region.error.duplicateCommunity", clean);
        });
        c.rename(clean);
        communities.flush();
        return community(id);
    }

    /** Deletes a community with nothing under it; otherwise says what still hangs under it. */
    @Transactional
    public void deleteCommunity(long id, long seenVersion, Locale locale) {
        Community c = scopedCommunity(id);
        StaleEditException.check(seenVersion, c.getVersion());
        List<String> children = new ArrayList<>();
        long count = compounds.countByCommunityId(id);
        if (count > 0) {
            children.add(Translations.translate("region.dependents.compounds", locale, count));
        }
        refuseWhenChildren(RegionLevel.COMMUNITY, id, c.getName(), children, locale);
        communities.delete(c);
    }

    // ---- compounds --------------------------------------------------------------------------------

    @Transactional
    public CompoundRef createCompound(CompoundForm form) {
        Community community = communityOfForm(form);
        String name = validate(form);
        if (compounds.findByCommunityIdAndName(community.requireId(), name).isPresent()) {
            throw RuleViolationException.atField("name", "region.error.duplicateCompound", name, community.getName());
        }
        Compound compound = new Compound(community.requireId(), community.getTownId(), name, form.address().trim());
        apply(compound, form, name);
        Compound saved = compounds.save(compound);
        return compound(saved.requireId());
    }

    /**
     * Changes a compound. A different community moves it (with its micro-grids and its organisation,
     * which refer to the compound), but only within the same town/street.
     */
    @Transactional
    public CompoundRef updateCompound(long id, long seenVersion, CompoundForm form) {
        Compound compound = scopedCompound(id);
        StaleEditException.check(seenVersion, compound.getVersion());
        Community community = communityOfForm(form);
        if (community.getTownId() != compound.getTownId()) {
            throw RuleViolationException.atField("communityId", "region.error.moveOtherTown");
        }
        String name = validate(form);
        compounds.findByCommunityIdAndName(community.requireId(), name).filter(other -> other.requireId() != id)
                .ifPresent(other -> {
                    throw RuleViolationException.atField("name", "region.error.duplicateCompound", name, community.getName());
                });
        if (community.requireId() != compound.getCommunityId()) {
            compound.moveTo(community.requireId());
        }
        apply(compound, form, name);
        compounds.flush();
        return compound(id);
    }

    /**
     * Sets (or clears, with two nulls) only a compound's total exclusive area and owner count, e.g. from the vote
     * panel of a consultation; the same rules as the compound form, with the version the user saw.
     */
    @Transactional
    public CompoundDetail setOwnership(long id, long seenVersion, @Nullable BigDecimal exclusiveArea,
                                       @Nullable Integer ownerCount) {
        Compound compound = scopedCompound(id);
        StaleEditException.check(seenVersion, compound.getVersion());
        validateOwnership(exclusiveArea, ownerCount);
        compound.setOwnership(exclusiveArea, ownerCount);
        compounds.flush();
        return compoundDetail(id);
    }

    @Transactional
    public void deleteCompound(long id, long seenVersion, Locale locale) {
        Compound c = scopedCompound(id);
        StaleEditException.check(seenVersion, c.getVersion());
        List<String> children = new ArrayList<>();
        long count = grids.countByCompoundId(id);
        if (count > 0) {
            children.add(Translations.translate("region.dependents.microGrids", locale, count));
        }
        refuseWhenChildren(RegionLevel.COMPOUND, id, c.getName(), children, locale);
        compounds.delete(c);
    }

    // ---- micro-grids ------------------------------------------------------------------------------

    @Transactional
    public MicroGridRow createMicroGrid(long compoundId, @Nullable String name, @Nullable String gridWorker,
                                       int households) {
        Compound compound = scopedCompound(compoundId);
        String cleanName = required("name", name, NAME_LENGTH);
        String worker = required("gridWorker", gridWorker, PERSON_LENGTH);
        nonNegative("households", households);
        if (grids.findByCompoundIdAndName(compoundId, cleanName).isPresent()) {
            throw RuleViolationException.atField("name", "region.error.duplicateMicroGrid", cleanName);
        }
        return toRow(grids.saveAndFlush(new MicroGrid(compoundId, compound.getTownId(), cleanName, worker, households)));
    }

    @Transactional
    public MicroGridRow updateMicroGrid(long id, long seenVersion, @Nullable String name, @Nullable String gridWorker,
                                       int households) {
        MicroGrid grid = scopedGrid(id);
        StaleEditException.check(seenVersion, grid.getVersion());
        String cleanName = required("name", name, NAME_LENGTH);
        String worker = required("gridWorker", gridWorker, PERSON_LENGTH);
        nonNegative("households", households);
        grids.findByCompoundIdAndName(grid.getCompoundId(), cleanName).filter(other -> other.requireId() != id)
                .ifPresent(other -> {
                    throw RuleViolationException.atField("name", "region.error.duplicateMicroGrid", cleanName);
                });
        grid.describe(cleanName, worker, households);
        grids.flush();
        return toRow(grid);
    }

    @Transactional
    public void deleteMicroGrid(long id, long seenVersion, Locale locale) {
        MicroGrid grid = scopedGrid(id);
        StaleEditException.check(seenVersion, grid.getVersion());
        refuseWhenChildren(RegionLevel.MICRO_GRID, id, grid.getName(), new ArrayList<>(), locale);
        grids.delete(grid);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void refuseWhenChildren(RegionLevel level, long id, String name, List<String> children, Locale locale) {
        for (RegionDependents feature : dependents) {
            children.addAll(feature.dependentsOf(level, id, locale));
        }
        if (!children.isEmpty()) {
            throw new RuleViolationException("region.error.hasChildren", name,
                    String.join(Translations.translate("region.listSeparator", locale), children));
        }
    }

    private Community communityOfForm(CompoundForm form) {
        if (form.communityId() == null) {
            throw RuleViolationException.atField("communityId", "validation.required");
        }
        return scopedCommunity(form.communityId());
    }

    private static String validate(CompoundForm form) {
        String name = required("name", form.name(), NAME_LENGTH);
        required("address", form.address(), ADDRESS_LENGTH);
        if (form.yearBuilt() != null && (form.yearBuilt() < 1900 || form.yearBuilt() > Year.now().getValue())) {
            throw RuleViolationException.atField("yearBuilt", "region.error.yearBuilt", Year.now().getValue());
        }
        count("buildings", form.buildings(), MAX_BUILDINGS);
        count("households", form.households(), MAX_HOUSEHOLDS);
        if (form.managementMode() == null) {
            throw RuleViolationException.atField("managementMode", "validation.required");
        }
        if (!form.committeeRequired()) {
            required("committeeExemption", form.committeeExemption(), EXEMPTION_LENGTH);
        }
        validateOwnership(form.exclusiveArea(), form.ownerCount());
        return name;
    }

    /** Both figures or neither: an art. 278 vote needs the two denominators together. */
    private static void validateOwnership(@Nullable BigDecimal area, @Nullable Integer owners) {
        if (area == null && owners == null) {
            return;
        }
        FieldChecks.decimal("exclusiveArea", area, MIN_EXCLUSIVE_AREA, MAX_EXCLUSIVE_AREA, 2);
        FieldChecks.integer("ownerCount", owners, 1, MAX_OWNERS);
    }

    private static void apply(Compound compound, CompoundForm form, String name) {
        compound.describe(name, form.address().trim(), form.yearBuilt(), form.buildings(), form.households(),
                form.gated(), form.managementMode());
        compound.setCommitteeRequirement(form.committeeRequired(),
                form.committeeRequired() || form.committeeExemption() == null ? null : form.committeeExemption().trim());
        compound.setOwnership(form.exclusiveArea(), form.ownerCount());
    }

    static String required(String field, @Nullable String value, int maxLength) {
        String clean = value == null ? "" : value.trim();
        if (clean.isEmpty()) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        if (clean.codePointCount(0, clean.length()) > maxLength) {
            throw RuleViolationException.atField(field, "region.error.tooLong", maxLength);
        }
        return clean;
    }

    private static void nonNegative(String field, int value) {
        if (value < 0) {
            throw RuleViolationException.atField(field, "region.error.negative");
        }
    }

    /** A count the user must give: empty is refused, never taken as 0. */
    private static void count(String field, @Nullable Integer value, int max) {
        if (value == null) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        nonNegative(field, value);
        if (value > max) {
            throw RuleViolationException.atField(field, "form.integer", 0, max);
        }
    }

    private Community scopedCommunity(long id) {
        Community c = communities.findById(id).orElseThrow(RegionService::notFound);
        currentUser.scope().requireTown(c.getTownId());
        return c;
    }

    private Compound scopedCompound(long id) {
        Compound c = compounds.findById(id).orElseThrow(RegionService::notFound);
        currentUser.scope().requireTown(c.getTownId());
        return c;
    }

    private MicroGrid scopedGrid(long id) {
        MicroGrid g = grids.findById(id).orElseThrow(RegionService::notFound);
        currentUser.scope().requireTown(g.getTownId());
        return g;
    }

    private String townName(long townId) {
        return towns.findById(townId).map(Town::getName).orElseThrow(RegionService::notFound);
    }

    private static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }

    private static MicroGridRow toRow(MicroGrid g) {
        return new MicroGridRow(g.requireId(), g.getVersion(), g.getCompoundId(), g.getName(), g.getGridWorker(),
                g.getHouseholds());
    }

    private static TownRef toRef(Town town) {
        return new TownRef(town.requireId(), town.getCode(), town.getName(), town.getKind() == TownKind.STREET);
    }
}
