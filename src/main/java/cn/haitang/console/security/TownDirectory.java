package cn.haitang.console.security;

import java.util.List;
import java.util.Optional;

/**
 * The towns/streets a user's scope can point at. Implemented by the region feature; declared here so
 * that security does not depend on region (region depends on security for scoping).
 */
public interface TownDirectory {

    List<TownRef> allTowns();

    Optional<TownRef> findTown(long id);
}
