package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Every rule of the governance service: committees, vetting, property service, disputes, meetings. */
@Transactional
class GovernanceServiceTest extends ServiceTest {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Autowired
    GovernanceService governance;
    @Autowired
    JdbcTemplate jdbc;

    long gapCompound;
    long exemptWithout;
    long withCommittee;

    @BeforeEach
    void pickCompounds() {
        login.as("yushan");
        gapCompound = governance.formationGaps(new GapFilter(null, null), PageRequest.of(0, 1)).getFirst().compoundId();
        withCommittee = governance.findCompounds("城市之光小区", 0, 1).getFirst().id();
        exemptWithout = jdbc.queryForObject("""
                SELECT MIN(c.id) FROM compound c WHERE NOT c.committee_required
                AND NOT EXISTS (SELECT 1 FROM compound_committee x WHERE x.compound_id = c.id)""", Long.class);
    }

    static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getField()).isEqualTo(field);
        });
    }

    CommitteeForm owners(LocalDate start) {
        return new CommitteeForm(CommitteeKind.OWNERS, start, start.plusYears(5));
    }

    // ------------------------------------------------------------------ committees

    @Test
    void aRequiredCompoundFormsAnOwnersCommitteeAndCountsTowardsTheRate() {
        FormationFigure before = governance.committeeFormationCity();
        refused(() -> governance.formCommittee(gapCompound, new CommitteeForm(CommitteeKind.PROPERTY_MANAGEMENT,
                TODAY.minusDays(10), TODAY.plusYears(2))), "kind", "gov.committee.error.mustBeOwners");
        long id = governance.formCommittee(gapCompound, owners(TODAY.minusDays(10)));
        assertThat(governance.committeeOf(gapCompound)).get().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.kind()).isEqualTo(CommitteeKind.OWNERS);
            assertThat(c.members()).isZero();
            assertThat(c.crossAppointmentRate()).isNull();
        });
        FormationFigure after = governance.committeeFormationCity();
        assertThat(after.formed()).isEqualTo(before.formed() + 1);
        assertThat(after.required()).isEqualTo(before.required());
        assertThat(governance.compoundsWithoutCommittee(null)).doesNotContain(gapCompound);
        assertThat(governance.hasCommittee(gapCompound)).isTrue();
        refused(() -> governance.formCommittee(gapCompound, owners(TODAY)), null, "gov.committee.error.exists");
    }

    @Test
    void anExemptCompoundMayOnlyFormAPropertyManagementCommitteeWhichDoesNotChangeTheRate() {
        login.as("admin");
        FormationFigure before = governance.committeeFormationCity();
        refused(() -> governance.formCommittee(exemptWithout, owners(TODAY)), "kind",
                "gov.committee.error.mustBePropertyManagement");
        governance.formCommittee(exemptWithout, new CommitteeForm(CommitteeKind.PROPERTY_MANAGEMENT, TODAY,
                TODAY.plusYears(3)));
        assertThat(governance.overview(exemptWithout).committee().kind()).isEqualTo(CommitteeKind.PROPERTY_MANAGEMENT);
        assertThat(governance.committeeFormationCity()).isEqualTo(before);
    }

    @Test
    void termsAreValidatedAtTheirFields() {
        refused(() -> governance.formCommittee(gapCompound, new CommitteeForm(null, TODAY, TODAY.plusYears(1))), "kind",
                "validation.required");
        refused(() -> governance.formCommittee(gapCompound, new CommitteeForm(CommitteeKind.OWNERS, null, TODAY)),
                "termStart", "validation.required");
        refused(() -> governance.formCommittee(gapCompound, new CommitteeForm(CommitteeKind.OWNERS, TODAY, TODAY)),
                "termEnd", "gov.committee.error.termOrder");
        refused(() -> governance.formCommittee(gapCompound, new CommitteeForm(CommitteeKind.OWNERS, TODAY,
                TODAY.plusYears(5).plusDays(1))), "termEnd", "gov.committee.error.termLength");
    }

    @Test
    void aStaleTermEditIsRefusedAndACurrentOneSaved() {
        CommitteeRow committee = governance.committeeOf(withCommittee).orElseThrow();
        assertThatThrownBy(() -> governance.changeTerm(committee.id(), committee.version() + 1,
                owners(committee.termStart()))).isInstanceOf(StaleEditException.class);
        governance.changeTerm(committee.id(), committee.version(), owners(LocalDate.of(2025, 1, 1)));
        assertThat(governance.committeeOf(withCommittee).orElseThrow().termEnd()).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void aCommitteeWithAVettingHistoryCannotBeDeletedButAnEmptyOneCan() {
        CommitteeRow committee = governance.committeeOf(withCommittee).orElseThrow();
        refused(() -> governance.deleteCommittee(committee.id(), committee.version()), null,
                "gov.committee.error.hasCandidates");
        long id = governance.formCommittee(gapCompound, owners(TODAY));
        governance.deleteCommittee(id, 0);
        assertThat(governance.hasCommittee(gapCompound)).isFalse();
    }

    // ------------------------------------------------------------------ vetting and election

    @Test
    void onlyApprovedCandidatesCanBeElectedAndTheVettingHistoryStays() {
        long committee = governance.formCommittee(gapCompound, owners(TODAY.minusDays(5)));
        long zhang = governance.proposeCandidate(committee, new CandidateForm("张建国", true, TODAY.minusDays(20)));
        long li = governance.proposeCandidate(committee, new CandidateForm("李秀英", false, TODAY.minusDays(20)));

        refused(() -> governance.electMember(zhang, 0, MemberRole.DIRECTOR), null, "gov.member.error.notApproved");
        refused(() -> governance.vetCandidate(li, 0, new VettingForm(false, VetterKind.COMMUNITY_PARTY, "王书记",
                TODAY.minusDays(10), " ")), "reason", "gov.vetting.error.reasonRequired");
        refused(() -> governance.vetCandidate(li, 0, new VettingForm(true, null, "王书记", TODAY, null)), "vetterKind",
                "validation.required");
        refused(() -> governance.vetCandidate(li, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "", TODAY, null)),
                "vettedBy", "validation.required");
        refused(() -> governance.vetCandidate(li, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记",
                TODAY.minusDays(30), null)), "vettedOn", "gov.vetting.error.beforeProposal");
        refused(() -> governance.vetCandidate(li, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记",
                TODAY.plusDays(1), null)), "vettedOn", "gov.error.future");

        governance.vetCandidate(li, 0, new VettingForm(false, VetterKind.COMMUNITY_PARTY, "王书记", TODAY.minusDays(10),
                "存在欠缴物业费情况"));
        refused(() -> governance.electMember(li, 1, MemberRole.MEMBER), null, "gov.member.error.notApproved");
        refused(() -> governance.vetCandidate(li, 1, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记", TODAY,
                null)), null, "gov.vetting.error.alreadyVetted");
        refused(() -> governance.withdrawCandidate(li, 1), null, "gov.vetting.error.keepHistory");

        governance.vetCandidate(zhang, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "赵支书", TODAY.minusDays(9), null));
        assertThatThrownBy(() -> governance.electMember(zhang, 0, MemberRole.DIRECTOR))
                .isInstanceOf(StaleEditException.class);
        governance.electMember(zhang, 1, MemberRole.DIRECTOR);

        List<CandidateRow> history = governance.candidates(committee);
        assertThat(history).extracting(CandidateRow::name, CandidateRow::status, CandidateRow::vetterKind,
                CandidateRow::vettedBy).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("张建国", CandidateStatus.ELECTED, VetterKind.COMPOUND_BRANCH, "赵支书"),
                org.assertj.core.groups.Tuple.tuple("李秀英", CandidateStatus.REJECTED, VetterKind.COMMUNITY_PARTY, "王书记"));
        assertThat(history).filteredOn(c -> c.name().equals("李秀英")).first()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("存在欠缴物业费情况"));
        assertThat(governance.members(committee)).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("张建国");
            assertThat(m.role()).isEqualTo(MemberRole.DIRECTOR);
            assertThat(m.partyMember()).isTrue();
        });
        assertThat(governance.committeeOf(gapCompound).orElseThrow().crossAppointmentRate()).isEqualByComparingTo("1");
    }

    @Test
    void aCommitteeHasOneDirectorAndARemovedMemberKeepsTheirVetting() {
        long committee = governance.formCommittee(gapCompound, owners(TODAY.minusDays(5)));
        long a = approved(committee, "陈志强", true);
        long b = approved(committee, "刘桂兰", false);
        long memberA = governance.electMember(a, 1, MemberRole.DIRECTOR);
        refused(() -> governance.electMember(b, 1, MemberRole.DIRECTOR), "role", "gov.member.error.oneDirector");
        refused(() -> governance.electMember(b, 1, null), "role", "validation.required");
        long memberB = governance.electMember(b, 1, MemberRole.DEPUTY);
        refused(() -> governance.changeMemberRole(memberB, 0, MemberRole.DIRECTOR), "role", "gov.member.error.oneDirector");
        governance.changeMemberRole(memberA, 0, MemberRole.MEMBER);
        governance.changeMemberRole(memberB, 0, MemberRole.DIRECTOR);
        assertThat(governance.committeeOf(gapCompound).orElseThrow().crossAppointmentRate()).isEqualByComparingTo("0.5");
        governance.removeMember(memberB, 1);
        assertThat(governance.members(committee)).extracting(MemberRow::name).containsExactly("陈志强");
        assertThat(governance.candidates(committee)).filteredOn(c -> c.name().equals("刘桂兰")).first()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CandidateStatus.APPROVED));
    }

    @Test
    void anUnvettedProposalCanBeWithdrawnAndCandidatesAreValidated() {
        long committee = governance.formCommittee(gapCompound, owners(TODAY));
        refused(() -> governance.proposeCandidate(committee, new CandidateForm(" ", true, TODAY)), "name",
                "validation.required");
        refused(() -> governance.proposeCandidate(committee, new CandidateForm("张三", true, null)), "proposedOn",
                "validation.required");
        long id = governance.proposeCandidate(committee, new CandidateForm("张三", true, TODAY));
        governance.withdrawCandidate(id, 0);
        assertThat(governance.candidates(committee)).isEmpty();
    }

    long approved(long committee, String name, boolean party) {
        long id = governance.proposeCandidate(committee, new CandidateForm(name, party, TODAY.minusDays(10)));
        governance.vetCandidate(id, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "赵支书", TODAY.minusDays(8), null));
        return id;
    }

    // ------------------------------------------------------------------ property companies

    @Test
    void onlyTheCityAdminMaintainsTheCompanyRegistryWithValidCreditCodes() {
        PropertyCompanyForm form = new PropertyCompanyForm("常熟市测试物业管理有限公司", "91320581MA1N2B3C4D", "周经理",
                "13912345678");
        assertThatThrownBy(() -> governance.createCompany(form)).isInstanceOf(RuleViolationException.class)
                .extracting("messageKey").isEqualTo("error.scope.adminOnly");
        login.as("admin");
        refused(() -> governance.createCompany(form), "creditCode", "gov.company.error.creditCode");
        String valid = "91320581MA1N2B3C4" + CreditCode.checkCharacter("91320581MA1N2B3C4");
        refused(() -> governance.createCompany(new PropertyCompanyForm(form.name(), "91320581MA1N2B3C4", "周经理",
                "13912345678")), "creditCode", "gov.company.error.creditCode");
        refused(() -> governance.createCompany(new PropertyCompanyForm(form.name(), "91320581MA1N2B3C4I", "周经理",
                "13912345678")), "creditCode", "gov.company.error.creditCode");
        refused(() -> governance.createCompany(new PropertyCompanyForm(form.name(), valid, "周经理", "12345")),
                "contactPhone", "gov.error.phone");
        refused(() -> governance.createCompany(new PropertyCompanyForm("", valid, "周经理", "13912345678")), "name",
                "validation.required");
        long id = governance.createCompany(new PropertyCompanyForm(form.name(), valid.toLowerCase(), "周经理", "0512-52712345"));
        assertThat(governance.companies("测试物业", PageRequest.of(0, 10))).singleElement()
                .satisfies(c -> assertThat(c.creditCode()).isEqualTo(valid));
        refused(() -> governance.createCompany(new PropertyCompanyForm("另一家物业公司", valid, "周经理", "13912345678")),
                "creditCode", "gov.company.error.codeTaken");
        refused(() -> governance.createCompany(new PropertyCompanyForm(form.name(), "91320581MA1N2B3C5"
                + "", "周经理", "13912345678")), "creditCode", "gov.company.error.creditCode");
        governance.updateCompany(id, 0, new PropertyCompanyForm(form.name(), valid, "吴经理", "13912345678"));
        assertThatThrownBy(() -> governance.updateCompany(id, 0, form)).isInstanceOf(StaleEditException.class);
        governance.deleteCompany(id, 1);
        assertThat(governance.countCompanies("测试物业")).isZero();
    }

    @Test
    void aCompanyThatServedACompoundCannotBeDeleted() {
        login.as("admin");
        PropertyCompanyRow serving = governance.companies(null, PageRequest.of(0, 100)).stream()
                .filter(c -> c.compoundsServed() > 0).findFirst().orElseThrow();
        refused(() -> governance.deleteCompany(serving.id(), serving.version()), null, "gov.company.error.inUse");
    }

    @Test
    void changingTheServingCompanyKeepsTheHistory() {
        List<ServiceTermRow> before = governance.serviceHistory(withCommittee);
        ServiceTermRow current = before.getFirst();
        assertThat(current.until()).isNull();
        refused(() -> governance.assignCompany(withCommittee, current.companyId(), TODAY), "companyId",
                "gov.service.error.sameCompany");
        long other = governance.companyOptions().stream().filter(c -> c.id() != current.companyId()).findFirst()
                .orElseThrow().id();
        refused(() -> governance.assignCompany(withCommittee, other, current.since()), "since",
                "gov.service.error.beforeCurrent");
        refused(() -> governance.assignCompany(withCommittee, null, TODAY), "companyId", "validation.required");
        governance.assignCompany(withCommittee, other, TODAY);
        List<ServiceTermRow> after = governance.serviceHistory(withCommittee);
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.getFirst().companyId()).isEqualTo(other);
        assertThat(after.getFirst().until()).isNull();
        assertThat(after.get(1).until()).isEqualTo(TODAY);
    }

    // ------------------------------------------------------------------ surveys and fees

    @Test
    void surveysNeedASatisfiedCountWithinTheSample() {
        refused(() -> governance.addSurvey(gapCompound, new SurveyForm(TODAY, 100, 101)), "satisfied",
                "gov.survey.error.satisfied");
        refused(() -> governance.addSurvey(gapCompound, new SurveyForm(TODAY, 0, 0)), "sampleSize", "gov.survey.error.sample");
        refused(() -> governance.addSurvey(gapCompound, new SurveyForm(TODAY, 100, null)), "satisfied", "validation.required");
        refused(() -> governance.addSurvey(gapCompound, new SurveyForm(TODAY.plusDays(1), 100, 90)), "surveyDate",
                "gov.error.future");
        long id = governance.addSurvey(gapCompound, new SurveyForm(TODAY, 120, 111));
        refused(() -> governance.addSurvey(gapCompound, new SurveyForm(TODAY, 100, 90)), "surveyDate",
                "gov.survey.error.sameDay");
        assertThat(governance.surveys(gapCompound).getFirst().rate()).isEqualByComparingTo("0.925");
        assertThat(governance.latestPropertyFigures(gapCompound).satisfactionRate()).isEqualByComparingTo("0.925");
        governance.deleteSurvey(id, 0);
        assertThat(governance.surveys(gapCompound)).noneMatch(s -> s.id() == id);
    }

    @Test
    void feesComputeRateAndArrearsAndRefuseImpossibleAmounts() {
        LocalDate start = LocalDate.of(2026, 7, 1);
        LocalDate end = LocalDate.of(2026, 9, 30);
        refused(() -> governance.addFeePeriod(gapCompound, new FeeForm(start, end, new BigDecimal("1000"),
                new BigDecimal("1000.01"))), "collected", "gov.fee.error.collected");
        refused(() -> governance.addFeePeriod(gapCompound, new FeeForm(start, end, BigDecimal.ZERO, BigDecimal.ZERO)),
                "due", "gov.fee.error.due");
        refused(() -> governance.addFeePeriod(gapCompound, new FeeForm(start, end, new BigDecimal("10.001"),
                BigDecimal.ZERO)), "due", "gov.fee.error.amount");
        refused(() -> governance.addFeePeriod(gapCompound, new FeeForm(end, start, BigDecimal.TEN, BigDecimal.ONE)),
                "periodEnd", "gov.fee.error.periodOrder");
        long id = governance.addFeePeriod(gapCompound, new FeeForm(start, end, new BigDecimal("400000.00"),
                new BigDecimal("372000")));
        refused(() -> governance.addFeePeriod(gapCompound, new FeeForm(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31),
                BigDecimal.TEN, BigDecimal.ONE)), "periodStart", "gov.fee.error.overlap");
        FeeRow fee = governance.fees(gapCompound).getFirst();
        assertThat(fee.rate()).isEqualByComparingTo("0.93");
        assertThat(fee.arrears()).isEqualByComparingTo("28000.00");
        assertThat(governance.latestPropertyFigures(gapCompound).feeRate()).isEqualByComparingTo("0.93");
        governance.recordCollected(id, 0, new BigDecimal("400000"));
        assertThat(governance.fees(gapCompound).getFirst().arrears()).isEqualByComparingTo("0");
        refused(() -> governance.recordCollected(id, 1, new BigDecimal("400000.01")), "collected", "gov.fee.error.collected");
        governance.deleteFeePeriod(id, 1);
    }

    // ------------------------------------------------------------------ disputes

    DisputeRow dispute(long id) {
        return governance.disputes(new DisputeFilter(null, null, null, gapCompound), PageRequest.of(0, 100)).stream()
                .filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aFastTrackedDisputeIsMediatedThenClosedAndCountsItsDays() {
        LocalDate filed = TODAY.minusDays(12);
        long id = governance.fileDispute(gapCompound, new DisputeForm("停车位收费纠纷", DisputeSeverity.SERIOUS, true, filed));
        assertThat(governance.hasOpenSeriousDispute(gapCompound)).isTrue();
        assertThat(governance.compoundsWithOpenSeriousDispute(null)).contains(gapCompound);
        refused(() -> governance.advanceDispute(id, 0, DisputeState.CLOSED, TODAY, null), "state",
                "gov.dispute.error.from.FILED");
        refused(() -> governance.advanceDispute(id, 0, DisputeState.MEDIATED, TODAY, ""), "outcome",
                "gov.dispute.error.outcomeRequired");
        refused(() -> governance.advanceDispute(id, 0, DisputeState.MEDIATED, filed.minusDays(1), "调解成功"), "on",
                "gov.dispute.error.dateOrder");
        governance.advanceDispute(id, 0, DisputeState.MEDIATED, TODAY.minusDays(5), "调解成功");
        refused(() -> governance.advanceDispute(id, 1, DisputeState.FILED, TODAY, null), "state",
                "gov.dispute.error.from.MEDIATED");
        governance.advanceDispute(id, 1, DisputeState.CLOSED, TODAY, null);
        DisputeRow closed = dispute(id);
        assertThat(closed.state()).isEqualTo(DisputeState.CLOSED);
        assertThat(closed.daysToClose()).isEqualTo(12);
        assertThat(closed.outcome()).isEqualTo("调解成功");
        assertThat(governance.hasOpenSeriousDispute(gapCompound)).isFalse();
        for (DisputeState any : DisputeState.values()) {
            refused(() -> governance.advanceDispute(id, 2, any, TODAY, "x"), "state", "gov.dispute.error.from.CLOSED");
        }
    }

    @Test
    void anAdjudicatedDisputeCanOnlyBeClosedAndAFailedMediationMayGoToAdjudication() {
        long a = governance.fileDispute(gapCompound, new DisputeForm("物业费收费标准争议", DisputeSeverity.MINOR, false,
                TODAY.minusDays(30)));
        governance.advanceDispute(a, 0, DisputeState.ADJUDICATED, TODAY.minusDays(10), "速裁庭当庭判决");
        refused(() -> governance.advanceDispute(a, 1, DisputeState.MEDIATED, TODAY, "x"), "state",
                "gov.dispute.error.from.ADJUDICATED");
        refused(() -> governance.advanceDispute(a, 1, DisputeState.CLOSED, TODAY.minusDays(11), null), "on",
                "gov.dispute.error.dateOrder");
        assertThatThrownBy(() -> governance.advanceDispute(a, 0, DisputeState.CLOSED, TODAY, null))
                .isInstanceOf(StaleEditException.class);
        governance.advanceDispute(a, 1, DisputeState.CLOSED, TODAY, null);
        assertThat(dispute(a).daysToClose()).isEqualTo(30);

        long b = governance.fileDispute(gapCompound, new DisputeForm("电梯维修资金使用纠纷", DisputeSeverity.MINOR, true,
                TODAY.minusDays(3)));
        governance.advanceDispute(b, 0, DisputeState.MEDIATED, TODAY.minusDays(2), "调解未果");
        governance.advanceDispute(b, 1, DisputeState.ADJUDICATED, TODAY, "法院裁定");
        assertThat(dispute(b).state()).isEqualTo(DisputeState.ADJUDICATED);
    }

    @Test
    void disputesAreValidatedWhenFiled() {
        refused(() -> governance.fileDispute(gapCompound, new DisputeForm("", DisputeSeverity.MINOR, false, TODAY)), "title",
                "validation.required");
        refused(() -> governance.fileDispute(gapCompound, new DisputeForm("x", null, false, TODAY)), "severity",
                "validation.required");
        refused(() -> governance.fileDispute(gapCompound, new DisputeForm("x", DisputeSeverity.MINOR, false,
                TODAY.plusDays(2))), "filedOn", "gov.error.future");
    }

    // ------------------------------------------------------------------ meetings

    @Test
    void aFourPartyMeetingNeedsTwoPartiesTopicsAndDecisions() {
        refused(() -> governance.addMeeting(gapCompound, new MeetingForm(TODAY, true, false, false, false, "议题", "决定")),
                "parties", "gov.meeting.error.parties");
        refused(() -> governance.addMeeting(gapCompound, new MeetingForm(TODAY, true, true, false, false, " ", "决定")),
                "topics", "validation.required");
        refused(() -> governance.addMeeting(gapCompound, new MeetingForm(TODAY, true, true, false, false, "议题", null)),
                "decisions", "validation.required");
        long id = governance.addMeeting(gapCompound, new MeetingForm(TODAY, true, true, false, true, "停车秩序", "月底前完成"));
        assertThat(governance.meetings(gapCompound).getFirst()).satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.propertyCompany()).isTrue();
            assertThat(m.committee()).isFalse();
        });
        governance.updateMeeting(id, 0, new MeetingForm(TODAY, true, true, true, true, "停车秩序", "已完成"));
        assertThatThrownBy(() -> governance.updateMeeting(id, 0, new MeetingForm(TODAY, true, true, true, true, "a", "b")))
                .isInstanceOf(StaleEditException.class);
        governance.deleteMeeting(id, 1);
        assertThat(governance.meetings(gapCompound)).noneMatch(m -> m.id() == id);
    }

    // ------------------------------------------------------------------ lists

    @Test
    void theCommitteesOverviewFiltersByTownKindAndTermEnd() {
        login.as("admin");
        int all = governance.countCommittees(new CommitteeFilter(null, null, null));
        assertThat(all).isEqualTo(441);
        assertThat(governance.countCommittees(new CommitteeFilter(null, CommitteeKind.PROPERTY_MANAGEMENT, null))).isEqualTo(3);
        int expiring = governance.countCommittees(new CommitteeFilter(null, null, 90));
        assertThat(expiring).isPositive().isLessThan(all);
        assertThat(governance.committees(new CommitteeFilter(null, null, 90), PageRequest.of(0, 500)))
                .allMatch(c -> !c.termEnd().isAfter(TODAY.plusDays(90)));
        long yushan = governance.committeeFormationByTown().getFirst().id();
        assertThat(governance.committees(new CommitteeFilter(yushan, null, null),
                PageRequest.of(0, 20, org.springframework.data.domain.Sort.by("termEnd"))))
                .allMatch(c -> c.townId() == yushan).isSortedAccordingTo(java.util.Comparator.comparing(CommitteeRow::termEnd));
    }
}
