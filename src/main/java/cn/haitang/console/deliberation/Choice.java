package cn.haitang.console.deliberation;

/** An owner's ballot: agree, disagree or abstain (an abstention still counts as participation). */
public enum Choice {
    AGREE, DISAGREE, ABSTAIN;

    public String messageKey() {
        return "delib.choice.".concat(name());
    }
}
