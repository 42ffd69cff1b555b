package cn.haitang.console.governance;

import cn.haitang.console.region.CompoundRef;
import org.jspecify.annotations.Nullable;

/** One compound as the governance tabs see it: whether it must form an owners' committee, and which kind fits. */
public record CompoundGovernance(CompoundRef compound, boolean committeeRequired, @Nullable String exemption,
                                 @Nullable CommitteeRow committee) {

    /** 业委会 where required, otherwise 物管会. */
    public CommitteeKind expectedKind() {
        return committeeRequired ? CommitteeKind.OWNERS : CommitteeKind.PROPERTY_MANAGEMENT;
    }
}
