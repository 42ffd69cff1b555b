package cn.haitang.console.governance;

import java.time.LocalDate;

/** A recorded four-party coordination meeting. */
public record MeetingRow(long id, LocalDate meetingDate, boolean communityParty, boolean compoundBranch, boolean committee, boolean propertyCompany, String topics, String decisions, long version) {
}
