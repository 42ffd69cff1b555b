package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.FieldChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The company serving a compound, satisfaction surveys and fee collection. */
class PropertyServiceTest extends GovernanceTestBase {
    @Test
    void changingTheServingCompanyKeepsTheHistory() {
        List<ServiceTermRow> before = property.serviceHistory(withCommittee);
        ServiceTermRow current = before.getFirst();
        assertThat(current.until()).isNull();
        refused(() -> property.assignCompany(withCommittee, current.companyId(), TODAY), "companyId",
                "gov.service.error.sameCompany");
        long other = companies.companyOptions().stream().filter(c -> c.id() != current.companyId()).findFirst()
                .orElseThrow().id();
        refused(() -> property.assignCompany(withCommittee, other, current.since()), "since",
                "gov.service.error.beforeCurrent");
        refused(() -> property.assignCompany(withCommittee, null, TODAY), "companyId", "validation.required");
        property.assignCompany(withCommittee, other, TODAY);
        List<ServiceTermRow> after = property.serviceHistory(withCommittee);
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.getFirst().companyId()).isEqualTo(other);
        assertThat(after.getFirst().until()).isNull();
        assertThat(after.get(1).until()).isEqualTo(TODAY);
    }

    // ------------------------------------------------------------------ surveys and fees

    @Test
    void surveysNeedASatisfiedCountWithinTheSample() {
        refused(() -> property.addSurvey(gapCompound, new SurveyForm(TODAY, 100, 101)), "satisfied",
                "gov.survey.error.satisfied");
        refused(() -> property.addSurvey(gapCompound, new SurveyForm(TODAY, 0, 0)), "sampleSize", "gov.survey.error.sample");
        refused(() -> property.addSurvey(gapCompound, new SurveyForm(TODAY, 100, null)), "satisfied", "validation.required");
        refused(() -> property.addSurvey(gapCompound, new SurveyForm(TODAY.plusDays(1), 100, 90)), "surveyDate",
                "gov.error.future");
        long id = property.addSurvey(gapCompound, new SurveyForm(TODAY, 120, 111));
        refused(() -> property.addSurvey(gapCompound, new SurveyForm(TODAY, 100, 90)), "surveyDate",
                "gov.survey.error.sameDay");
        assertThat(property.surveys(gapCompound).getFirst().rate()).isEqualByComparingTo("0.925");
        assertThat(governance.latestPropertyFigures(gapCompound).satisfactionRate()).isEqualByComparingTo("0.925");
        property.deleteSurvey(id, 0);
        assertThat(property.surveys(gapCompound)).noneMatch(s -> s.id() == id);
    }

    @Test
    void feesComputeRateAndArrearsAndRefuseImpossibleAmounts() {
        LocalDate start = LocalDate.of(2026, 7, 1);
        LocalDate end = LocalDate.of(2026, 9, 30);
        refused(() -> property.addFeePeriod(gapCompound, new FeeForm(start, end, new BigDecimal("1000"),
                new BigDecimal("1000.01"))), "collected", "gov.fee.error.collected");
        refused(() -> property.addFeePeriod(gapCompound, new FeeForm(start, end, BigDecimal.ZERO, BigDecimal.ZERO)),
                "due", "gov.fee.error.due");
        refused(() -> property.addFeePeriod(gapCompound, new FeeForm(start, end, new BigDecimal("10.001"),
                BigDecimal.ZERO)), "due", "gov.fee.error.amount");
        refused(() -> property.addFeePeriod(gapCompound, new FeeForm(end, start, BigDecimal.TEN, BigDecimal.ONE)),
                "periodEnd", "gov.fee.error.periodOrder");
        long id = property.addFeePeriod(gapCompound, new FeeForm(start, end, new BigDecimal("400000.00"),
                new BigDecimal("372000")));
        refused(() -> property.addFeePeriod(gapCompound, new FeeForm(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31),
                BigDecimal.TEN, BigDecimal.ONE)), "periodStart", "gov.fee.error.overlap");
        FeeRow fee = property.fees(gapCompound).getFirst();
        assertThat(fee.rate()).isEqualByComparingTo("0.93");
        assertThat(fee.arrears()).isEqualByComparingTo("28000.00");
        assertThat(governance.latestPropertyFigures(gapCompound).feeRate()).isEqualByComparingTo("0.93");
        property.recordCollected(id, 0, new BigDecimal("400000"));
        assertThat(property.fees(gapCompound).getFirst().arrears()).isEqualByComparingTo("0");
        refused(() -> property.recordCollected(id, 1, new BigDecimal("400000.01")), "collected", "gov.fee.error.collected");
        property.deleteFeePeriod(id, 1);
    }


    // ------------------------------------------------------------------ sensible dates and counts

    @Test
    void surveysBeforeTheCampaignsRecordsOrWithAnImpossibleSampleAreRefused() {
        long compound = data.compound("yushan").compoundId();
        refused(() -> property.addSurvey(compound, new SurveyForm(FieldChecks.EARLIEST_RECORD.minusDays(1), 100, 90)),
                "surveyDate", "form.dateRange");
        refused(() -> property.addSurvey(compound, new SurveyForm(TODAY, PropertyService.MAX_SAMPLE + 1, 90)),
                "sampleSize", "form.integer");
        property.addSurvey(compound, new SurveyForm(FieldChecks.EARLIEST_RECORD, PropertyService.MAX_SAMPLE, 90));
        assertThat(property.surveys(compound)).singleElement()
                .satisfies(s -> assertThat(s.surveyDate()).isEqualTo(FieldChecks.EARLIEST_RECORD));
    }

    @Test
    void feePeriodsStartFromTheCampaignsRecordsAndAreBilledAtMostAYearAhead() {
        long compound = data.compound("yushan").compoundId();
        refused(() -> property.addFeePeriod(compound, new FeeForm(LocalDate.of(1999, 7, 1), LocalDate.of(1999, 12, 31),
                BigDecimal.TEN, BigDecimal.ONE)), "periodStart", "form.dateRange");
        refused(() -> property.addFeePeriod(compound, new FeeForm(TODAY.plusYears(1).plusDays(1), TODAY.plusYears(2),
                BigDecimal.TEN, BigDecimal.ONE)), "periodStart", "form.dateRange");
        refused(() -> property.addFeePeriod(compound, new FeeForm(TODAY, TODAY.plusYears(2).plusDays(1), BigDecimal.TEN,
                BigDecimal.ONE)), "periodEnd", "form.dateRange");
        property.addFeePeriod(compound, new FeeForm(TODAY.plusYears(1), TODAY.plusYears(2), BigDecimal.TEN, BigDecimal.ZERO));
        assertThat(property.fees(compound)).singleElement()
                .satisfies(f -> assertThat(f.arrears()).isEqualByComparingTo("10"));
    }

    @Test
    void noCompanyServedACompoundBeforeTheFirstPropertyCompanyOrFromTomorrow() {
        long compound = data.compound("yushan").compoundId();
        List<CompanyOption> options = companies.companyOptions();
        refused(() -> property.assignCompany(compound, options.getFirst().id(),
                PropertyService.EARLIEST_SERVICE.minusDays(1)), "since", "form.dateRange");
        property.assignCompany(compound, options.getFirst().id(), PropertyService.EARLIEST_SERVICE);
        refused(() -> property.assignCompany(compound, options.get(1).id(), TODAY.plusDays(1)), "since",
                "gov.error.future");
        assertThat(property.serviceHistory(compound)).singleElement()
                .satisfies(s -> assertThat(s.since()).isEqualTo(PropertyService.EARLIEST_SERVICE));
    }
}
