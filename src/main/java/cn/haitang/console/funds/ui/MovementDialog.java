package cn.haitang.console.funds.ui;

import cn.haitang.console.base.ui.AttachmentUpload;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.funds.LedgerService;
import cn.haitang.console.funds.MovementRow;
import cn.haitang.console.funds.MovementStatus;
import cn.haitang.console.funds.VoucherContent;
import cn.haitang.console.funds.VoucherRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.jspecify.annotations.Nullable;

/**
 * One movement: its details, who recorded and approved it, its vouchers (download, upload through the
 * shared {@link AttachmentUpload}), and — as the case may be — approve or reject (a second person), or
 * reverse with a reason (confirmed). Nothing here deletes a movement.
 */
class MovementDialog extends Dialog {

    private final LedgerService ledger;
    private final MovementRow row;
    private final Runnable onChanged;
    final Grid<VoucherRow> vouchers;
    final AttachmentUpload upload;
    final Button approve = new Button();
    final Button reject = new Button();
    final Button reverse = new Button();

    /** {@code writable}: whether the caller may act on the fund (a coordinator only reads the city fund). */
    MovementDialog(LedgerService ledger, MovementRow row, boolean writable, Runnable onChanged) {
        this.ledger = ledger;
        this.row = row;
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("funds.kind." + row.kind()) + " · " + FundsUi.money(row.signedAmount()));
        setWidth("min(760px, 96vw)");
        FormLayout details = new FormLayout();
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        details.addFormItem(new Span(Formats.date(row.movedOn())), getTranslation("funds.movement.date"));
        details.addFormItem(FundsUi.statusBadge(this, row.status()), getTranslation("funds.movement.status"));
        details.addFormItem(new Span(row.counterparty() + (row.anonymous() ? " · " + getTranslation("funds.movement.anonymous") : "")),
                getTranslation("funds.movement.counterparty"));
        details.addFormItem(new Span(row.purpose()), getTranslation("funds.movement.purpose"));
        if (row.projectTitle() != null) {
            details.addFormItem(new Span(row.projectTitle()), getTranslation("funds.movement.project"));
        }
        if (row.sceneName() != null) {
            details.addFormItem(new Span(row.sceneName()), getTranslation("funds.movement.scene"));
        }
        details.addFormItem(new Span(row.recordedBy() + " · " + Formats.dateTime(row.recordedAt())),
                getTranslation("funds.movement.recordedBy"));
        details.addFormItem(new Span(row.approvedBy() == null ? getTranslation("funds.movement.noApproval") : row.approvedBy()),
                getTranslation("funds.movement.approvedBy"));
        if (row.reason() != null) {
            details.addFormItem(new Span(row.reason()), getTranslation("funds.movement.reason"));
        }
        vouchers = FundsUi.grid(this);
        vouchers.addColumn(VoucherRow::fileName).setHeader(getTranslation("funds.movement.vouchers")).setFlexGrow(2);
        vouchers.addColumn(v -> Formats.dateTime(v.uploadedAt()) + " " + v.uploadedBy()).setAutoWidth(true);
        vouchers.addComponentColumn(this::download).setAutoWidth(true);
        vouchers.setHeight("150px");
        vouchers.setItems(ledger.vouchers(row.id()));
        upload = new AttachmentUpload("funds.voucher.upload",
                (fileName, contentType, content) -> ledger.addVoucher(row.id(), fileName, contentType, content),
                () -> {
                    vouchers.setItems(ledger.vouchers(row.id()));
                    onChanged.run();
                });
        upload.setVisible(writable);
        add(details, new H4(getTranslation("funds.movement.vouchers")), vouchers, upload);

        approve.setText(getTranslation("funds.movement.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> act(() -> ledger.approve(row.id(), row.version()), "funds.movement.approved"));
        reject.setText(getTranslation("funds.movement.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> Confirm.ask(getTranslation("funds.movement.reject"), getTranslation("funds.movement.rejectText"),
                getTranslation("funds.movement.reject"),
                () -> act(() -> ledger.reject(row.id(), row.version()), "funds.movement.rejected")));
        reverse.setText(getTranslation("funds.movement.reverse"));
        reverse.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        reverse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reverse.addClickListener(e -> openReverse());
        boolean pending = row.status() == MovementStatus.PENDING;
        approve.setVisible(writable && pending);
        reject.setVisible(writable && pending);
        reverse.setVisible(writable && row.status() == MovementStatus.POSTED && row.reversesId() == null
                && row.reversedById() == null);
        getFooter().add(reverse, new Button(getTranslation("action.close"), e -> close()), reject, approve);
    }

    private Anchor download(VoucherRow v) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            VoucherContent content = ledger.voucherContent(v.id());
            event.setFileName(content.fileName());
            event.setContentType(content.contentType());
            event.getOutputStream().write(content.content());
        }, getTranslation("funds.voucher.download"));
        return link;
    }

    private void act(Runnable call, String doneKey) {
        if (FundsUi.attempt(call)) {
            Notifications.success(getTranslation(doneKey));
            close();
            onChanged.run();
        }
    }

    /** The reversal asks for its reason; the dialog is the confirmation. */
    @Nullable FormDialog openReverse() {
        FormDialog dialog = new FormDialog(getTranslation("funds.movement.reverseTitle"));
        dialog.form().add(new Span(getTranslation("funds.movement.reverseText", FundsUi.money(row.amount()))));
        TextArea reason = dialog.textArea("reason", "funds.movement.reason", 200, FormDialog.Need.REQUIRED);
        dialog.saveButton().setText(getTranslation("funds.movement.reverse"));
        dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.onSave(() -> {
            ledger.reverse(row.id(), row.version(), reason.getValue());
            return getTranslation("funds.movement.reversedDone");
        }, () -> {
            close();
            onChanged.run();
        });
        dialog.open();
        return dialog;
    }
}
