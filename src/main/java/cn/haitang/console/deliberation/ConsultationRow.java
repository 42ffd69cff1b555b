package cn.haitang.console.deliberation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A consultation in a list, with its rounds and vote. */
public record ConsultationRow(long id, long version, String title, String question, long townId, String townName, String communityName,
                               long compoundId, String compoundName, LocalDate openedOn, ConsultationState state,
                               @Nullable String plan, @Nullable String duties, @Nullable LocalDate closedOn, long rounds,
                               @Nullable Long voteId, @Nullable VoteState voteState, @Nullable Boolean votePassed) {
}
