package cn.haitang.console.deliberation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A session in a list. */
public record SessionRow(long id, long version, long platformId, String platformName, PlatformKind kind, String townName,
                         long communityId, String communityName, @Nullable Long compoundId, @Nullable String compoundName, LocalDate heldOn, String host,
                         int residents, int partyMembers, int ownersCommittee, int propertyCompany, int institutions,
                         String minutes, long topics) {
}
