package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A four-party coordination meeting: date, who of the four parties attended, topics, decisions. */
public record MeetingForm(@Nullable LocalDate meetingDate, boolean communityParty, boolean compoundBranch, boolean committee, boolean propertyCompany, @Nullable String topics, @Nullable String decisions) {
}
