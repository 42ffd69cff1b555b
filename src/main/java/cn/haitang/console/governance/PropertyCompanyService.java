package cn.haitang.console.governance;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of property service companies: read by everyone with an area, maintained by the city
 * admin only. A company has a unique name and a unique, valid unified social credit code; one that has
 * served a compound cannot be deleted (its service history would be lost).
 */
@Service
@Transactional
public class PropertyCompanyService {

    /** A mobile number, or a landline with its area code (0512-52712345). */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private final PropertyCompanyRepository companies;
    private final PropertyServiceTermRepository serviceTerms;
    private final GovernanceQueries queries;
    private final CurrentUser currentUser;

    PropertyCompanyService(PropertyCompanyRepository companies, PropertyServiceTermRepository serviceTerms,
                           GovernanceQueries queries, CurrentUser currentUser) {
        this.companies = companies;
        this.serviceTerms = serviceTerms;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** The registry, searchable by name or code. Readable by city admins and coordinators. */
    @Transactional(readOnly = true)
    public List<PropertyCompanyRow> companies(@Nullable String search, Pageable pageable) {
        currentUser.scope().townFilter();
        return queries.companies(search, pageable);
    }

    @Transactional(readOnly = true)
    public int countCompanies(@Nullable String search) {
        currentUser.scope().townFilter();
        return queries.countCompanies(search);
    }

    /** All companies by name, to choose the one serving a compound. */
    @Transactional(readOnly = true)
    public List<CompanyOption> companyOptions() {
        currentUser.scope().townFilter();
        return queries.companyOptions();
    }

    public long createCompany(PropertyCompanyForm form) {
        currentUser.scope().requireAdmin();
        PropertyCompanyForm valid = check(form, null);
        return companies.saveAndFlush(new PropertyCompany(valid.name(), valid.creditCode(), valid.contactPerson(),
                valid.contactPhone())).requireId();
    }

    public void updateCompany(long id, long version, PropertyCompanyForm form) {
        currentUser.scope().requireAdmin();
        PropertyCompany company = companies.findById(id).orElseThrow(GovernanceChecks::notFound);
        StaleEditException.check(version, company.getVersion());
        PropertyCompanyForm valid = check(form, id);
        company.describe(valid.name(), valid.creditCode(), valid.contactPerson(), valid.contactPhone());
        companies.flush();
    }

    /** Deletes a company that never served a compound (otherwise its history would be lost). */
    public void deleteCompany(long id, long version) {
        currentUser.scope().requireAdmin();
        PropertyCompany company = companies.findById(id).orElseThrow(GovernanceChecks::notFound);
        StaleEditException.check(version, company.getVersion());
        if (serviceTerms.existsByCompanyId(id)) {
            throw new RuleViolationException("gov.company.error.inUse", company.getName());
        }
        companies.delete(company);
        companies.flush();
    }

    private PropertyCompanyForm check(PropertyCompanyForm form, @Nullable Long id) {
        String name = FieldChecks.text("name", form.name(), 100);
        String code = required("creditCode", form.creditCode()).toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            throw RuleViolationException.atField("creditCode", "gov.company.error.creditCode");
        }
        companies.findByName(name).filter(c -> !c.getId().equals(id)).ifPresent(c -> {
            throw RuleViolationException.atField("name", "gov.company.error.nameTaken", name);
        });
        companies.findByCreditCode(code).filter(c -> !c.getId().equals(id)).ifPresent(c -> {
            throw RuleViolationException.atField("creditCode", "gov.company.error.codeTaken", c.getName());
        });
        String person = FieldChecks.text("contactPerson", form.contactPerson(), 32);
        String phone = required("contactPhone", form.contactPhone());
        if (!PHONE.matcher(phone).matches()) {
            throw RuleViolationException.atField("contactPhone", "gov.error.phone");
        }
        return new PropertyCompanyForm(name, code, person, phone);
    }

    /** A required value whose format, not its length, is checked next: a wrong one gets the format's message. */
    private static String required(String field, @Nullable String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        return text;
    }
}
