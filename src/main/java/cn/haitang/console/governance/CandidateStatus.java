package cn.haitang.console.governance;

/** A committee candidate's way through the party vetting: proposed, approved or rejected, elected. */
public enum CandidateStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    ELECTED;

    public String messageKey() {
        return "gov.candidateStatus." + name();
    }
}
