package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A proposed committee candidate. */
public record CandidateForm(@Nullable String name, boolean partyMember, @Nullable LocalDate proposedOn) {
}
