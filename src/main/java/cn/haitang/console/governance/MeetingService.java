package cn.haitang.console.governance;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-party coordination meetings of a compound (四方协同: community party organisation, compound
 * branch, committee, property company): a meeting already held, with at least two of the parties, its
 * topics and its decisions. Scoped on every method.
 */
@Service
@Transactional
public class MeetingService {

    private final CoordinationMeetingRepository meetings;
    private final GovernanceQueries queries;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingService(CoordinationMeetingRepository meetings, GovernanceQueries queries, RegionService regions,
                   CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.queries = queries;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The compound's meetings, newest first. */
    @Transactional(readOnly = true)
    public List<MeetingRow> meetings(long compoundId) {
        regions.compound(compoundId);
        return queries.meetings(compoundId);
    }

    public long addMeeting(long compoundId, MeetingForm form) {
        CompoundRef compound = regions.compound(compoundId);
        CoordinationMeeting meeting = new CoordinationMeeting(compoundId, compound.townId());
        describe(meeting, form);
        return meetings.saveAndFlush(meeting).requireId();
    }

    public void updateMeeting(long meetingId, long version, MeetingForm form) {
        CoordinationMeeting meeting = load(meetingId);
        StaleEditException.check(version, meeting.getVersion());
        describe(meeting, form);
        meetings.flush();
    }

    public void deleteMeeting(long meetingId, long version) {
        CoordinationMeeting meeting = load(meetingId);
        StaleEditException.check(version, meeting.getVersion());
        meetings.delete(meeting);
        meetings.flush();
    }

    private void describe(CoordinationMeeting meeting, MeetingForm form) {
        LocalDate date = GovernanceChecks.pastRecord("meetingDate", form.meetingDate(), LocalDate.now(clock));
        int parties = (form.communityParty() ? 1 : 0) + (form.compoundBranch() ? 1 : 0) + (form.committee() ? 1 : 0)
                + (form.propertyCompany() ? 1 : 0);
        if (parties < 2) {
            throw RuleViolationException.atField("parties", "gov.meeting.error.parties");
        }
        String topics = FieldChecks.text("topics", form.topics(), 1000);
        String decisions = FieldChecks.text("decisions", form.decisions(), 1000);
        meeting.describe(date, form.communityParty(), form.compoundBranch(), form.committee(), form.propertyCompany(),
                topics, decisions);
    }

    private CoordinationMeeting load(long id) {
        return GovernanceChecks.inScope(meetings.findById(id), CoordinationMeeting::getTownId, currentUser.scope());
    }
}
