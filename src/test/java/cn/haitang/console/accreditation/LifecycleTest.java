package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTest {

    @Test
    void theHappyPathRunsFromDraftToAccreditedAndThenExpiresOrIsRevoked() {
        AppState s = AppState.DRAFT;
        for (Step step : new Step[] {Step.SUBMIT, Step.START_REVIEW, Step.COMPLETE_SCORING, Step.APPROVE,
                Step.PUBLISH_NOTICE, Step.ACCREDIT}) {
            s = Lifecycle.apply(s, step);
        }
        assertThat(s).isEqualTo(AppState.ACCREDITED);
        assertThat(Lifecycle.apply(s, Step.EXPIRE)).isEqualTo(AppState.EXPIRED);
        assertThat(Lifecycle.apply(s, Step.REVOKE)).isEqualTo(AppState.REVOKED);
    }

    @Test
    void sentBackGoesToDraftAndCanBeSubmittedAgain() {
        AppState s = Lifecycle.apply(AppState.SUBMITTED, Step.SEND_BACK);
        assertThat(s).isEqualTo(AppState.SENT_BACK);
        s = Lifecycle.apply(s, Step.REWORK);
        assertThat(s).isEqualTo(AppState.DRAFT);
        assertThat(Lifecycle.apply(s, Step.SUBMIT)).isEqualTo(AppState.SUBMITTED);
    }

    @Test
    void scoredCanBeRejectedOrReopenedAndANoticeCanEndInRejection() {
        assertThat(Lifecycle.apply(AppState.SCORED, Step.REJECT)).isEqualTo(AppState.REJECTED);
        assertThat(Lifecycle.apply(AppState.SCORED, Step.REOPEN_SCORE)).isEqualTo(AppState.UNDER_REVIEW);
        assertThat(Lifecycle.apply(AppState.IN_NOTICE, Step.UPHOLD_OBJECTION)).isEqualTo(AppState.REJECTED_AFTER_OBJECTION);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void everyStepIsRefusedFromEveryStateItDoesNotStartFrom(Step step) {
        for (AppState state : AppState.values()) {
            if (state == step.from()) {
                assertThat(Lifecycle.allows(state, step)).isTrue();
                continue;
            }
            assertThat(Lifecycle.allows(state, step)).isFalse();
            assertThatThrownBy(() -> Lifecycle.apply(state, step))
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).getMessageKey())
                    .isEqualTo("accreditation.error.illegalStep");
        }
    }

    @Test
    void finalStatesHaveNoWayOut() {
        Set<AppState> terminal = EnumSet.of(AppState.REJECTED, AppState.REJECTED_AFTER_OBJECTION, AppState.EXPIRED,
                AppState.REVOKED);
        for (AppState state : terminal) {
            assertThat(Lifecycle.stepsFrom(state)).as(state.name()).isEmpty();
        }
        assertThat(Lifecycle.stepsFrom(AppState.SUBMITTED)).containsExactlyInAnyOrder(Step.SEND_BACK, Step.START_REVIEW);
    }

    @Test
    void illegalExamplesNamedInTheIssue() {
        assertThatThrownBy(() -> Lifecycle.apply(AppState.DRAFT, Step.APPROVE)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Lifecycle.apply(AppState.UNDER_REVIEW, Step.APPROVE)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Lifecycle.apply(AppState.APPROVED, Step.ACCREDIT)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Lifecycle.apply(AppState.REJECTED, Step.PUBLISH_NOTICE)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Lifecycle.apply(AppState.REVOKED, Step.REVOKE)).isInstanceOf(RuleViolationException.class);
    }
}
