package cn.haitang.console.deliberation;

/** An owners' vote is open while ballots are entered, counted once its result is fixed. */
public enum VoteState {
    OPEN, COUNTED;

    public String messageKey() {
        return "delib.voteState.".concat(name());
    }
}
