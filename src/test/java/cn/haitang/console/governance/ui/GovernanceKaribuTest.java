package cn.haitang.console.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.governance.CommitteeKind;
import cn.haitang.console.governance.DisputeSeverity;
import cn.haitang.console.governance.DisputeState;
import cn.haitang.console.governance.GapFilter;
import cn.haitang.console.governance.FormationService;
import cn.haitang.console.region.ui.CompoundPageView;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The governance tabs, their forms (messages at the field) and the lists with filters and export. */
@Transactional
class GovernanceKaribuTest extends KaribuTest {

    @Autowired
    FormationService formation;
    @Autowired
    JdbcTemplate jdbc;

    long showcase() {
        return jdbc.queryForObject("SELECT id FROM compound WHERE name = '城市之光小区'", Long.class);
    }

    long gapCompound() {
        return formation.formationGaps(new GapFilter(null, null), PageRequest.of(0, 1)).getFirst().compoundId();
    }

    /** Opens the compound through the old governance address, which lands on the one compound page. */
    CompoundPageView open(long compoundId) {
        UI.getCurrent().navigate(CompoundGovernanceView.class, new RouteParameters("id", String.valueOf(compoundId)));
        assertThat(_find(CompoundGovernanceView.class)).isEmpty();
        return _get(CompoundPageView.class);
    }

    /** The governance tabs follow the organisation tab (10): committee 20, property 30, meetings 40. */
    <T extends com.vaadin.flow.component.Component> T tab(CompoundPageView view, int index, Class<T> type) {
        view.tabSheet().setSelectedIndex(index + 1);
        return _get(type);
    }

    @Test
    void theCompoundPageShowsTheThreeGovernanceTabsOfTheShowcase() {
        openAs("yushan");
        CompoundPageView view = open(showcase());
        // the old address opens the one page at the committee tab
        assertThat(view.tabSheet().getSelectedTab().getLabel()).isEqualTo("业委会与候选人把关");
        assertThat(view.tabSheet().getTabAt(1).getLabel()).isEqualTo("业委会与候选人把关");
        assertThat(view.tabSheet().getTabAt(2).getLabel()).isEqualTo("物业服务");
        assertThat(view.tabSheet().getTabAt(3).getLabel()).isEqualTo("四方协同会议");
        assertThat(view.compound().name()).isEqualTo("城市之光小区");
        assertThat(view.compound().townName()).isEqualTo("虞山街道");
        CommitteePanel committee = tab(view, 0, CommitteePanel.class);
        assertThat(committee.summary.getText()).startsWith("业主委员会").contains("交叉任职率");
        assertThat(GridKt._size(committee.memberGrid)).isBetween(5, 9);
        assertThat(GridKt._size(committee.candidateGrid)).isGreaterThanOrEqualTo(GridKt._size(committee.memberGrid));
        PropertyPanel property = tab(view, 1, PropertyPanel.class);
        assertThat(property.currentCompany.getText()).startsWith("现服务企业");
        assertThat(GridKt._size(property.feeGrid)).isEqualTo(4);
        assertThat(GridKt._getFormatted(property.surveyGrid, 0, "rate")).isEqualTo("92.50%");
        MeetingsPanel meetings = tab(view, 2, MeetingsPanel.class);
        assertThat(GridKt._size(meetings.grid)).isEqualTo(6);
    }

    @Test
    void aCoordinatorOpeningAnotherTownsCompoundSeesTheRefusalAndNoTabs() {
        openAs("yushan");
        long meiliCompound = jdbc.queryForObject(
                "SELECT MIN(c.id) FROM compound c JOIN town t ON t.id = c.town_id WHERE t.code = 'meili'", Long.class);
        CompoundPageView view = open(meiliCompound);
        assertThat(view.tabSheet().getTabCount()).isZero();
        assertThat(view.refusal()).isEqualTo("记录不存在或已被删除");
    }

    @Test
    void theCommitteeFormRefusesTheWrongKindAtTheFieldThenFormsTheCommittee() {
        openAs("admin");
        CommitteePanel panel = tab(open(gapCompound()), 0, CommitteePanel.class);
        assertThat(panel.summary.getText()).isEqualTo("尚未组建委员会");
        assertThat(panel.propose.isEnabled()).isFalse();
        CommitteePanel.CommitteeDialog dialog = panel.openCommitteeDialog(null);
        assertThat(dialog.kind.getValue()).isEqualTo(CommitteeKind.OWNERS);
        dialog.kind.setValue(CommitteeKind.PROPERTY_MANAGEMENT);
        dialog.termStart.setValue(LocalDate.now().minusDays(3));
        dialog.termEnd.setValue(LocalDate.now().plusYears(6));
        dialog.saveButton().click();
        assertThat(dialog.kind.isInvalid()).isTrue();
        assertThat(dialog.kind.getErrorMessage()).isEqualTo("该小区应组建业主委员会（业委会）");
        dialog.kind.setValue(CommitteeKind.OWNERS);
        dialog.saveButton().click();
        assertThat(dialog.kind.isInvalid()).isFalse();
        assertThat(dialog.termEnd.isInvalid()).isTrue();
        assertThat(dialog.termEnd.getErrorMessage()).isEqualTo("任期不能超过 5 年");
        dialog.termEnd.setValue(LocalDate.now().plusYears(5).minusDays(3));
        dialog.saveButton().click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(panel.summary.getText()).startsWith("业主委员会");
        assertThat(panel.propose.isEnabled()).isTrue();
    }

    @Test
    void aCandidateIsProposedRejectedOnlyWithAReasonAndTheHistoryShowsIt() {
        openAs("yushan");
        CommitteePanel panel = tab(open(showcase()), 0, CommitteePanel.class);
        int before = GridKt._size(panel.candidateGrid);
        CommitteePanel.CandidateDialog propose = panel.openCandidateDialog();
        propose.saveButton().click();
        assertThat(propose.name.getErrorMessage()).isEqualTo("此项为必填项");
        propose.name.setValue("钱卫东");
        propose.saveButton().click();
        assertThat(propose.isOpened()).isFalse();
        assertThat(GridKt._size(panel.candidateGrid)).isEqualTo(before + 1);
        var row = GridKt._get(panel.candidateGrid, 0);
        assertThat(row.name()).isEqualTo("钱卫东");

        CommitteePanel.VettingDialog vet = panel.openVettingDialog(row);
        vet.decision.setValue(false);
        vet.vettedBy.setValue("王书记");
        vet.saveButton().click();
        assertThat(vet.reason.isInvalid()).isTrue();
        assertThat(vet.reason.getErrorMessage()).isEqualTo("不通过时必须填写理由");
        vet.reason.setValue("非本小区业主");
        vet.saveButton().click();
        assertThat(vet.isOpened()).isFalse();
        assertThat(GridKt._getFormatted(panel.candidateGrid, 0, "reason")).isEqualTo("非本小区业主");
    }

    @Test
    void propertyFormsShowTheirMessagesAtTheField() {
        openAs("yushan");
        PropertyPanel panel = tab(open(showcase()), 1, PropertyPanel.class);
        PropertyPanel.SurveyDialog survey = panel.openSurveyDialog();
        survey.sampleSize.setValue(100);
        survey.satisfied.setValue(120);
        survey.saveButton().click();
        assertThat(survey.satisfied.getErrorMessage()).isEqualTo("满意人数须在 0 到样本量 100 之间");
        survey.satisfied.setValue(95);
        survey.saveButton().click();
        assertThat(survey.isOpened()).isFalse();
        assertThat(GridKt._getFormatted(panel.surveyGrid, 0, "rate")).isEqualTo("95.00%");

        PropertyPanel.FeeDialog fee = panel.openFeeDialog();
        fee.periodStart.setValue(LocalDate.of(2026, 7, 1));
        fee.periodEnd.setValue(LocalDate.of(2026, 9, 30));
        fee.due.setValue(new BigDecimal("1000"));
        fee.collected.setValue(new BigDecimal("1200"));
        fee.saveButton().click();
        assertThat(fee.collected.getErrorMessage()).isEqualTo("实收金额不能超过应收金额 1000.00 元");

        var dispute = GridKt._get(panel.disputeGrid, 0);
        PropertyPanel.DisputeDialog file = panel.openDisputeDialog();
        file.title.setValue("充电桩安装纠纷");
        file.severity.setValue(DisputeSeverity.SERIOUS);
        file.fastTrack.setValue(true);
        file.saveButton().click();
        assertThat(file.isOpened()).isFalse();
        var filed = GridKt._get(panel.disputeGrid, 0);
        assertThat(filed.title()).isEqualTo("充电桩安装纠纷");
        assertThat(filed.id()).isNotEqualTo(dispute.id());
        PropertyPanel.AdvanceDialog advance = panel.openAdvanceDialog(filed);
        assertThat(advance.state.getListDataView().getItems()).containsExactlyInAnyOrder(DisputeState.MEDIATED,
                DisputeState.ADJUDICATED);
        advance.state.setValue(DisputeState.MEDIATED);
        advance.saveButton().click();
        assertThat(advance.outcome.getErrorMessage()).isEqualTo("请填写调解或裁决结果");
        advance.outcome.setValue("调解成功");
        advance.saveButton().click();
        assertThat(advance.isOpened()).isFalse();
        assertThat(GridKt._get(panel.disputeGrid, 0).state()).isEqualTo(DisputeState.MEDIATED);
    }

    @Test
    void aMeetingNeedsTwoPartiesAndIsDeletedOnlyAfterConfirmation() {
        openAs("yushan");
        MeetingsPanel panel = tab(open(showcase()), 2, MeetingsPanel.class);
        int before = GridKt._size(panel.grid);
        MeetingsPanel.MeetingDialog dialog = panel.openDialog(null);
        dialog.parties.setValue(Set.of("communityParty"));
        dialog.topics.setValue("电梯加装");
        dialog.decisions.setValue("提交业主大会表决");
        dialog.saveButton().click();
        assertThat(dialog.parties.getErrorMessage()).isEqualTo("四方协同会议至少需要两方参加");
        dialog.parties.setValue(Set.of("communityParty", "propertyCompany"));
        dialog.saveButton().click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(panel.grid)).isEqualTo(before + 1);
        panel.confirmDelete(GridKt._get(panel.grid, 0));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(GridKt._size(panel.grid)).isEqualTo(before + 1);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._size(panel.grid)).isEqualTo(before);
    }

    @Test
    void theAdminMaintainsCompaniesWithMessagesAtTheFieldAndCoordinatorsOnlyRead() {
        openAs("yushan");
        UI.getCurrent().navigate(PropertyCompaniesView.class);
        PropertyCompaniesView readOnly = _get(PropertyCompaniesView.class);
        assertThat(readOnly.create.isVisible()).isFalse();
        assertThat(GridKt._size(readOnly.grid)).isEqualTo(40);

        openAs("admin");
        UI.getCurrent().navigate(PropertyCompaniesView.class);
        PropertyCompaniesView view = _get(PropertyCompaniesView.class);
        PropertyCompaniesView.CompanyDialog dialog = view.openForm(null);
        dialog.name.setValue("常熟市测试物业有限公司");
        dialog.creditCode.setValue("91320581MA1N2B3C4D");
        dialog.contactPerson.setValue("周经理");
        dialog.contactPhone.setValue("13912345678");
        dialog.saveButton().click();
        assertThat(dialog.creditCode.getErrorMessage()).startsWith("统一社会信用代码须为 18 位");
        dialog.creditCode.setValue("91320581MA1N2B3C4" + cn.haitang.console.governance.CreditCode.checkCharacter("91320581MA1N2B3C4"));
        dialog.contactPhone.setValue("123");
        dialog.saveButton().click();
        assertThat(dialog.creditCode.isInvalid()).isFalse();
        assertThat(dialog.contactPhone.isInvalid()).isTrue();
        dialog.contactPhone.setValue("0512-52712345");
        dialog.saveButton().click();
        assertThat(dialog.isOpened()).isFalse();
        view.search.setValue("测试物业");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void theCommitteesOverviewFiltersAndExportsExactlyTheFilteredRows() throws Exception {
        openAs("admin");
        UI.getCurrent().navigate(CommitteesView.class);
        CommitteesView view = _get(CommitteesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(441);
        view.kind.setValue(CommitteeKind.PROPERTY_MANAGEMENT);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        Sheet sheet = export(view::export);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("小区");
        assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("交叉任职率");
        assertThat(cn.haitang.console.support.Sheets.lastDataRow(sheet)).isEqualTo(3);
        assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("物业管理委员会");
        assertThat(sheet.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        view.kind.setValue(null);
        view.expiring.setValue(90);
        assertThat(GridKt._size(view.grid)).isPositive().isLessThan(441);
        assertThat(GridKt._get(view.grid, 0).termEnd()).isBeforeOrEqualTo(LocalDate.now().plusDays(90));
    }

    @Test
    void theDisputesBoardFiltersByTownStateAndSeverity() throws Exception {
        openAs("yushan");
        UI.getCurrent().navigate(DisputesView.class);
        DisputesView view = _get(DisputesView.class);
        assertThat(view.town.getListDataView().getItems()).extracting(t -> t.name()).containsExactly("虞山街道");
        int all = GridKt._size(view.grid);
        view.state.setValue(DisputeState.CLOSED);
        int closed = GridKt._size(view.grid);
        assertThat(closed).isPositive().isLessThan(all);
        for (int i = 0; i < closed; i++) {
            assertThat(GridKt._get(view.grid, i).daysToClose()).isNotNull();
        }
        view.state.setValue(null);
        view.severity.setValue(DisputeSeverity.SERIOUS);
        Sheet sheet = export(view::export);
        assertThat(cn.haitang.console.support.Sheets.lastDataRow(sheet)).isEqualTo(GridKt._size(view.grid));
        assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("重大");
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("虞山街道");
    }

    @Test
    void theFormationViewShowsTheCityRateAndTheGapList() throws Exception {
        openAs("admin");
        UI.getCurrent().navigate(FormationView.class);
        FormationView view = _get(FormationView.class);
        assertThat(view.headline.getText()).isEqualTo("全市业委会组建率 87.60%（438/500）");
        assertThat(GridKt._size(view.towns)).isEqualTo(14);
        assertThat(GridKt._size(view.gaps)).isEqualTo(62);
        assertThat(cn.haitang.console.support.Sheets.lastDataRow(export(view::export))).isEqualTo(62);
        assertThat(view.communities.isVisible()).isFalse();
        view.town.setValue(view.town.getListDataView().getItems().filter(t -> t.name().equals("梅李镇")).findFirst()
                .orElseThrow());
        assertThat(view.communities.isVisible()).isTrue();
        assertThat(view.communitiesTitle.getText()).isEqualTo("梅李镇各社区组建率与交叉任职率");
        int meiliGaps = GridKt._size(view.gaps);
        assertThat(meiliGaps).isLessThan(62);
        int communityGaps = 0;
        for (int i = 0; i < GridKt._size(view.communities); i++) {
            communityGaps += (int) GridKt._get(view.communities, i).gap();
        }
        assertThat(communityGaps).isEqualTo(meiliGaps);

        openAs("yushan");
        UI.getCurrent().navigate(FormationView.class);
        FormationView own = _get(FormationView.class);
        assertThat(own.headline.getText()).startsWith("虞山街道业委会组建率");
        assertThat(GridKt._size(own.towns)).isEqualTo(1);
        assertThat(own.communities.isVisible()).isTrue();
        assertThat(own.communitiesTitle.getText()).startsWith("虞山街道");
        assertThat(_find(CompoundGovernanceView.class)).isEmpty();
    }

    interface Exporter {
        void export(java.io.OutputStream out) throws java.io.IOException;
    }

    private static Sheet export(Exporter exporter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }
}
