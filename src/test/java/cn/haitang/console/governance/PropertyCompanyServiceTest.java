package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** The registry of property companies, maintained by the city admin. */
class PropertyCompanyServiceTest extends GovernanceTestBase {

    @Test
    void onlyTheCityAdminMaintainsTheCompanyRegistryWithValidCreditCodes() {
        PropertyCompanyForm form = new PropertyCompanyForm("常熟市测试物业管理有限公司", "91320581MA1N2B3C4D", "周经理",
                "13912345678");
        assertThatThrownBy(() -> companies.createCompany(form)).isInstanceOf(RuleViolationException.class)
                .extracting("messageKey").isEqualTo("error.scope.adminOnly");
        login.as("admin");
        refused(() -> companies.createCompany(form), "creditCode", "gov.company.error.creditCode");
        String valid = "91320581MA1N2B3C4" + CreditCode.checkCharacter("91320581MA1N2B3C4");
        refused(() -> companies.createCompany(new PropertyCompanyForm(form.name(), "91320581MA1N2B3C4", "周经理",
                "13912345678")), "creditCode", "gov.company.error.creditCode");
        refused(() -> companies.createCompany(new PropertyCompanyForm(form.name(), "91320581MA1N2B3C4I", "周经理",
                "13912345678")), "creditCode", "gov.company.error.creditCode");
        refused(() -> companies.createCompany(new PropertyCompanyForm(form.name(), valid, "周经理", "12345")),
                "contactPhone", "gov.error.phone");
        refused(() -> companies.createCompany(new PropertyCompanyForm("", valid, "周经理", "13912345678")), "name",
                "validation.required");
        long id = companies.createCompany(new PropertyCompanyForm(form.name(), valid.toLowerCase(), "周经理", "0512-52712345"));
        assertThat(companies.companies("测试物业", PageRequest.of(0, 10))).singleElement()
                .satisfies(c -> assertThat(c.creditCode()).isEqualTo(valid));
        refused(() -> companies.createCompany(new PropertyCompanyForm("另一家物业公司", valid, "周经理", "13912345678")),
                "creditCode", "gov.company.error.codeTaken");
        refused(() -> companies.createCompany(new PropertyCompanyForm(form.name(), "91320581MA1N2B3C5"
                + "", "周经理", "13912345678")), "creditCode", "gov.company.error.creditCode");
        companies.updateCompany(id, 0, new PropertyCompanyForm(form.name(), valid, "吴经理", "13912345678"));
        assertThatThrownBy(() -> companies.updateCompany(id, 0, form)).isInstanceOf(StaleEditException.class);
        companies.deleteCompany(id, 1);
        assertThat(companies.countCompanies("测试物业")).isZero();
    }

    @Test
    void aCompanyThatServedACompoundCannotBeDeleted() {
        login.as("admin");
        PropertyCompanyRow serving = companies.companies(null, PageRequest.of(0, 100)).stream()
                .filter(c -> c.compoundsServed() > 0).findFirst().orElseThrow();
        refused(() -> companies.deleteCompany(serving.id(), serving.version()), null, "gov.company.error.inUse");
    }
}
