package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.ImportDialog;
import cn.haitang.console.pairing.ReportImportService;
import java.util.List;

/** The import of reporting people in the shared import dialog: a person already reported (same ID number) is updated. */
class ReportImportDialog extends ImportDialog {

    ReportImportDialog(ReportImportService imports, Runnable onImported) {
        super(Importer.of(imports::template, imports::preview, imports::importFile), new Texts("pairing.import.title",
                List.of(), "pairing.import.help", "pairing.import.upload", "reports-template.xlsx", "pairing.import.failed", "pairing.import.done", saved -> new Object[] {saved.created(), saved.updated()}),
                onImported);
    }
}
