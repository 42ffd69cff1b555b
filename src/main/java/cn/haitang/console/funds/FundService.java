package cn.haitang.console.funds;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funds themselves: the list with balances, opening a fund and keeping its custody details, and a
 * fund's figures by month and by kind. Coordinators manage their own town's community funds and read the
 * city's special fund, which only the city admins write to.
 */
@Service
@Transactional
public class FundService {

    private final FundRepository funds;
    private final FundsQueries queries;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    FundService(FundRepository funds, FundsQueries queries, RegionService region, CurrentUser currentUser, Clock clock) {
        this.funds = funds;
        this.queries = queries;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    /** The caller's funds; a coordinator's list has the city fund (read-only to them) beside their town's. */
    public List<FundRow> listFunds(FundFilter filter, Pageable page) {
        Scope scope = currentUser.scope();
        return queries.funds(filter, FundsChecks.town(scope, filter.townId()), !scope.isAdmin(), page);
    }

    @Transactional(readOnly = true)
    public long countFunds(FundFilter filter) {
        Scope scope = currentUser.scope();
        return queries.countFunds(filter, FundsChecks.town(scope, filter.townId()), !scope.isAdmin());
    }

    @Transactional(readOnly = true)
    public FundRow fund(long id) {
        load(id);
        return queries.fund(id);
    }

    /**
     * Whether the caller may record, approve and reverse movements of the fund and change its details (a
     * coordinator reads the city fund but never writes to it); views hide their write buttons by it.
     */
    @Transactional(readOnly = true)
    public boolean writable(long id) {
        return FundsChecks.writable(currentUser.scope(), load(id));
    }

    /** The funds the caller may work on, for pickers; {@code communityOnly} leaves the city fund out. */
    @Transactional(readOnly = true)
    public List<Option> fundOptions(boolean communityOnly) {
        return queries.fundOptions(currentUser.scope().townFilter(), communityOnly);
    }

    @Transactional(readOnly = true)
    public FundFacts facts(long fundId) {
        load(fundId);
        return queries.facts(fundId);
    }

    /** Income and spending by month over a period. */
    @Transactional(readOnly = true)
    public List<AmountLine> monthly(long fundId, LocalDate from, LocalDate to) {
        load(fundId);
        return queries.monthly(fundId, from, to);
    }

    /** Income by source and spending by purpose over a period. */
    @Transactional(readOnly = true)
    public List<AmountLine> byKind(long fundId, LocalDate from, LocalDate to) {
        load(fundId);
        return queries.byKind(fundId, from, to);
    }

    /** Opens a fund: a community's (its town's coordinator or an admin), or the city's (admins only). */
    public long openFund(FundForm form) {
        Scope scope = currentUser.scope();
        Long communityId = form.communityId();
        if (communityId == null) {
            scope.requireAdmin();
            return funds.save(new Fund(FundKind.CITY, null, null, valid(form, 0))).requireId();
        }
        CommunityRef community = region.community(communityId);
        scope.requireTown(community.townId());
        if (funds.existsByCommunityId(communityId)) {
            throw RuleViolationException.atField("communityId", "funds.error.communityHasFund", community.name());
        }
        return funds.save(new Fund(FundKind.COMMUNITY, community.townId(), communityId, valid(form, 0))).requireId();
    }

    /** Changes a fund's custody details and threshold; its kind and community never change. */
    public void updateFund(long id, long seenVersion, FundForm form) {
        Fund fund = load(id);
        FundsChecks.requireWritable(currentUser.scope(), fund);
        StaleEditException.check(seenVersion, fund.getVersion());
        fund.describe(valid(form, id));
        funds.flush();
    }

    /** The fund, if the caller may read it (writes check {@link FundsChecks#requireWritable} as well). */
    Fund load(long id) {
        Fund fund = funds.findById(id).orElseThrow(FundsChecks::notFound);
        FundsChecks.requireReadable(currentUser.scope(), fund);
        return fund;
    }

    private FundForm valid(FundForm form, long id) {
        String name = FieldChecks.text("name", form.name(), 100);
        if (funds.existsByNameAndIdNot(name, id)) {
            throw RuleViolationException.atField("name", "funds.error.duplicateName", name);
        }
        String custodian = FieldChecks.text("custodian", form.custodian(), 100);
        String account = FieldChecks.text("bankAccount", form.bankAccount(), 64);
        LocalDate opened = FieldChecks.pastRecord("openedOn", form.openedOn(), LocalDate.now(clock));
        BigDecimal threshold = FieldChecks.decimal("approvalThreshold", form.approvalThreshold(), BigDecimal.ZERO,
                FundsChecks.MAX_AMOUNT, 2);
        return new FundForm(form.communityId(), name, custodian, account, opened, threshold);
    }
}
