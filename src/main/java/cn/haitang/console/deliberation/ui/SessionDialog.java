package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AttachmentUpload;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.deliberation.Option;
import cn.haitang.console.deliberation.PhotoContent;
import cn.haitang.console.deliberation.PhotoRow;
import cn.haitang.console.deliberation.PlatformService;
import cn.haitang.console.deliberation.SessionForm;
import cn.haitang.console.deliberation.SessionRow;
import cn.haitang.console.deliberation.SessionService;
import cn.haitang.console.deliberation.TopicOutcome;
import cn.haitang.console.deliberation.TopicRow;
import cn.haitang.console.deliberation.TopicService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Records or edits a session: platform (a 逢五 platform proposes its latest 5th/15th/25th), date, host, attendance by
 * kind, minutes. A recorded session also lists its topics with their outcome (a board topic shows its matter's
 * state), takes new topics, and holds photos and sign-in sheets.
 */
class SessionDialog extends FormDialog {

    private final SessionService sessions;
    private final TopicService topics;
    private final AreaDirectory areas;
    private final LocalDate today;
    private final Runnable onSaved;
    final ComboBox<Option> platform;
    final DatePicker heldOn;
    final TextField host;
    final IntegerField residents;
    final IntegerField partyMembers;
    final IntegerField ownersCommittee;
    final IntegerField propertyCompany;
    final IntegerField institutions;
    final TextArea minutes;
    final Grid<TopicRow> topicGrid;
    final Button addTopic = new Button();
    @Nullable AttachmentUpload upload;
    private @Nullable SessionRow existing;
    private @Nullable Long created;

    SessionDialog(SessionService sessions, TopicService topics, PlatformService platforms, AreaDirectory areas,
                  @Nullable SessionRow existing, LocalDate today, Runnable onSaved, Consumer<Long> reopen) {
        super(DelibUi.t(existing == null ? "delib.session.new" : "delib.session.edit"));
        this.sessions = sessions;
        this.topics = topics;
        this.areas = areas;
        this.today = today;
        this.onSaved = onSaved;
        this.existing = existing;
        setWidth("min(900px, 96vw)");
        platform = combo("platformId", "delib.platform", platforms.options(), Option::name, Need.REQUIRED);
        heldOn = date("heldOn", "delib.session.heldOn", FieldChecks.EARLIEST_RECORD, today, Need.REQUIRED);
        host = text("host", "delib.session.host", 32, Need.REQUIRED);
        residents = integer("residents", "delib.session.residents", 0, 5000, Need.REQUIRED);
        partyMembers = integer("partyMembers", "delib.session.partyMembers", 0, 5000, Need.REQUIRED);
        ownersCommittee = integer("ownersCommittee", "delib.session.ownersCommittee", 0, 5000, Need.REQUIRED);
        propertyCompany = integer("propertyCompany", "delib.session.propertyCompany", 0, 5000, Need.REQUIRED);
        institutions = integer("institutions", "delib.session.institutions", 0, 5000, Need.REQUIRED);
        minutes = textArea("minutes", "delib.session.minutes", 4000, Need.REQUIRED);
        topicGrid = DelibUi.grid(this);
        if (existing == null) {
            platform.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    LocalDate proposed = platforms.proposedDate(e.getValue().id());
                    heldOn.setValue(proposed);
                    heldOn.setHelperText(proposed.getDayOfMonth() % 10 == 5
                            ? getTranslation("delib.session.proposed", Formats.date(proposed)) : null);
                }
            });
            for (IntegerField f : new IntegerField[]{residents, partyMembers, ownersCommittee, propertyCompany, institutions}) {
                f.setValue(0);
            }
        } else {
            platform.getListDataView().getItems().filter(o -> o.id() == existing.platformId()).findFirst()
                    .ifPresent(platform::setValue);
            heldOn.setValue(existing.heldOn());
            host.setValue(existing.host());
            residents.setValue(existing.residents());
            partyMembers.setValue(existing.partyMembers());
            ownersCommittee.setValue(existing.ownersCommittee());
            propertyCompany.setValue(existing.propertyCompany());
            institutions.setValue(existing.institutions());
            minutes.setValue(existing.minutes());
            add(topicSection(existing), photoSection(existing.id()));
            Button delete = new Button(getTranslation("delib.delete"), VaadinIcon.TRASH.create(), e -> Confirm.ask(
                    getTranslation("delib.session.delete.title"), getTranslation("delib.session.delete.text"),
                    getTranslation("delib.delete"), () -> {
                        if (DelibUi.attempt(() -> sessions.delete(existing.id(), existing.version()))) {
                            Notifications.success(getTranslation("delib.deleted"));
                            close();
                            onSaved.run();
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
        onSave(() -> {
            SessionForm form = new SessionForm(platform.getValue() == null ? null : platform.getValue().id(),
                    heldOn.getValue(), host.getValue(), residents.getValue(), partyMembers.getValue(),
                    ownersCommittee.getValue(), propertyCompany.getValue(), institutions.getValue(), minutes.getValue());
            if (existing == null) {
                created = sessions.record(form);
            } else {
                sessions.update(existing.id(), existing.version(), form);
            }
            return getTranslation("delib.saved");
        }, () -> {
            onSaved.run();
            if (created != null) {
                // the new session opens again at once to take its topics
                reopen.accept(created);
            }
        });
    }

    private Div topicSection(SessionRow session) {
        topicGrid.addColumn(TopicRow::title).setHeader(getTranslation("delib.topic.title")).setFlexGrow(2);
        topicGrid.addComponentColumn(t -> DelibUi.outcome(t, today)).setHeader(getTranslation("delib.topic.outcome"))
                .setWidth("220px").setFlexGrow(0);
        topicGrid.addColumn(t -> t.dueOn() == null ? DelibUi.orEmpty(t.result()) : Formats.date(t.dueOn())
                + (t.result() == null ? "" : " " + t.result())).setHeader(getTranslation("delib.topic.result")).setFlexGrow(1);
        topicGrid.addComponentColumn(t -> actions(session, t)).setAutoWidth(true);
        topicGrid.setAllRowsVisible(true);
        refreshTopics(session.id());
        addTopic.setText(getTranslation("delib.topic.new"));
        addTopic.setIcon(VaadinIcon.PLUS.create());
        addTopic.addClickListener(e -> newTopic(session.id()));
        return new Div(new H4(getTranslation("delib.topics")), topicGrid, addTopic);
    }

    private Component actions(SessionRow session, TopicRow topic) {
        HorizontalLayout cell = new HorizontalLayout();
        if (topic.outcome() == TopicOutcome.PENDING) {
            Button decide = new Button(getTranslation("delib.topic.decide"), e -> openDecision(session, topic));
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            decide.addClassName("delib-decide");
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> Confirm.ask(getTranslation("delib.topic.delete.title"),
                    getTranslation("delib.topic.delete.text"), getTranslation("delib.delete"), () -> {
                        if (DelibUi.attempt(() -> topics.delete(topic.id(), topic.version()))) {
                            refreshTopics(session.id());
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setTooltipText(getTranslation("delib.delete"));
            cell.add(decide, delete);
        } else if (topic.outcome() == TopicOutcome.COMMUNITY && topic.resolvedOn() == null) {
            Button result = new Button(getTranslation("delib.topic.recordResult"),
                    e -> ResultDialog.open(topics, topic, () -> refreshTopics(session.id())));
            result.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(result);
        }
        return cell;
    }

    TopicDialog openDecision(SessionRow session, TopicRow topic) {
        TopicDialog dialog = new TopicDialog(topics, areas, session, topic, today, () -> {
            refreshTopics(session.id());
            onSaved.run();
        });
        dialog.open();
        return dialog;
    }

    FormDialog newTopic(long sessionId) {
        FormDialog dialog = new FormDialog(getTranslation("delib.topic.new"));
        TextField title = dialog.text("title", "delib.topic.title", 100, Need.REQUIRED);
        TextArea description = dialog.textArea("description", "delib.topic.description", 1000, Need.OPTIONAL);
        dialog.onSave(() -> {
            topics.raise(sessionId, title.getValue(), description.getValue());
            return getTranslation("delib.saved");
        }, () -> {
            refreshTopics(sessionId);
            onSaved.run();
        });
        dialog.open();
        return dialog;
    }

    void refreshTopics(long sessionId) {
        topicGrid.setItems(topics.topicsOf(sessionId));
    }

    private Div photoSection(long sessionId) {
        Grid<PhotoRow> photos = DelibUi.grid(this);
        photos.addColumn(PhotoRow::fileName).setHeader(getTranslation("delib.session.photos")).setFlexGrow(2);
        photos.addColumn(p -> Formats.dateTime(p.uploadedAt()) + " " + p.uploadedBy()).setAutoWidth(true);
        photos.addComponentColumn(p -> {
            Anchor download = new Anchor((DownloadHandler) event -> {
                PhotoContent content = sessions.photo(p.id());
                event.setFileName(content.fileName());
                event.setContentType(content.contentType());
                event.getOutputStream().write(content.content());
            }, p.fileName());
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
                if (DelibUi.attempt(() -> sessions.deletePhoto(p.id()))) {
                    photos.setItems(sessions.photos(sessionId));
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setTooltipText(getTranslation("delib.delete"));
            return new HorizontalLayout(download, delete);
        }).setAutoWidth(true);
        photos.setHeight("140px");
        photos.setItems(sessions.photos(sessionId));
        AttachmentUpload files = new AttachmentUpload("delib.session.upload",
                (fileName, contentType, content) -> sessions.addPhoto(sessionId, fileName, contentType, content),
                () -> photos.setItems(sessions.photos(sessionId)));
        upload = files;
        return new Div(new H4(getTranslation("delib.session.photos")), photos, files);
    }

    @Nullable SessionRow session() {
        return existing;
    }

}
