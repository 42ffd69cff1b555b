package cn.haitang.console.accreditation;

import java.util.List;

/** A reviewer with their town/street and the institutions they belong to: what the conflict rule checks. */
public record ReviewerAffiliations(long reviewerId, String displayName, String username, String townName,
                                   List<AffiliationRow> institutions) {
}
