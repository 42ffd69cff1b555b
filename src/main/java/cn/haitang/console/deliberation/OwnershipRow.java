package cn.haitang.console.deliberation;

import cn.haitang.console.region.CompoundDetail;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A compound's art. 278 denominators as the compound records them (absent until entered in the compound form or
 * imported with the structure); {@code version} is the compound's, for an edit from the vote panel.
 */
public record OwnershipRow(long compoundId, long version, BigDecimal totalArea, int ownerCount) {

    static Optional<OwnershipRow> of(CompoundDetail compound) {
        return compound.exclusiveArea() == null || compound.ownerCount() == null ? Optional.empty()
                : Optional.of(new OwnershipRow(compound.id(), compound.version(), compound.exclusiveArea(),
                        compound.ownerCount()));
    }
}
