package cn.haitang.console.governance;

import cn.haitang.console.support.TestData;
import cn.haitang.console.support.TestData.Place;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The governance records a test asserts on, built through the services as the city admin on a place of
 * the test's own ({@link TestData#place}): a compound required to form an owners' committee, its
 * committee, a candidate, a dispute.
 */
@Component
class GovernanceTestData {

    private final TestData data;
    private final CommitteeService committees;
    private final VettingService vetting;
    private final DisputeService disputes;

    GovernanceTestData(TestData data, CommitteeService committees, VettingService vetting, DisputeService disputes) {
        this.data = data;
        this.committees = committees;
        this.vetting = vetting;
        this.disputes = disputes;
    }

    /** A new compound (required to form an owners' committee, without one) in the town with this code. */
    Place compound(String townCode) {
        return data.place(townCode);
    }

    /** An owners' committee of the compound, its term from {@code start} for five years. */
    long committee(Place place, LocalDate start) {
        return data.asAdmin(() -> committees.formCommittee(place.compoundId(),
                new CommitteeForm(CommitteeKind.OWNERS, start, start.plusYears(5))));
    }

    /** A candidate proposed on {@code proposedOn}, not vetted yet. */
    long candidate(long committeeId, LocalDate proposedOn) {
        return data.asAdmin(() -> vetting.proposeCandidate(committeeId,
                new CandidateForm(TestData.unique("候选人"), true, proposedOn)));
    }

    /** A minor dispute filed on {@code filedOn}. */
    long dispute(Place place, LocalDate filedOn) {
        return data.asAdmin(() -> disputes.fileDispute(place.compoundId(),
                new DisputeForm(TestData.unique("纠纷"), DisputeSeverity.MINOR, false, filedOn)));
    }
}
