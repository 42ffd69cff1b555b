package cn.haitang.console.deliberation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A vote with the figures that decided it (null while it is open). */
public record VoteRow(long id, long version, long consultationId, long compoundId, VoteItem item, String question,
                      BigDecimal totalArea, int totalOwners, VoteState state, @Nullable BigDecimal participatingArea,
                      @Nullable Integer participatingOwners, @Nullable BigDecimal agreeArea,
                      @Nullable Integer agreeOwners, @Nullable Boolean passed, @Nullable LocalDate countedOn,
                      long ballots) {

    /** The art. 278 decision on the stored figures, every condition spelled out (empty while open). */
    public java.util.Optional<Article278.Result> result() {
        if (participatingArea == null || participatingOwners == null || agreeArea == null || agreeOwners == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Article278.decide(item, new Article278.Tally(totalArea, totalOwners,
                participatingArea, participatingOwners, agreeArea, agreeOwners)));
    }
}
