package cn.haitang.console.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/** Opening funds and keeping their details: one fund per community, in the coordinator's own town, the city fund admins' only. */
@Transactional
class FundServiceTest extends ServiceTest {

    @Autowired
    FundService funds;
    @Autowired
    TestData data;

    @Test
    void aCoordinatorOpensOneFundPerCommunityOfTheirTown() {
        TestData.Place yushan = data.place("yushan");
        TestData.Place meili = data.place("meili");
        login.as("yushan");
        FundForm form = new FundForm(yushan.communityId(), TestData.unique("社区治理基金"), "社区居委会", "6228 0000 1111",
                LocalDate.of(2024, 5, 1), new BigDecimal("5000"));
        long id = funds.openFund(form);
        FundRow row = funds.fund(id);
        assertThat(row.kind()).isEqualTo(FundKind.COMMUNITY);
        assertThat(row.townName()).isEqualTo("虞山街道");
        assertThat(row.balance()).isEqualByComparingTo("0");
        assertRefused(() -> funds.openFund(new FundForm(yushan.communityId(), TestData.unique("第二个基金"), "x", "1",
                LocalDate.of(2024, 5, 1), BigDecimal.ONE)), "communityId", "funds.error.communityHasFund");
        assertThatThrownBy(() -> funds.openFund(new FundForm(meili.communityId(), TestData.unique("越权基金"), "x", "1",
                LocalDate.of(2024, 5, 1), BigDecimal.ONE))).isInstanceOf(ScopeViolationException.class);
        assertRefused(() -> funds.updateFund(id, row.version(), new FundForm(null, form.name(), "x", "1",
                LocalDate.of(2024, 5, 1), new BigDecimal("-1"))), "approvalThreshold", "form.decimal");
        String other = TestData.unique("另一社区基金");
        funds.openFund(new FundForm(data.place("yushan").communityId(), other, "x", "1", LocalDate.of(2024, 5, 1), BigDecimal.ONE));
        assertRefused(() -> funds.updateFund(id, row.version(), new FundForm(null, other, "x", "1",
                LocalDate.of(2024, 5, 1), BigDecimal.ONE)), "name", "funds.error.duplicateName");
        funds.updateFund(id, row.version(), new FundForm(null, form.name(), "社区党委", "6228 0000 2222", LocalDate.of(2024, 5, 1),
                new BigDecimal("8000.00")));
        assertThat(funds.fund(id).approvalThreshold()).isEqualByComparingTo("8000");
        assertThatThrownBy(() -> funds.updateFund(id, row.version(), form)).isInstanceOf(StaleEditException.class);
        assertThat(funds.listFunds(new FundFilter(null, null, null, form.name()), PageRequest.of(0, 10, Sort.by("balance"))))
                .extracting(FundRow::id).containsExactly(id);
    }
}
