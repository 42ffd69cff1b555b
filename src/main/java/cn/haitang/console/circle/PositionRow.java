package cn.haitang.console.circle;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A position in a list: the contact phone is masked (138****5678); late/off-peak say whether it has such slots. */
public record PositionRow(long id, long version, String name, PositionKind kind, long townId, String townName,
                          long communityId, String communityName, String address, BigDecimal floorArea, String owner,
                          @Nullable Long institutionId, @Nullable String institutionName, String contactPerson,
                          String contactPhone, boolean late, boolean offPeak, int scenes) {
}
