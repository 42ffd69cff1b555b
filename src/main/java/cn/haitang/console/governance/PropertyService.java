package cn.haitang.console.governance;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The property service of a compound: which company serves it (a change ends the previous company's
 * service, the history stays), residents' satisfaction surveys and the fee collection per period, in
 * yuan. Scoped on every method through the compound's or the record's town.
 */
@Service
@Transactional
public class PropertyService {

    /**
     * No company served a compound before 1981, when China's first property management company was set up
     * in Shenzhen: an earlier start is a typing error.
     */
    public static final LocalDate EARLIEST_SERVICE = LocalDate.of(1981, 1, 1);
    /** People asked in one survey: more than live in the largest compound is a typing error. */
    public static final int MAX_SAMPLE = 100_000;
    /** The largest amount the fee columns hold, DECIMAL(14, 2). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final PropertyCompanyRepository companies;
    private final PropertyServiceTermRepository serviceTerms;
    private final SatisfactionSurveyRepository surveys;
    private final FeePeriodRepository fees;
    private final GovernanceQueries queries;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;

    PropertyService(PropertyCompanyRepository companies, PropertyServiceTermRepository serviceTerms,
                    SatisfactionSurveyRepository surveys, FeePeriodRepository fees, GovernanceQueries queries,
                    RegionService regions, CurrentUser currentUser, Clock clock) {
        this.companies = companies;
        this.serviceTerms = serviceTerms;
        this.surveys = surveys;
        this.fees = fees;
        this.queries = queries;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- the company serving the compound --------------------------------------------------------------

    /** Which companies served the compound, newest first (the current one has no end date). */
    @Transactional(readOnly = true)
    public List<ServiceTermRow> serviceHistory(long compoundId) {
        regions.compound(compoundId);
        return queries.serviceHistory(compoundId);
    }

    /** A company starts serving the compound; the previous one's service ends that day (history kept). */
    public long assignCompany(long compoundId, @Nullable Long companyId, @Nullable LocalDate since) {
        CompoundRef compound = regions.compound(compoundId);
        long id = FieldChecks.required("companyId", companyId);
        PropertyCompany company = companies.findById(id)
                .orElseThrow(() -> RuleViolationException.atField("companyId", "error.notFound"));
        LocalDate start = GovernanceChecks.pastDate("since", since, EARLIEST_SERVICE, today());
        Optional<PropertyServiceTerm> current = serviceTerms.findByCompoundIdAndUntilIsNull(compoundId);
        if (current.isPresent()) {
            if (current.get().getCompanyId() == id) {
                throw RuleViolationException.atField("companyId", "gov.service.error.sameCompany", company.getName());
            }
            if (!start.isAfter(current.get().getSince())) {
                throw RuleViolationException.atField("since", "gov.service.error.beforeCurrent",
                        current.get().getSince().toString());
            }
            current.get().end(start);
        }
        return serviceTerms.saveAndFlush(new PropertyServiceTerm(compoundId, compound.townId(), id, start)).requireId();
    }

    // ---- satisfaction surveys ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<SurveyRow> surveys(long compoundId) {
        regions.compound(compoundId);
        return queries.surveys(compoundId);
    }

    /** A survey on a day up to today: at most one a day, satisfied residents within the sample. */
    public long addSurvey(long compoundId, SurveyForm form) {
        CompoundRef compound = regions.compound(compoundId);
        LocalDate date = GovernanceChecks.pastRecord("surveyDate", form.surveyDate(), today());
        int sample = FieldChecks.required("sampleSize", form.sampleSize());
        if (sample <= 0) {
            throw RuleViolationException.atField("sampleSize", "gov.survey.error.sample");
        }
        FieldChecks.integer("sampleSize", sample, 1, MAX_SAMPLE);
        int satisfied = FieldChecks.required("satisfied", form.satisfied());
        if (satisfied < 0 || satisfied > sample) {
            throw RuleViolationException.atField("satisfied", "gov.survey.error.satisfied", sample);
        }
        if (queries.surveyOn(compoundId, date)) {
            throw RuleViolationException.atField("surveyDate", "gov.survey.error.sameDay");
        }
        return surveys.saveAndFlush(new SatisfactionSurvey(compoundId, compound.townId(), date, sample, satisfied))
                .requireId();
    }

    public void deleteSurvey(long surveyId, long version) {
        SatisfactionSurvey survey = GovernanceChecks.inScope(surveys.findById(surveyId), SatisfactionSurvey::getTownId,
                currentUser.scope());
        StaleEditException.check(version, survey.getVersion());
        surveys.delete(survey);
        surveys.flush();
    }

    // ---- fee collection ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<FeeRow> fees(long compoundId) {
        regions.compound(compoundId);
        return queries.fees(compoundId);
    }

    /** The latest day a fee period may start: fees are billed at most a year ahead. */
    public static LocalDate latestFeeStart(LocalDate today) {
        return today.plusYears(1);
    }

    /** The latest day a fee period may end: a period billed a year ahead runs for up to a year more. */
    public static LocalDate latestFeeEnd(LocalDate today) {
        return today.plusYears(2);
    }

    /** A period that does not overlap another of the compound, with what is due (more than 0) and collected. */
    public long addFeePeriod(long compoundId, FeeForm form) {
        CompoundRef compound = regions.compound(compoundId);
        LocalDate start = FieldChecks.required("periodStart", form.periodStart());
        LocalDate end = FieldChecks.required("periodEnd", form.periodEnd());
        FieldChecks.date("periodStart", start, FieldChecks.EARLIEST_RECORD, latestFeeStart(today()));
        FieldChecks.date("periodEnd", end, FieldChecks.EARLIEST_RECORD, latestFeeEnd(today()));
        if (end.isBefore(start)) {
            throw RuleViolationException.atField("periodEnd", "gov.fee.error.periodOrder");
        }
        BigDecimal due = money("due", form.due());
        if (due.signum() == 0) {
            throw RuleViolationException.atField("due", "gov.fee.error.due");
        }
        BigDecimal collected = collected(form.collected(), due);
        if (queries.feePeriodOverlaps(compoundId, start, end)) {
            throw RuleViolationException.atField("periodStart", "gov.fee.error.overlap");
        }
        return fees.saveAndFlush(new FeePeriod(compoundId, compound.townId(), start, end, due, collected)).requireId();
    }

    /** Updates what has been collected so far in a period. */
    public void recordCollected(long feeId, long version, @Nullable BigDecimal collected) {
        FeePeriod fee = GovernanceChecks.inScope(fees.findById(feeId), FeePeriod::getTownId, currentUser.scope());
        StaleEditException.check(version, fee.getVersion());
        fee.record(collected(collected, fee.getDue()));
        fees.flush();
    }

    public void deleteFeePeriod(long feeId, long version) {
        FeePeriod fee = GovernanceChecks.inScope(fees.findById(feeId), FeePeriod::getTownId, currentUser.scope());
        StaleEditException.check(version, fee.getVersion());
        fees.delete(fee);
        fees.flush();
    }

    /** An amount in yuan: not negative, at most two decimals, within the column. */
    private static BigDecimal money(String field, @Nullable BigDecimal amount) {
        BigDecimal value = FieldChecks.required(field, amount);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
            throw RuleViolationException.atField(field, "gov.fee.error.amount");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal collected(@Nullable BigDecimal collected, BigDecimal due) {
        BigDecimal amount = money("collected", collected);
        if (amount.compareTo(due) > 0) {
            throw RuleViolationException.atField("collected", "gov.fee.error.collected", due.toPlainString());
        }
        return amount;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
