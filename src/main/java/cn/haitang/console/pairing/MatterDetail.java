package cn.haitang.console.pairing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A matter with its description, resolution, claimants, timeline and where it came from (when known). */
public record MatterDetail(MatterRow row, String description, @Nullable String resolution,
                           @Nullable String evidence, List<Named> claimants,
                           List<MatterStepRow> timeline, List<MatterAction> nextSteps,
                           @Nullable MatterOrigin origin) {
}
