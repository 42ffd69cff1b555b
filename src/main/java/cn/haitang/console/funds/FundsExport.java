package cn.haitang.console.funds;

import cn.haitang.console.base.db.Pages;
import cn.haitang.console.base.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funds' lists as workbooks: exactly the rows the caller's filter shows, read page by page through the
 * services that list them (so a coordinator's export holds only what their list holds, a ledger only when they
 * may open that fund). Amounts are written as numbers, so a treasurer can sum them in Excel.
 */
@Service
public class FundsExport {

    private final FundService funds;
    private final LedgerService ledger;
    private final ProposalService projects;

    FundsExport(FundService funds, LedgerService ledger, ProposalService projects) {
        this.funds = funds;
        this.ledger = ledger;
        this.projects = projects;
    }

    /** The funds of the list with their balance, income, spending and movements awaiting approval. */
    @Transactional(readOnly = true)
    public int funds(FundFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("funds.export.fundsSheet", "funds.fund.name", "funds.fund.kind",
                    "funds.town", "funds.community", "funds.fund.custodian", "funds.fund.openedOn", "funds.fund.balance",
                    "funds.fund.income", "funds.fund.spending", "funds.fund.pending");
            Pages.forEach(page -> funds.listFunds(filter, page), Sort.unsorted(), f -> sheet.row(f.name(),
                    excel.t("funds.fundKind." + f.kind()), f.townName(), f.communityName(), f.custodian(), f.openedOn(),
                    f.balance(), f.income(), f.spending(), f.pending()));
            excel.write(out);
            return sheet.rows();
        }
    }

    /** One fund's movements as the ledger's filter shows them, income and spending in their own columns. */
    @Transactional(readOnly = true)
    public int ledger(long fundId, MovementFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("funds.export.ledgerSheet", "funds.movement.date",
                    "funds.movement.kind", "funds.movement.income", "funds.movement.spending", "funds.movement.counterparty",
                    "funds.movement.purpose", "funds.movement.status", "funds.movement.recordedBy",
                    "funds.movement.approvedBy", "funds.movement.vouchers");
            Pages.forEach(page -> ledger.movements(fundId, filter, page), Sort.unsorted(), m -> sheet.row(m.movedOn(),
                    excel.t("funds.kind." + m.kind()) + (m.reversesId() == null ? "" : excel.t("funds.movement.reversalMark")),
                    m.incoming() ? m.amount() : null, m.incoming() ? null : m.amount(),
                    m.counterparty() + (m.anonymous() ? "（" + excel.t("funds.movement.anonymous") + "）" : ""), m.purpose(),
                    excel.t("funds.status." + m.status()), m.recordedBy(), m.approvedBy(), m.vouchers()));
            excel.write(out);
            return sheet.rows();
        }
    }

    /** The proposals and projects of the list: what they asked for and were granted, score, progress, spending. */
    @Transactional(readOnly = true)
    public int projects(ProjectFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("funds.export.projectsSheet", "funds.contest.year",
                    "funds.project.title", "funds.town", "funds.community", "funds.project.state", "funds.project.score",
                    "funds.project.requested", "funds.project.grant", "funds.project.spent", "funds.project.income",
                    "funds.project.progress", "funds.project.late");
            Pages.forEach(page -> projects.list(filter, page), Sort.unsorted(), p -> sheet.row(p.year(), p.title(),
                    p.townName(), p.communityName(), excel.t("funds.state." + p.state()), p.score(), p.requested(),
                    p.grantAmount(), p.spent(), p.income(), ExcelWriter.Percent.of(p.progress(), 100), p.lateMilestones()));
            excel.write(out);
            return sheet.rows();
        }
    }
}
