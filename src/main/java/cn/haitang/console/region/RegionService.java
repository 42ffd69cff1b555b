package cn.haitang.console.region;

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
    private final CurrentUser currentUser;

    RegionService(TownRepository towns, CurrentUser currentUser) {
        this.towns = towns;
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

    private static TownRef toRef(Town town) {
        return new TownRef(town.requireId(), town.getCode(), town.getName(), town.getKind() == TownKind.STREET);
    }
}
