package cn.haitang.console.deliberation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A consultation with its parties, rounds, each party's position per round, the plan's tasks and its vote. */
public record ConsultationDetail(ConsultationRow row, List<PartyRow> parties, List<RoundRow> rounds,
                                 List<PositionRow> positions, List<TaskRow> tasks,
                                 @Nullable VoteRow vote, @Nullable OwnershipRow ownership) {
}
