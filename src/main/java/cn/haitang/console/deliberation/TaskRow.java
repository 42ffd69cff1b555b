package cn.haitang.console.deliberation;

import java.time.LocalDate;

/** A task of the final plan: the party that does it, what, by when. */
public record TaskRow(long id, long version, long partyId, String partyName, PartyRole role, String task,
                      LocalDate dueOn) {
}
