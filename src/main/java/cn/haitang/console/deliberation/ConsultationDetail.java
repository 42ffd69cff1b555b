package cn.haitang.console.deliberation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A consultation with its parties, rounds, the topic it came from and its vote. */
public record ConsultationDetail(ConsultationRow row, List<PartyRow> parties, List<RoundRow> rounds,
                                 @Nullable VoteRow vote, @Nullable OwnershipRow ownership) {
}
