package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.inbox.InboxService;
import cn.haitang.console.support.TestData.Place;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator's governance to-dos: they arise with the state, leave when acted on, never from another town. */
class GovernanceInboxTest extends GovernanceTestBase {

    @Autowired
    InboxService inbox;

    @Test
    void aProposedCandidateWaitsForVettingUntilVetted() {
        Place place = data.compound("yushan");
        long committee = data.committee(place, TODAY.minusYears(1));
        long candidate = data.candidate(committee, TODAY.minusDays(20));

        login.as("yushan");
        InboxItem item = only("inbox.gov.vet", place.compoundName());
        assertThat(item.route()).isEqualTo("compound/" + place.compoundId() + "?tab=gov.tab.committee");
        assertThat(item.due()).isEqualTo(TODAY.minusDays(20).plusDays(GovernanceInbox.VETTING_DAYS));
        assertThat(item.overdue(TODAY)).isTrue();
        assertThat(item.area()).isEqualTo(place.communityName());

        login.as("meili");
        assertThat(items("inbox.gov.vet", place.compoundName())).isEmpty();
        login.as("admin");
        assertThat(items("inbox.gov.vet", place.compoundName())).as("vetting is the coordinator's work").isEmpty();

        login.as("yushan");
        vetting.vetCandidate(candidate, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记", TODAY, null));
        assertThat(items("inbox.gov.vet", place.compoundName())).isEmpty();
    }

    @Test
    void aDisputeAppearsOnlyOncePastItsTimeAndLeavesWhenClosed() {
        Place place = data.compound("yushan");
        long late = data.dispute(place, TODAY.minusDays(GovernanceInbox.DISPUTE_DAYS + 3));
        data.dispute(place, TODAY.minusDays(5));

        login.as("yushan");
        List<InboxItem> lines = items("inbox.gov.dispute", place.compoundName());
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().route()).isEqualTo("compound/" + place.compoundId() + "?tab=gov.tab.property");
        assertThat(lines.getFirst().overdue(TODAY)).isTrue();
        // overdue items come before any item still in time
        List<InboxItem> all = inbox.inbox().items();
        int lastOverdue = -1;
        int firstInTime = Integer.MAX_VALUE;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).overdue(TODAY)) {
                lastOverdue = i;
            } else {
                firstInTime = Math.min(firstInTime, i);
            }
        }
        assertThat(lastOverdue).isLessThan(firstInTime);

        login.as("meili");
        assertThat(items("inbox.gov.dispute", place.compoundName())).isEmpty();

        login.as("yushan");
        disputes.advanceDispute(late, 0, DisputeState.MEDIATED, TODAY, "调解成功");
        assertThat(items("inbox.gov.dispute", place.compoundName())).hasSize(1);
        disputes.advanceDispute(late, 1, DisputeState.CLOSED, TODAY, null);
        assertThat(items("inbox.gov.dispute", place.compoundName())).isEmpty();
    }

    private InboxItem only(String kind, String compoundName) {
        List<InboxItem> found = items(kind, compoundName);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private List<InboxItem> items(String kind, String compoundName) {
        return inbox.inbox().items().stream()
                .filter(i -> i.kindKey().equals(kind) && i.title().contains(compoundName)).toList();
    }
}
