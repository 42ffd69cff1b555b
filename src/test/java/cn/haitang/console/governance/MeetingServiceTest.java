package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.FieldChecks;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Four-party coordination meetings. */
class MeetingServiceTest extends GovernanceTestBase {

    @Test
    void aFourPartyMeetingNeedsTwoPartiesTopicsAndDecisions() {
        refused(() -> meetings.addMeeting(gapCompound, new MeetingForm(TODAY, true, false, false, false, "议题", "决定")),
                "parties", "gov.meeting.error.parties");
        refused(() -> meetings.addMeeting(gapCompound, new MeetingForm(TODAY, true, true, false, false, " ", "决定")),
                "topics", "validation.required");
        refused(() -> meetings.addMeeting(gapCompound, new MeetingForm(TODAY, true, true, false, false, "议题", null)),
                "decisions", "validation.required");
        long id = meetings.addMeeting(gapCompound, new MeetingForm(TODAY, true, true, false, true, "停车秩序", "月底前完成"));
        assertThat(meetings.meetings(gapCompound).getFirst()).satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.propertyCompany()).isTrue();
            assertThat(m.committee()).isFalse();
        });
        meetings.updateMeeting(id, 0, new MeetingForm(TODAY, true, true, true, true, "停车秩序", "已完成"));
        assertThatThrownBy(() -> meetings.updateMeeting(id, 0, new MeetingForm(TODAY, true, true, true, true, "a", "b")))
                .isInstanceOf(StaleEditException.class);
        meetings.deleteMeeting(id, 1);
        assertThat(meetings.meetings(gapCompound)).noneMatch(m -> m.id() == id);
    }


    @Test
    void aMeetingIsRecordedOnceHeldAndNotBeforeTheCampaignsRecords() {
        long compound = data.compound("yushan").compoundId();
        LocalDate first = FieldChecks.EARLIEST_RECORD;
        refused(() -> meetings.addMeeting(compound, new MeetingForm(first.minusDays(1), true, true, false, false, "议题",
                "决定")), "meetingDate", "form.dateRange");
        refused(() -> meetings.addMeeting(compound, new MeetingForm(TODAY.plusDays(1), true, true, false, false, "议题",
                "决定")), "meetingDate", "gov.error.future");
        long id = meetings.addMeeting(compound, new MeetingForm(first, true, true, false, false, "议题", "决定"));
        refused(() -> meetings.updateMeeting(id, 0, new MeetingForm(LocalDate.of(1900, 1, 1), true, true, false, false,
                "议题", "决定")), "meetingDate", "form.dateRange");
        assertThat(meetings.meetings(compound)).singleElement()
                .satisfies(m -> assertThat(m.meetingDate()).isEqualTo(first));
    }
}
