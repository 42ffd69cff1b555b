package cn.haitang.console.accreditation;

import cn.haitang.console.base.RuleViolationException;
import java.util.Arrays;
import java.util.List;

/**
 * The one state machine of an application: draft → submitted → (sent back → draft) → under review →
 * scored → approved/rejected → in notice → accredited / rejected after objection → expired / revoked.
 * Pure: the service asks it before every change of state, and an illegal step is refused with a message.
 */
public final class Lifecycle {

    /** Who the timeline names for the steps the scheduled jobs take (ending notices, expiring certificates). */
    public static final String SYSTEM = "system";

    private Lifecycle() {
    }

    /** The state after the step, or a refusal when the step does not start from the given state. */
    public static AppState apply(AppState current, Step step) {
        if (step.from() != current) {
            throw new RuleViolationException("accreditation.error.illegalStep", step.name(), current.name());
        }
        return step.to();
    }

    public static boolean allows(AppState current, Step step) {
        return step.from() == current;
    }

    /** The steps that can follow the given state. */
    public static List<Step> stepsFrom(AppState current) {
        return Arrays.stream(Step.values()).filter(s -> s.from() == current).toList();
    }
}
