package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A candidate with their vetting (the vetting history of a committee is the list of these). */
public record CandidateRow(long id, String name, boolean partyMember, LocalDate proposedOn, CandidateStatus status, @Nullable VetterKind vetterKind, @Nullable String vettedBy, @Nullable LocalDate vettedOn, @Nullable String reason, long version) {
}
