package cn.haitang.console.funds.ui;

import cn.haitang.console.base.ui.ImportDialog;
import cn.haitang.console.funds.FundRow;
import cn.haitang.console.funds.MovementImportService;
import java.util.List;

/**
 * The import of a fund's movements in the shared import dialog: every row is recorded through the ledger's
 * own rules, so a row the ledger refuses (an overdraft, a date before the fund opened) is listed at its cell.
 */
class MovementImportDialog extends ImportDialog {

    MovementImportDialog(MovementImportService imports, FundRow fund, Runnable onImported) {
        super(Importer.of((out, locale) -> imports.template(fund.id(), out, locale), file -> imports.preview(fund.id(), file),
                (file, fileName) -> imports.importFile(fund.id(), file)), texts(fund), onImported);
    }

    private static Texts texts(FundRow fund) {
        return new Texts("funds.import.title", List.of(fund.name()), "funds.import.help", "funds.import.upload",
                "movements-template.xlsx", "funds.import.failed", "funds.import.done", saved -> new Object[] {saved.created()});
    }
}
