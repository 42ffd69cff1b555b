package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.support.TestData.Place;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The party vetting of candidates and the election of members. */
class VettingServiceTest extends GovernanceTestBase {

    @Test
    void onlyApprovedCandidatesCanBeElectedAndTheVettingHistoryStays() {
        long committee = committees.formCommittee(gapCompound, owners(TODAY.minusDays(5)));
        long zhang = vetting.proposeCandidate(committee, new CandidateForm("张建国", true, TODAY.minusDays(20)));
        long li = vetting.proposeCandidate(committee, new CandidateForm("李秀英", false, TODAY.minusDays(20)));

        refused(() -> vetting.electMember(zhang, 0, MemberRole.DIRECTOR), null, "gov.member.error.notApproved");
        refused(() -> vetting.vetCandidate(li, 0, new VettingForm(false, VetterKind.COMMUNITY_PARTY, "王书记",
                TODAY.minusDays(10), " ")), "reason", "gov.vetting.error.reasonRequired");
        refused(() -> vetting.vetCandidate(li, 0, new VettingForm(true, null, "王书记", TODAY, null)), "vetterKind",
                "validation.required");
        refused(() -> vetting.vetCandidate(li, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "", TODAY, null)),
                "vettedBy", "validation.required");
        refused(() -> vetting.vetCandidate(li, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记",
                TODAY.minusDays(30), null)), "vettedOn", "gov.vetting.error.beforeProposal");
        refused(() -> vetting.vetCandidate(li, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记",
                TODAY.plusDays(1), null)), "vettedOn", "gov.error.future");

        vetting.vetCandidate(li, 0, new VettingForm(false, VetterKind.COMMUNITY_PARTY, "王书记", TODAY.minusDays(10),
                "存在欠缴物业费情况"));
        refused(() -> vetting.electMember(li, 1, MemberRole.MEMBER), null, "gov.member.error.notApproved");
        refused(() -> vetting.vetCandidate(li, 1, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记", TODAY,
                null)), null, "gov.vetting.error.alreadyVetted");
        refused(() -> vetting.withdrawCandidate(li, 1), null, "gov.vetting.error.keepHistory");

        vetting.vetCandidate(zhang, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "赵支书", TODAY.minusDays(9), null));
        assertThatThrownBy(() -> vetting.electMember(zhang, 0, MemberRole.DIRECTOR))
                .isInstanceOf(StaleEditException.class);
        vetting.electMember(zhang, 1, MemberRole.DIRECTOR);

        List<CandidateRow> history = vetting.candidates(committee);
        assertThat(history).extracting(CandidateRow::name, CandidateRow::status, CandidateRow::vetterKind,
                CandidateRow::vettedBy).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("张建国", CandidateStatus.ELECTED, VetterKind.COMPOUND_BRANCH, "赵支书"),
                org.assertj.core.groups.Tuple.tuple("李秀英", CandidateStatus.REJECTED, VetterKind.COMMUNITY_PARTY, "王书记"));
        assertThat(history).filteredOn(c -> c.name().equals("李秀英")).first()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("存在欠缴物业费情况"));
        assertThat(vetting.members(committee)).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("张建国");
            assertThat(m.role()).isEqualTo(MemberRole.DIRECTOR);
            assertThat(m.partyMember()).isTrue();
        });
        assertThat(committees.committeeOf(gapCompound).orElseThrow().crossAppointmentRate()).isEqualByComparingTo("1");
    }

    @Test
    void aCommitteeHasOneDirectorAndARemovedMemberKeepsTheirVetting() {
        long committee = committees.formCommittee(gapCompound, owners(TODAY.minusDays(5)));
        long a = approved(committee, "陈志强", true);
        long b = approved(committee, "刘桂兰", false);
        long memberA = vetting.electMember(a, 1, MemberRole.DIRECTOR);
        refused(() -> vetting.electMember(b, 1, MemberRole.DIRECTOR), "role", "gov.member.error.oneDirector");
        refused(() -> vetting.electMember(b, 1, null), "role", "validation.required");
        long memberB = vetting.electMember(b, 1, MemberRole.DEPUTY);
        refused(() -> vetting.changeMemberRole(memberB, 0, MemberRole.DIRECTOR), "role", "gov.member.error.oneDirector");
        vetting.changeMemberRole(memberA, 0, MemberRole.MEMBER);
        vetting.changeMemberRole(memberB, 0, MemberRole.DIRECTOR);
        assertThat(committees.committeeOf(gapCompound).orElseThrow().crossAppointmentRate()).isEqualByComparingTo("0.5");
        vetting.removeMember(memberB, 1);
        assertThat(vetting.members(committee)).extracting(MemberRow::name).containsExactly("陈志强");
        assertThat(vetting.candidates(committee)).filteredOn(c -> c.name().equals("刘桂兰")).first()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CandidateStatus.APPROVED));
    }

    @Test
    void anUnvettedProposalCanBeWithdrawnAndCandidatesAreValidated() {
        long committee = committees.formCommittee(gapCompound, owners(TODAY));
        refused(() -> vetting.proposeCandidate(committee, new CandidateForm(" ", true, TODAY)), "name",
                "validation.required");
        refused(() -> vetting.proposeCandidate(committee, new CandidateForm("张三", true, null)), "proposedOn",
                "validation.required");
        long id = vetting.proposeCandidate(committee, new CandidateForm("张三", true, TODAY));
        vetting.withdrawCandidate(id, 0);
        assertThat(vetting.candidates(committee)).isEmpty();
    }

    long approved(long committee, String name, boolean party) {
        long id = vetting.proposeCandidate(committee, new CandidateForm(name, party, TODAY.minusDays(10)));
        vetting.vetCandidate(id, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "赵支书", TODAY.minusDays(8), null));
        return id;
    }


    @Test
    void proposalAndVettingDatesReachBackNoFurtherThanTheFirstCommitteeTerm() {
        Place place = data.compound("yushan");
        long committee = data.committee(place, TODAY.minusYears(1));
        LocalDate first = CommitteeService.EARLIEST_TERM_START;
        refused(() -> vetting.proposeCandidate(committee, new CandidateForm("张三", true, first.minusDays(1))), "proposedOn",
                "form.dateRange");
        long candidate = data.candidate(committee, first);
        refused(() -> vetting.vetCandidate(candidate, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记",
                LocalDate.of(1900, 1, 1), null)), "vettedOn", "form.dateRange");
        vetting.vetCandidate(candidate, 0, new VettingForm(true, VetterKind.COMPOUND_BRANCH, "王书记", first, null));
        assertThat(vetting.candidates(committee)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CandidateStatus.APPROVED));
    }
}
