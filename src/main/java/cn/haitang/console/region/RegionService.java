package cn.haitang.console.region;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import cn.haitang.console.security.TownDirectory;
import cn.haitang.console.security.TownRef;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geography of the city. Towns/streets are reference data; what lies below them is filtered by
 * the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class RegionService implements TownDirectory {

    private final TownRepository towns;
    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final MicroGridRepository grids;
    private final CurrentUser currentUser;

    RegionService(TownRepository towns, CommunityRepository communities, CompoundRepository compounds,
                  MicroGridRepository grids, CurrentUser currentUser) {
        this.towns = towns;
        this.communities = communities;
        this.compounds = compounds;
        this.grids = grids;
        this.currentUser = currentUser;
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

    /** The communities of a town/street the caller may see, by name. */
    public List<CommunityRef> communitiesOf(long townId) {
        currentUser.scope().requireTown(townId);
        String townName = townName(townId);
        return communities.findByTownIdOrderByName(townId).stream()
                .map(c -> new CommunityRef(c.requireId(), c.getName(), c.getTownId(), townName)).toList();
    }

    /** A community, refused when it lies outside the caller's area (whatever id is passed). */
    public CommunityRef community(long id) {
        Community c = communities.findById(id).orElseThrow(RegionService::notFound);
        currentUser.scope().requireTown(c.getTownId());
        return new CommunityRef(c.requireId(), c.getName(), c.getTownId(), townName(c.getTownId()));
    }

    /** A compound, refused when it lies outside the caller's area (whatever id is passed). */
    public CompoundRef compound(long id) {
        Compound c = compounds.findById(id).orElseThrow(RegionService::notFound);
        currentUser.scope().requireTown(c.getTownId());
        Community community = communities.findById(c.getCommunityId()).orElseThrow(RegionService::notFound);
        return new CompoundRef(c.requireId(), c.getName(), community.requireId(), community.getName(), c.getTownId(),
                townName(c.getTownId()));
    }

    /** A micro-grid, refused when it lies outside the caller's area (whatever id is passed). */
    public MicroGridRef microGrid(long id) {
        MicroGrid g = grids.findById(id).orElseThrow(RegionService::notFound);
        currentUser.scope().requireTown(g.getTownId());
        Compound c = compounds.findById(g.getCompoundId()).orElseThrow(RegionService::notFound);
        return new MicroGridRef(g.requireId(), g.getName(), c.requireId(), c.getName(), g.getTownId());
    }

    private String townName(long townId) {
        return towns.findById(townId).map(Town::getName).orElseThrow(RegionService::notFound);
    }

    private static RuleViolationException notFound() {
        return new RuleViolationException("error.notFound");
    }

    private static TownRef toRef(Town town) {
        return new TownRef(town.requireId(), town.getCode(), town.getName(), town.getKind() == TownKind.STREET);
    }
}
