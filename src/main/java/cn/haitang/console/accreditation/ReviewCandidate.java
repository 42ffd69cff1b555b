package cn.haitang.console.accreditation;

import java.util.List;

/** A current site whose live figures fell below its level's thresholds. */
public record ReviewCandidate(SiteRow site, List<EligibilityCheck> failures) {
}
