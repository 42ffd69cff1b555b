package cn.haitang.console.funds;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.security.CurrentUser;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public disclosure (资金公示) of a fund for a period: the opening balance, every posted movement in
 * date order (a donor who asked to stay anonymous is never named: the name is not even read), the totals
 * and the closing balance; as a page to print and as an Excel sheet.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureService {

    private final FundService funds;
    private final FundsQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    DisclosureService(FundService funds, FundsQueries queries, CurrentUser currentUser, Clock clock) {
        this.funds = funds;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Disclosure disclosure(long fundId, LocalDate from, LocalDate to) {
        FundRow fund = funds.fund(fundId);
        LocalDate start = FieldChecks.date("from", from, FieldChecks.EARLIEST_RECORD, LocalDate.now(clock));
        if (to.isBefore(start)) {
            throw RuleViolationException.atField("to", "funds.error.periodOrder");
        }
        BigDecimal opening = queries.balanceBefore(fundId, start);
        List<DisclosureLine> lines = queries.disclosureLines(fundId, start, to);
        BigDecimal income = lines.stream().filter(l -> l.kind().isIncome())
                .map(l -> l.incoming() ? l.amount() : l.amount().negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spending = lines.stream().filter(l -> !l.kind().isIncome())
                .map(l -> l.incoming() ? l.amount().negate() : l.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Disclosure(fund, start, to, opening, income, spending, opening.add(income).subtract(spending), lines);
    }

    /** The disclosure as an Excel sheet; returns the number of movement rows. */
    public int exportDisclosure(long fundId, LocalDate from, LocalDate to, OutputStream out, Locale locale) {
        Disclosure d = disclosure(fundId, from, to);
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("funds.disclosure.sheet", "funds.movement.date",
                    "funds.movement.kind", "funds.movement.income", "funds.movement.spending", "funds.movement.counterparty",
                    "funds.movement.purpose", "funds.movement.project");
            for (DisclosureLine l : d.lines()) {
                BigDecimal signed = l.incoming() ? l.amount() : l.amount().negate();
                String kind = excel.t("funds.kind." + l.kind()) + (l.reversal() ? " " + excel.t("funds.movement.reversalMark") : "");
                sheet.row(l.movedOn(), kind, l.kind().isIncome() ? signed : null, l.kind().isIncome() ? null : signed.negate(),
                        counterparty(l, excel), l.purpose(), l.projectTitle());
            }
            sheet.footer(excel.t("funds.disclosure.footer", d.fund().name(), d.from(), d.to(), d.opening().toPlainString(),
                    d.income().toPlainString(), d.spending().toPlainString(), d.closing().toPlainString(),
                    currentUser.require().getUsername()));
            excel.write(out);
            return d.lines().size();
        }
    }

    /** The counterparty as the public may read it. */
    public static String counterparty(DisclosureLine line, ExcelWriter excel) {
        return line.counterparty().isEmpty() ? excel.t("funds.anonymousDonor") : line.counterparty();
    }
}
