package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.region.CompoundForm;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.ManagementMode;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.support.TestData;
import cn.haitang.console.support.TestData.Place;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What other features read of governance, and the compound picker of the governance page. */
class GovernanceServiceTest extends GovernanceTestBase {

    @Autowired
    TestData testData;
    @Autowired
    RegionService region;

    @Test
    void theCompoundPickerTakesPercentAndUnderscoreLiterally() {
        Place place = data.compound("yushan");
        CompoundRef odd = testData.asAdmin(() -> region.createCompound(new CompoundForm(place.communityId(),
                TestData.unique("百分_之%百小区"), "测试路3号", 2012, 3, 90, true, ManagementMode.PROPERTY_COMPANY, true,
                null)));
        assertThat(governance.findCompounds("%", 0, 10)).extracting(CompoundRef::id).containsExactly(odd.id());
        assertThat(governance.findCompounds("_", 0, 10)).extracting(CompoundRef::id).containsExactly(odd.id());
        assertThat(governance.countCompounds("%")).isEqualTo(1);
        assertThat(governance.countCompounds("_之%")).isEqualTo(1);
        assertThat(governance.findCompounds(place.compoundName(), 0, 10)).extracting(CompoundRef::id)
                .containsExactly(place.compoundId());
    }

    @Test
    void otherFeaturesReadACompoundsCommitteeRatesAndSeriousDisputes() {
        Place place = data.compound("yushan");
        assertThat(governance.hasCommittee(place.compoundId())).isFalse();
        assertThat(governance.latestPropertyFigures(place.compoundId()))
                .isEqualTo(new CompoundPropertyFigures(place.compoundId(), null, null, null, null));
        data.committee(place, TODAY.minusYears(1));
        property.addSurvey(place.compoundId(), new SurveyForm(TODAY.minusDays(1), 200, 183));
        disputes.fileDispute(place.compoundId(), new DisputeForm("电梯维修资金使用纠纷", DisputeSeverity.SERIOUS, true,
                TODAY.minusDays(2)));
        assertThat(governance.hasCommittee(place.compoundId())).isTrue();
        assertThat(governance.latestPropertyFigures(place.compoundId()).satisfactionRate()).isEqualByComparingTo("0.915");
        assertThat(governance.latestPropertyFiguresOfTown(place.townId())).containsKey(place.compoundId());
        assertThat(governance.hasOpenSeriousDispute(place.compoundId())).isTrue();
        assertThat(governance.compoundsWithOpenSeriousDispute(place.townId())).contains(place.compoundId());
    }
}
