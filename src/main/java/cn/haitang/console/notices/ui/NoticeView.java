package cn.haitang.console.notices.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.files.Attachments;
import cn.haitang.console.base.ui.AttachmentUpload;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.PhoneGrid;
import com.vaadin.flow.component.grid.GridVariant;
import cn.haitang.console.notices.NoticeDetail;
import cn.haitang.console.notices.NoticeExports;
import cn.haitang.console.notices.ReplyRow;
import cn.haitang.console.notices.NoticesService;
import cn.haitang.console.notices.ReceiptRow;
import cn.haitang.console.notices.TownReadCount;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One notice: its text, audience and attachments. A recipient opening it is recorded as having read it, and
 * replies (with files) when a reply is asked; the admin sees, per town and per recipient, who has and who has
 * not read it (and exports that), the replies, and adds attachments.
 */
@Route("notices")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR, Role.Names.REVIEWER})
public class NoticeView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NoticesService notices;
    private final NoticeExports exports;
    private final boolean admin;
    final Grid<ReplyRow> replies = new Grid<>();
    final TextArea replyText = new TextArea();
    final Button send = new Button();
    final Paragraph refusal = new Paragraph();
    final Div files = new Div();
    final Grid<TownReadCount> towns = new Grid<>();
    final Select<String> readFilter = new Select<>();
    final Grid<ReceiptRow> receipts = new Grid<>();
    @Nullable NoticeDetail notice;

    public NoticeView(NoticesService notices, NoticeExports exports, CurrentUser currentUser) {
        this.notices = notices;
        this.exports = exports;
        this.admin = currentUser.require().role() == Role.CITY_ADMIN;
        addClassName("ht-view");
        addClassName("ht-notice");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            notice = notices.open(id);
        } catch (RuleViolationException e) {
            notice = null;
            refusal.setText(RuleViolations.message(e));
            add(new ViewToolbar(getTranslation("error.accessDenied.title")), refusal);
            return;
        }
        NoticeDetail n = notice;
        String roles = (n.toCoordinators() ? getTranslation("notices.toCoordinators") : "")
                + (n.toCoordinators() && n.toReviewers() ? "、" : "")
                + (n.toReviewers() ? getTranslation("notices.toReviewers") : "");
        Span meta = new Span(getTranslation("notices.meta", Formats.dateTime(n.publishedAt()), (n.allTowns()
                ? getTranslation("notices.allTowns") : String.join("、", n.towns())) + " · " + roles));
        meta.addClassName("ht-notice-meta");
        Paragraph body = new Paragraph(n.body());
        body.addClassName("ht-notice-body");
        add(new ViewToolbar(n.title()), meta);
        if (n.readBy() != null) {
            add(Badges.badge(getTranslation("notices.readByOn", Formats.date(n.readBy())), Badges.Tone.WARNING));
        }
        if (n.replyBy() != null) {
            add(Badges.badge(getTranslation("notices.replyByOn", Formats.date(n.replyBy())), Badges.Tone.WARNING));
        }
        add(body, new H3(getTranslation("notices.attachments")), files);
        showFiles();
        if (admin) {
            add(new AttachmentUpload("notices.attach", Attachments.Kind.WITH_OFFICE,
                    (name, type, content) -> notices.attach(n.id(), name, type, content), this::reloadFiles));
        }
        if (n.repliesAsked()) {
            if (replies.getColumns().isEmpty()) {
                replyColumn();
            }
            add(new H3(getTranslation("notices.replies")), replies);
            if (!admin) {
                replyForm(n.id());
            }
            showReplies();
        }
        if (admin) {
            receiptsSection(n.id(), n.repliesAsked());
        }
    }

    /** The recipient's reply: its text first, then files added to the reply just sent. */
    private void replyForm(long id) {
        replyText.setLabel(getTranslation("notices.replyText"));
        replyText.setWidthFull();
        replyText.setMinHeight("6em");
        Div fileSlot = new Div();
        send.setText(getTranslation("notices.reply"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                long reply = notices.reply(id, replyText.getValue());
                replyText.clear();
                replyText.setInvalid(false);
                Notifications.success(getTranslation("notices.replySent"));
                fileSlot.removeAll();
                fileSlot.add(new AttachmentUpload("notices.replyAttach", Attachments.Kind.WITH_OFFICE,
                        (name, type, content) -> notices.attachToReply(reply, name, type, content), this::showReplies));
                showReplies();
            } catch (RuleViolationException ex) {
                replyText.setErrorMessage(RuleViolations.message(ex));
                replyText.setInvalid(true);
            }
        });
        add(replyText, send, fileSlot);
    }

    /** The replies as a paged grid (each a card: town, who, when, text, files), fetched a page at a time. */
    private void showReplies() {
        if (notice == null) {
            return;
        }
        long id = notice.id();
        replies.setItems(q -> notices.replies(id, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) notices.countReplies(id));
    }

    private void replyColumn() {
        replies.addComponentColumn(this::replyCard).setHeader(getTranslation("notices.replies"));
        replies.setEmptyStateText(getTranslation("notices.noReplies"));
        replies.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        replies.setHeight("28em");
        replies.getStyle().set("flex-shrink", "0"); // the page scrolls; the replies keep their height
        replies.setPageSize(20);
    }

    private Div replyCard(ReplyRow r) {
        Div card = new Div();
        card.addClassName("ht-notice-reply");
        Span meta = new Span(getTranslation("notices.replyMeta",
                r.townName() == null ? getTranslation("notices.noTown") : r.townName(), r.displayName(),
                Formats.dateTime(r.repliedAt())));
        meta.addClassName("ht-cell-meta");
        card.add(meta, new Paragraph(r.body()));
        for (NoticeDetail.AttachmentRow file : r.files()) {
            card.add(new Div(Downloads.file(file.fileName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB)",
                    file.fileName(), "application/octet-stream",
                    out -> out.write(notices.replyAttachment(file.id()).content()))));
        }
        return card;
    }

    private void showFiles() {
        files.removeAll();
        if (notice == null) {
            return;
        }
        if (notice.attachments().isEmpty()) {
            files.add(new Span(getTranslation("notices.noAttachments")));
        }
        for (NoticeDetail.AttachmentRow file : notice.attachments()) {
            files.add(new Div(Downloads.file(file.fileName() + " (" + Math.max(1, file.sizeBytes() / 1024) + " KB)",
                    file.fileName(), "application/octet-stream", out -> out.write(notices.attachment(file.id()).content()))));
        }
    }

    private void reloadFiles() {
        if (notice != null) {
            notice = notices.open(notice.id());
            showFiles();
        }
    }

    private void receiptsSection(long id, boolean repliesAsked) {
        towns.addColumn(t -> townName(t.townName())).setHeader(getTranslation("notices.town")).setAutoWidth(true);
        towns.addColumn(t -> getTranslation("notices.readers", t.readers(), t.recipients()))
                .setHeader(getTranslation("notices.receipts")).setAutoWidth(true);
        towns.addComponentColumn(this::readBadge).setHeader(getTranslation("notices.state")).setAutoWidth(true);
        if (repliesAsked) {
            towns.addComponentColumn(this::replyBadge).setHeader(getTranslation("notices.replied")).setAutoWidth(true);
            towns.addColumn(t -> t.lastReplyAt() == null ? "" : Formats.dateTime(t.lastReplyAt()))
                    .setHeader(getTranslation("notices.lastReplyAt")).setAutoWidth(true);
        }
        PhoneGrid.cards(towns, towns.addComponentColumn(t -> PhoneGrid.card(townName(t.townName()),
                new Object[] {getTranslation("notices.readers", t.readers(), t.recipients()), readBadge(t),
                        repliesAsked ? replyBadge(t) : null},
                repliesAsked && t.lastReplyAt() != null
                        ? getTranslation("notices.lastReplyAt") + " " + Formats.dateTime(t.lastReplyAt()) : null))
                .setHeader(getTranslation("notices.town")));
        towns.setItems(notices.readByTown(id));
        towns.setAllRowsVisible(true);

        readFilter.setLabel(getTranslation("notices.receiptFilter"));
        readFilter.setItems("all", "unread", "read");
        readFilter.setItemLabelGenerator(k -> getTranslation("notices.receiptFilter." + k));
        readFilter.setValue("all");
        readFilter.addValueChangeListener(e -> showReceipts(id));
        receipts.addColumn(r -> r.townName() == null ? getTranslation("notices.noTown") : r.townName()).setHeader(getTranslation("notices.town")).setAutoWidth(true);
        receipts.addColumn(ReceiptRow::displayName).setHeader(getTranslation("notices.reader")).setAutoWidth(true);
        receipts.addColumn(r -> getTranslation(r.role().messageKey())).setHeader(getTranslation("notices.export.role"))
                .setAutoWidth(true);
        receipts.addColumn(r -> r.readAt() == null ? getTranslation("notices.unread") : Formats.dateTime(r.readAt()))
                .setHeader(getTranslation("notices.readAt")).setAutoWidth(true);
        PhoneGrid.cards(receipts, receipts.addColumn(r -> townName(r.townName()) + " · " + r.displayName() + " · "
                + (r.readAt() == null ? getTranslation("notices.unread") : Formats.dateTime(r.readAt())))
                .setHeader(getTranslation("notices.reader")));
        receipts.setHeight("24em");
        showReceipts(id);
        java.util.Locale locale = UI.getCurrent().getLocale();
        add(new H3(getTranslation("notices.byTown")), towns, new H3(getTranslation("notices.byReader")),
                ViewToolbar.group(readFilter, Downloads.excel(getTranslation("notices.exportReceipts"),
                        "notice-" + id + "-receipts.xlsx", out -> exports.receipts(id, locale, out))),
                receipts);
    }

    private void showReceipts(long id) {
        Boolean read = switch (readFilter.getValue()) {
            case "read" -> Boolean.TRUE;
            case "unread" -> Boolean.FALSE;
            default -> null;
        };
        receipts.setItems(q -> notices.receipts(id, read, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) notices.countReceipts(id, read));
    }

    private String townName(@Nullable String name) {
        return name == null ? getTranslation("notices.noTown") : name;
    }

    private Span readBadge(TownReadCount t) {
        return t.allRead() ? Badges.badge(getTranslation("notices.townRead"), Badges.Tone.SUCCESS)
                : Badges.badge(getTranslation("notices.townUnread"), Badges.Tone.ERROR);
    }

    private Span replyBadge(TownReadCount t) {
        return t.replied() ? Badges.badge(getTranslation("notices.townReplied", t.replies()), Badges.Tone.SUCCESS)
                : Badges.badge(getTranslation("notices.townNotReplied"), Badges.Tone.WARNING);
    }

    @Override
    public String getPageTitle() {
        return (notice == null ? getTranslation("notices.nav") : notice.title()) + " · " + getTranslation("app.name");
    }
}
