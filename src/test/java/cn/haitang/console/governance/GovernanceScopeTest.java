package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator of 虞山街道 is refused by every method when passing an id from 梅李镇, whatever the
 * input, and reviewers (no area) are refused by the lists; lists without a town show the own town only.
 */
@Transactional
class GovernanceScopeTest extends GovernanceServices {

    static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    long meili;
    long yushan;
    long compound;
    long community;
    long committee;
    long candidate;
    long member;
    long survey;
    long fee;
    long dispute;
    long meeting;

    @BeforeEach
    void idsFromMeili() {
        meili = id("SELECT id FROM town WHERE code = 'meili'");
        yushan = id("SELECT id FROM town WHERE code = 'yushan'");
        committee = id("SELECT MIN(id) FROM compound_committee WHERE town_id = " + meili);
        compound = id("SELECT compound_id FROM compound_committee WHERE id = " + committee);
        community = id("SELECT community_id FROM compound WHERE id = " + compound);
        candidate = id("SELECT MIN(id) FROM committee_candidate WHERE town_id = " + meili);
        member = id("SELECT MIN(id) FROM committee_member WHERE town_id = " + meili);
        survey = id("SELECT MIN(id) FROM satisfaction_survey WHERE town_id = " + meili);
        fee = id("SELECT MIN(id) FROM fee_period WHERE town_id = " + meili);
        dispute = id("SELECT MIN(id) FROM property_dispute WHERE town_id = " + meili);
        meeting = id("SELECT MIN(id) FROM coordination_meeting WHERE town_id = " + meili);
    }

    private long id(String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        assertThat(id).as(sql).isNotNull();
        return id;
    }

    @Test
    void aCoordinatorIsRefusedByEveryMethodForAnotherTownsCompound() {
        login.as("yushan");
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("overview", () -> committees.overview(compound));
        calls.put("committeeOf", () -> committees.committeeOf(compound));
        calls.put("formCommittee", () -> committees.formCommittee(compound,
                new CommitteeForm(CommitteeKind.OWNERS, DAY, DAY.plusYears(5))));
        calls.put("changeTerm", () -> committees.changeTerm(committee, 0, new CommitteeForm(CommitteeKind.OWNERS, DAY,
                DAY.plusYears(5))));
        calls.put("deleteCommittee", () -> committees.deleteCommittee(committee, 0));
        calls.put("members", () -> vetting.members(committee));
        calls.put("candidates", () -> vetting.candidates(committee));
        calls.put("proposeCandidate", () -> vetting.proposeCandidate(committee, new CandidateForm("张三", true, DAY)));
        calls.put("vetCandidate", () -> vetting.vetCandidate(candidate, 0, new VettingForm(true,
                VetterKind.COMPOUND_BRANCH, "王书记", DAY, null)));
        calls.put("withdrawCandidate", () -> vetting.withdrawCandidate(candidate, 0));
        calls.put("electMember", () -> vetting.electMember(candidate, 0, MemberRole.MEMBER));
        calls.put("changeMemberRole", () -> vetting.changeMemberRole(member, 0, MemberRole.MEMBER));
        calls.put("removeMember", () -> vetting.removeMember(member, 0));
        calls.put("hasCommittee", () -> governance.hasCommittee(compound));
        calls.put("serviceHistory", () -> property.serviceHistory(compound));
        calls.put("assignCompany", () -> property.assignCompany(compound, companies.companyOptions().getFirst().id(), DAY));
        calls.put("surveys", () -> property.surveys(compound));
        calls.put("addSurvey", () -> property.addSurvey(compound, new SurveyForm(DAY, 100, 90)));
        calls.put("deleteSurvey", () -> property.deleteSurvey(survey, 0));
        calls.put("fees", () -> property.fees(compound));
        calls.put("addFeePeriod", () -> property.addFeePeriod(compound, new FeeForm(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30), BigDecimal.TEN, BigDecimal.ONE)));
        calls.put("recordCollected", () -> property.recordCollected(fee, 0, BigDecimal.ONE));
        calls.put("deleteFeePeriod", () -> property.deleteFeePeriod(fee, 0));
        calls.put("latestPropertyFigures", () -> governance.latestPropertyFigures(compound));
        calls.put("disputes of compound", () -> disputes.disputes(new DisputeFilter(null, null, null, compound),
                PageRequest.of(0, 10)));
        calls.put("countDisputes of compound", () -> disputes.countDisputes(new DisputeFilter(null, null, null, compound)));
        calls.put("fileDispute", () -> disputes.fileDispute(compound, new DisputeForm("x", DisputeSeverity.MINOR, false, DAY)));
        calls.put("advanceDispute", () -> disputes.advanceDispute(dispute, 0, DisputeState.MEDIATED, DAY, "x"));
        calls.put("hasOpenSeriousDispute", () -> governance.hasOpenSeriousDispute(compound));
        calls.put("meetings", () -> meetings.meetings(compound));
        calls.put("addMeeting", () -> meetings.addMeeting(compound, new MeetingForm(DAY, true, true, true, true, "a", "b")));
        calls.put("updateMeeting", () -> meetings.updateMeeting(meeting, 0, new MeetingForm(DAY, true, true, true, true,
                "a", "b")));
        calls.put("deleteMeeting", () -> meetings.deleteMeeting(meeting, 0));
        // lists and figures asked for the other town
        calls.put("committees", () -> committees.committees(new CommitteeFilter(meili, null, null), PageRequest.of(0, 10)));
        calls.put("countCommittees", () -> committees.countCommittees(new CommitteeFilter(meili, null, null)));
        calls.put("committees of community", () -> committees.committees(new CommitteeFilter(null, null, null, community),
                PageRequest.of(0, 10)));
        calls.put("disputes of community", () -> disputes.disputes(new DisputeFilter(null, null, null, null, community),
                PageRequest.of(0, 10)));
        calls.put("countFormationGaps of community", () -> formation.countFormationGaps(new GapFilter(null, community)));
        calls.put("formationGaps", () -> formation.formationGaps(new GapFilter(meili, null), PageRequest.of(0, 10)));
        calls.put("countFormationGaps", () -> formation.countFormationGaps(new GapFilter(meili, null)));
        calls.put("committeeFormationByCommunity", () -> formation.committeeFormationByCommunity(meili));
        calls.put("compoundsWithCommittee", () -> formation.compoundsWithCommittee(meili));
        calls.put("compoundsWithoutCommittee", () -> formation.compoundsWithoutCommittee(meili));
        calls.put("latestPropertyFigures of town", () -> governance.latestPropertyFiguresOfTown(meili));
        calls.put("disputes of town", () -> disputes.disputes(new DisputeFilter(meili, null, null, null), PageRequest.of(0, 10)));
        calls.put("countDisputes of town", () -> disputes.countDisputes(new DisputeFilter(meili, null, null, null)));
        calls.put("compoundsWithOpenSeriousDispute", () -> governance.compoundsWithOpenSeriousDispute(meili));
        // the company registry is maintained by the city admin only
        calls.put("createCompany", () -> companies.createCompany(new PropertyCompanyForm("x", "y", "z", "13912345678")));
        calls.put("updateCompany", () -> companies.updateCompany(companies.companyOptions().getFirst().id(), 0,
                new PropertyCompanyForm("x", "y", "z", "13912345678")));
        calls.put("deleteCompany", () -> companies.deleteCompany(companies.companyOptions().getFirst().id(), 0));
        calls.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(ScopeViolationException.class));
    }

    @Test
    void aCoordinatorsListsWithoutATownShowTheirOwnTownOnly() {
        login.as("yushan");
        assertThat(committees.committees(new CommitteeFilter(null, null, null), PageRequest.of(0, 500)))
                .isNotEmpty().allMatch(c -> c.townId() == yushan);
        assertThat(disputes.disputes(new DisputeFilter(null, null, null, null), PageRequest.of(0, 500)))
                .isNotEmpty().allMatch(d -> d.townName().equals("虞山街道"));
        assertThat(governance.findCompounds("", 0, 1000)).isNotEmpty().allMatch(c -> c.townId() == yushan);
        assertThat(governance.countCompounds("")).isEqualTo(80);
        assertThat(formation.compoundsWithCommittee(null)).doesNotContain(compound);
        assertThat(governance.latestPropertyFiguresOfTown(null)).doesNotContainKey(compound);
        assertThat(governance.compoundsWithOpenSeriousDispute(null)).allMatch(id ->
                jdbc.queryForObject("SELECT town_id FROM compound WHERE id = ?", Long.class, id) == yushan);
    }

    @Test
    void theCityAdminReachesEveryTown() {
        login.as("admin");
        assertThat(committees.overview(compound).compound().townId()).isEqualTo(meili);
        assertThat(formation.committeeFormationByCommunity(meili)).isNotEmpty();
        assertThat(governance.countCompounds("")).isEqualTo(506);
    }

    @Test
    void aReviewerHasNoAreaAndIsRefused() {
        login.as("reviewer3");
        for (ThrowingCallable call : new ThrowingCallable[] {
                () -> committees.committees(new CommitteeFilter(null, null, null), PageRequest.of(0, 10)),
                () -> formation.committeeFormationCity(), () -> formation.committeeFormationByTown(),
                () -> companies.companies(null, PageRequest.of(0, 10)), () -> companies.companyOptions(),
                () -> governance.findCompounds("", 0, 10), () -> committees.overview(compound),
                () -> formation.countFormationGaps(new GapFilter(null, null))}) {
            assertThatThrownBy(call).isInstanceOf(ScopeViolationException.class);
        }
    }
}
