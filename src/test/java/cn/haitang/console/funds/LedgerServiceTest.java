package cn.haitang.console.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.audit.AuditFilter;
import cn.haitang.console.audit.AuditService;
import cn.haitang.console.audit.FieldChange;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The ledger's rules: balances are sums of movements, two-person approval, no overdraft, reversal instead of delete, scope. */
@Transactional
class LedgerServiceTest extends ServiceTest {

    @Autowired
    AuditService audit;

    static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    @Autowired
    LedgerService ledger;
    @Autowired
    FundService funds;
    @Autowired
    FundsQueries queries;
    @Autowired
    FundsTestData data;
    @Autowired
    cn.haitang.console.circle.SceneService scenes;

    static MovementForm donation(String amount, String donor, boolean anonymous) {
        return new MovementForm(MovementKind.DONATION, DAY, new BigDecimal(amount), donor, anonymous, "爱心捐助", null, null);
    }

    static MovementForm spending(String amount) {
        return new MovementForm(MovementKind.OPERATING, DAY, new BigDecimal(amount), "常熟市虞山印务有限公司", false,
                "议事会宣传折页印制", null, null);
    }

    private void assertBalance(long fundId, String expected) {
        FundFacts facts = funds.facts(fundId);
        assertThat(facts.balance()).isEqualByComparingTo(expected);
        assertThat(queries.balanceFromMovements(fundId)).isEqualByComparingTo(facts.balance());
    }

    private @Nullable MovementRow row(long id) {
        return ledger.movement(id);
    }

    @Test
    void everyBalanceIsTheSumOfItsMovementsAfterEachKindOfWrite() {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "5000");
        login.as("yushan");
        ledger.record(fund.fundId(), donation("12000.50", "常熟市虞山街道商会", false));
        assertBalance(fund.fundId(), "12000.50");
        ledger.record(fund.fundId(), new MovementForm(MovementKind.INTEREST, DAY, new BigDecimal("3.17"), "江苏常熟农村商业银行",
                false, "活期利息", null, null));
        assertBalance(fund.fundId(), "12003.67");
        long small = ledger.record(fund.fundId(), spending("800"));
        assertBalance(fund.fundId(), "11203.67");
        long big = ledger.record(fund.fundId(), spending("6000"));
        assertThat(row(big).status()).isEqualTo(MovementStatus.PENDING);
        assertBalance(fund.fundId(), "11203.67");
        login.as("admin");
        ledger.approve(big, row(big).version());
        assertBalance(fund.fundId(), "5203.67");
        ledger.reverse(small, row(small).version(), "重复录入");
        assertBalance(fund.fundId(), "6003.67");
        long rejected = ledger.record(fund.fundId(), spending("5500"));
        login.as("yushan");
        ledger.reject(rejected, row(rejected).version());
        assertBalance(fund.fundId(), "6003.67");
        FundFacts facts = funds.facts(fund.fundId());
        assertThat(facts.income()).isEqualByComparingTo("12003.67");
        assertThat(facts.spending()).isEqualByComparingTo("6000");
        assertThat(ledger.countMovements(fund.fundId(), MovementFilter.all())).isEqualTo(6);
        assertThat(ledger.countMovements(fund.fundId(), new MovementFilter(null, MovementStatus.PENDING, null, null, null)))
                .isZero();
    }

    @Test
    void spendingAboveTheThresholdWaitsForASecondPerson() {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "5000");
        login.as("yushan");
        ledger.record(fund.fundId(), donation("20000", "王建国", false));
        long id = ledger.record(fund.fundId(), spending("5000.01"));
        assertRefused(() -> ledger.approve(id, row(id).version()), null, "funds.error.sameApprover");
        assertThatThrownBy(() -> ledger.approve(id, row(id).version() + 1)).isInstanceOf(StaleEditException.class);
        login.as("admin");
        ledger.approve(id, row(id).version());
        MovementRow approved = row(id);
        assertThat(approved.status()).isEqualTo(MovementStatus.POSTED);
        assertThat(approved.approvedBy()).isEqualTo("admin");
        assertThat(approved.recordedBy()).isEqualTo("yushan");
        assertRefused(() -> ledger.approve(id, approved.version()), null, "funds.error.notPending");
        long atThreshold = ledger.record(fund.fundId(), spending("5000"));
        assertThat(row(atThreshold).status()).isEqualTo(MovementStatus.POSTED);
        assertThat(row(atThreshold).approvedBy()).isNull();
    }

    @Test
    void noSpendingOrReversalTakesABalanceBelowZero() {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "1000");
        login.as("yushan");
        long gift = ledger.record(fund.fundId(), donation("1500", "李秀英", false));
        assertRefused(() -> ledger.record(fund.fundId(), spending("1500.01")), "amount", "funds.error.insufficient");
        long pending = ledger.record(fund.fundId(), spending("1200"));
        ledger.record(fund.fundId(), spending("500"));
        login.as("admin");
        assertRefused(() -> ledger.approve(pending, row(pending).version()), null, "funds.error.insufficient");
        assertThat(row(pending).status()).isEqualTo(MovementStatus.PENDING);
        assertRefused(() -> ledger.reverse(gift, row(gift).version(), "捐款人撤回"), null, "funds.error.insufficient");
        assertBalance(fund.fundId(), "1000");
    }

    @Test
    void aWrongMovementIsReversedWithAReasonOnlyOnce() {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "1000");
        login.as("yushan");
        long id = ledger.record(fund.fundId(), donation("300", "张伟", false));
        assertRefused(() -> ledger.reverse(id, row(id).version(), "  "), "reason", "validation.required");
        long reversal = ledger.reverse(id, row(id).version(), "金额录错，应为 3,000 元");
        MovementRow r = row(reversal);
        assertThat(r.reversesId()).isEqualTo(id);
        assertThat(r.incoming()).isFalse();
        assertThat(r.kind()).isEqualTo(MovementKind.DONATION);
        assertThat(r.reason()).isEqualTo("金额录错，应为 3,000 元");
        assertThat(row(id).reversedById()).isEqualTo(reversal);
        assertRefused(() -> ledger.reverse(id, row(id).version(), "再次冲正"), null, "funds.error.alreadyReversed");
        assertRefused(() -> ledger.reverse(reversal, r.version(), "冲正的冲正"), null, "funds.error.reverseReversal");
        assertBalance(fund.fundId(), "0");
        assertThat(data.auditEntries("FundMovement", reversal)).isEqualTo(1);
        assertThat(data.auditEntries("FundMovement", id)).isEqualTo(1);
    }

    @Test
    void formsAreCheckedAtTheField() {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "1000");
        login.as("yushan");
        assertRefused(() -> ledger.record(fund.fundId(), donation("0", "张伟", false)), "amount", "form.decimal");
        assertRefused(() -> ledger.record(fund.fundId(), donation("10.001", "张伟", false)), "amount", "form.decimal");
        assertRefused(() -> ledger.record(fund.fundId(), donation("10", " ", false)), "counterparty", "validation.required");
        assertRefused(() -> ledger.record(fund.fundId(), new MovementForm(MovementKind.DONATION, LocalDate.of(2023, 12, 31),
                BigDecimal.TEN, "张伟", false, "捐助", null, null)), "movedOn", "funds.error.beforeOpening");
        assertRefused(() -> ledger.record(fund.fundId(), new MovementForm(MovementKind.OPERATING, DAY, BigDecimal.TEN, "张伟",
                true, "办公", null, null)), "anonymous", "funds.error.anonymousDonationOnly");
        assertRefused(() -> ledger.record(fund.fundId(), new MovementForm(MovementKind.PROJECT_INCOME, DAY, BigDecimal.TEN,
                "义卖", false, "项目创收", null, null)), "projectId", "validation.required");
        assertRefused(() -> ledger.record(fund.fundId(), new MovementForm(MovementKind.ALLOCATION_OUT, DAY, BigDecimal.TEN,
                "张伟", false, "划拨", null, fund.fundId())), "kind", "funds.error.allocationFromCity");
        assertRefused(() -> ledger.record(fund.fundId(), new MovementForm(MovementKind.ALLOCATION_IN, DAY, BigDecimal.TEN,
                "张伟", false, "划拨", null, null)), "kind", "funds.error.kindNotRecordable");
        assertThat(ledger.countMovements(fund.fundId(), MovementFilter.all())).isZero();
    }

    @Test
    void anAllocationFromTheCityFundIsIncomeOfTheCommunityFundAndIsReversedAtTheSource() {
        long city = data.cityFund("100000");
        FundsTestData.CommunityFund community = data.communityFund("meili", "1000");
        login.as("admin");
        ledger.record(city, donation("1000000", "常熟市慈善总会", false));
        long out = ledger.record(city, new MovementForm(MovementKind.ALLOCATION_OUT, DAY, new BigDecimal("50000"),
                community.place().communityName(), false, "社区共享食堂运营补助", null, community.fundId()));
        assertBalance(city, "950000");
        assertBalance(community.fundId(), "50000");
        MovementRow in = ledger.movements(community.fundId(), MovementFilter.all(), PageRequest.of(0, 10)).getFirst();
        assertThat(in.kind()).isEqualTo(MovementKind.ALLOCATION_IN);
        assertRefused(() -> ledger.reverse(in.id(), in.version(), "错划"), null, "funds.error.reverseAtSource");
        ledger.reverse(out, row(out).version(), "划错社区");
        assertBalance(city, "1000000");
        assertBalance(community.fundId(), "0");
    }

    @Test
    void coordinatorsReachOnlyTheirTownsCommunityFundsAndReadTheCityFund() {
        FundsTestData.CommunityFund yushan = data.communityFund("yushan", "1000");
        FundsTestData.CommunityFund meili = data.communityFund("meili", "1000");
        long city = data.cityFund("1000");
        login.as("meili");
        long meiliGift = ledger.record(meili.fundId(), donation("10", "周敏", false));
        login.as("yushan");
        long gift = ledger.record(yushan.fundId(), donation("100", "陈静", false));
        assertThat(funds.listFunds(FundFilter.all(), PageRequest.of(0, 500)))
                .allSatisfy(f -> assertThat(f.kind() == FundKind.CITY || "虞山街道".equals(f.townName())).isTrue())
                .extracting(FundRow::id).contains(yushan.fundId(), city).doesNotContain(meili.fundId());
        assertThatThrownBy(() -> funds.fund(meili.fundId())).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> funds.facts(meili.fundId())).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> ledger.record(meili.fundId(), donation("1", "x", false)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> ledger.movement(meiliGift)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> ledger.movements(meili.fundId(), MovementFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> ledger.reverse(meiliGift, 0, "越权")).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> ledger.approve(meiliGift, 0)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> ledger.addVoucher(meiliGift, "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> funds.listFunds(new FundFilter(meili.place().townId(), null, null, null), PageRequest.of(0, 10)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> funds.openFund(new FundForm(null, "越权市级基金", "x", "1", DAY, BigDecimal.ONE)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> funds.updateFund(meili.fundId(), 0, new FundForm(null, "改名", "x", "1", DAY, BigDecimal.ONE)))
                .isInstanceOf(ScopeViolationException.class);
        assertThat(row(gift).amount()).isEqualByComparingTo("100");
        login.as("reviewer3");
        assertThatThrownBy(() -> funds.fund(city)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> ledger.movements(city, MovementFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aCoordinatorReadsTheCityFundButEveryWriteToItIsRefusedWithAClearMessage() {
        long city = data.cityFund("1000");
        FundsTestData.CommunityFund yushan = data.communityFund("yushan", "1000");
        login.as("admin");
        long income = ledger.record(city, donation("50000", "常熟市慈善总会", false));
        long pending = ledger.record(city, spending("2000"));
        login.as("yushan");
        assertThat(funds.fund(city).balance()).isEqualByComparingTo("50000");
        assertThat(funds.facts(city).income()).isEqualByComparingTo("50000");
        assertThat(ledger.countMovements(city, MovementFilter.all())).isEqualTo(2);
        assertThat(row(pending).status()).isEqualTo(MovementStatus.PENDING);
        assertThat(funds.writable(city)).isFalse();
        assertThat(funds.writable(yushan.fundId())).isTrue();
        String readOnly = "funds.error.cityFundReadOnly";
        assertReadOnly(() -> ledger.record(city, donation("1", "陈静", false)), readOnly);
        assertReadOnly(() -> ledger.approve(pending, row(pending).version()), readOnly);
        assertReadOnly(() -> ledger.reject(pending, row(pending).version()), readOnly);
        assertReadOnly(() -> ledger.reverse(income, row(income).version(), "登记错误"), readOnly);
        assertReadOnly(() -> ledger.addVoucher(income, "收据.pdf", "application/pdf", "%PDF-1.4 receipt".getBytes()), readOnly);
        assertReadOnly(() -> ledger.sceneOptions(city), readOnly);
        FundRow before = funds.fund(city);
        assertReadOnly(() -> funds.updateFund(city, before.version(), new FundForm(null, "改名", "x", "1", DAY, BigDecimal.ONE)),
                readOnly);
        // nothing of it was written
        login.as("admin");
        assertThat(ledger.countMovements(city, MovementFilter.all())).isEqualTo(2);
        assertThat(row(pending).status()).isEqualTo(MovementStatus.PENDING);
        assertThat(ledger.vouchers(income)).isEmpty();
        assertThat(funds.fund(city).name()).isEqualTo(before.name());
        assertBalance(city, "50000");
    }

    private static void assertReadOnly(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e).isNotInstanceOf(ScopeViolationException.class);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }

    @Test
    void aGrantGoesToAHappinessSceneOfTheFundsCommunityAndTheScenesPageListsIt() {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "1000");
        FundsTestData.CommunityFund neighbour = data.communityFund("yushan", "1000");
        String canteenName = cn.haitang.console.support.TestData.unique("社区共享食堂");
        long canteen = data.scene(fund.place().communityId(), canteenName);
        long elsewhere = data.scene(neighbour.place().communityId(), cn.haitang.console.support.TestData.unique("老年大学"));
        long city = data.cityFund("100000");
        login.as("admin");
        ledger.record(city, donation("100000", "常熟市慈善总会", false));
        long fromCity = ledger.record(city, grantTo(canteen, "3000", "善美海棠红助餐补贴"));
        login.as("yushan");
        ledger.record(fund.fundId(), donation("5000", "陈静", false));
        assertThat(ledger.sceneOptions(fund.fundId())).extracting(Option::id).contains(canteen).doesNotContain(elsewhere);
        long grant = ledger.record(fund.fundId(), grantTo(canteen, "800", "食堂餐具添置"));
        assertThat(row(grant).sceneName()).isEqualTo(canteenName);
        assertThat(row(grant).status()).isEqualTo(MovementStatus.POSTED);
        assertBalance(fund.fundId(), "4200");
        assertRefused(() -> ledger.record(fund.fundId(), grantTo(elsewhere, "100", "越界资助")), "sceneId",
                "funds.error.sceneOtherCommunity");
        MovementForm donationToScene = new MovementForm(MovementKind.DONATION, DAY, BigDecimal.TEN, "陈静", false, "捐赠",
                null, null, canteen);
        assertRefused(() -> ledger.record(fund.fundId(), donationToScene), "sceneId", "funds.error.sceneNotForKind");
        assertRefused(() -> ledger.record(fund.fundId(), grantTo(Long.MAX_VALUE, "100", "不存在的场景")), "sceneId",
                "error.notFound");

        // the scene's page: both grants, the city fund's too, newest first
        assertThat(scenes.grants(canteen)).extracting(g -> g.amount().toPlainString(), g -> g.purpose())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("800.00", "食堂餐具添置"),
                        org.assertj.core.groups.Tuple.tuple("3000.00", "善美海棠红助餐补贴"));
        // a reversal shows there as a negative line, so the scene's total is what it really received
        ledger.reverse(grant, row(grant).version(), "金额登记错误");
        assertThat(scenes.grants(canteen)).hasSize(3).filteredOn(g -> g.reversal()).singleElement()
                .satisfies(g -> assertThat(g.amount()).isEqualByComparingTo("-800"));
        assertThat(scenes.grants(canteen).stream().map(g -> g.amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3000");
        assertBalance(fund.fundId(), "5000");
        assertThat(row(fromCity).sceneId()).isEqualTo(canteen); // the coordinator reads the city fund's grant to their scene
        login.as("meili");
        assertThatThrownBy(() -> scenes.grants(canteen)).isInstanceOf(ScopeViolationException.class);

        // a closed scene takes no more grants
        login.as("admin");
        scenes.changeState(elsewhere, scenes.scene(elsewhere).version(), cn.haitang.console.circle.SceneState.CLOSED, "场地收回");
        assertRefused(() -> ledger.record(city, grantTo(elsewhere, "100", "迟到的资助")), "sceneId", "funds.error.sceneClosed");
    }

    static MovementForm grantTo(long sceneId, String amount, String purpose) {
        return new MovementForm(MovementKind.GRANT, DAY, new BigDecimal(amount), "社区共享食堂", false, purpose, null, null, sceneId);
    }

    @Test
    void vouchersAreCheckedLikeEveryOtherAttachment() {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "1000");
        login.as("yushan");
        long id = ledger.record(fund.fundId(), donation("100", "陈静", false));
        ledger.addVoucher(id, "收据.pdf", "application/pdf", "%PDF-1.4 receipt".getBytes());
        assertThatThrownBy(() -> ledger.addVoucher(id, "收据.exe", "application/octet-stream", new byte[] {1, 2}))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> ledger.addVoucher(id, "假.pdf", "application/pdf", "not a pdf".getBytes()))
                .isInstanceOf(RuleViolationException.class);
        List<VoucherRow> vouchers = ledger.vouchers(id);
        assertThat(vouchers).extracting(VoucherRow::fileName).containsExactly("收据.pdf");
        assertThat(new String(ledger.voucherContent(vouchers.getFirst().id()).content())).startsWith("%PDF");
        assertThat(row(id).vouchers()).isEqualTo(1);

        // the audit log names the file but never holds its bytes
        login.as("admin");
        var entry = audit.find(new AuditFilter("", "FundVoucher", String.valueOf(vouchers.getFirst().id()), null, null),
                PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(audit.changesOf(entry)).contains(new FieldChange("fileName", null, "收据.pdf"),
                new FieldChange("content", null, "******"));
        assertThat(entry.getChanges()).doesNotContain("PDF-1.4");
    }
}
