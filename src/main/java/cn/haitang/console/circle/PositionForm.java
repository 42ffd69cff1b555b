package cn.haitang.console.circle;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A service position as entered, with its opening slots; an institution only for a lent room. */
public record PositionForm(long communityId, @Nullable String name, @Nullable PositionKind kind, @Nullable String address,
                           @Nullable BigDecimal floorArea, @Nullable String owner, @Nullable Long institutionId,
                           @Nullable String contactPerson, @Nullable String contactPhone, List<HoursForm> hours) {
}
