package cn.haitang.console.deliberation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A session as entered: attendance by kind. */
public record SessionForm(@Nullable Long platformId, @Nullable LocalDate heldOn, @Nullable String host,
                          @Nullable Integer residents, @Nullable Integer partyMembers, @Nullable Integer ownersCommittee,
                          @Nullable Integer propertyCompany, @Nullable Integer institutions, @Nullable String minutes) {
}
