package cn.haitang.console.circle;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.db.Window;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.security.CurrentUser;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions held by a scene: when, how many took part (人次), who served among the volunteers and
 * in-service members reported to the scene's community. Person-times and volunteer hours are sums of
 * these records (the database keeps them per scene and month as the records are written).
 */
@Service
@Transactional
public class ServiceRecordService {

    public static final int MAX_PARTICIPANTS = 100_000;
    private static final int EXPORT_PAGE = 2000;

    private final ServiceRecordRepository records;
    private final ServiceRecordPersonRepository people;
    private final CirclePhotoRepository photos;
    private final SceneService scenes;
    private final CircleQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ServiceRecordService(ServiceRecordRepository records, ServiceRecordPersonRepository people, CirclePhotoRepository photos,
                         SceneService scenes, CircleQueries queries, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.people = people;
        this.photos = photos;
        this.scenes = scenes;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sessions, newest first; a page near the end is read from the other end, as fast as the first. */
    @Transactional(readOnly = true)
    public List<RecordRow> list(RecordFilter filter, long offset, int limit) {
        return list(filter, Window.of(offset, limit));
    }

    /** As above, with the grid's count carried in the window (LazyGrids), so a deep page does not count again. */
    @Transactional(readOnly = true)
    public List<RecordRow> list(RecordFilter filter, Window window) {
        Optional<Long> town = scoped(filter);
        long total = window.size() >= 0 ? window.size()
                : window.offset() == 0 ? Long.MAX_VALUE : queries.countRecords(filter, town);
        return queries.records(filter, town, window.offset(), window.limit(), total);
    }

    @Transactional(readOnly = true)
    public long count(RecordFilter filter) {
        return queries.countRecords(filter, scoped(filter));
    }

    private Optional<Long> scoped(RecordFilter filter) {
        Optional<Long> town = CircleChecks.town(currentUser.scope(), filter.townId());
        if (filter.sceneId() != null) {
            scenes.load(filter.sceneId());
        }
        return town;
    }

    @Transactional(readOnly = true)
    public RecordRow record(long id) {
        load(id);
        return queries.record(id);
    }

    @Transactional(readOnly = true)
    public RecordForm form(long id) {
        load(id);
        RecordRow r = queries.record(id);
        return new RecordForm(r.sceneId(), r.heldOn(), r.startsAt(), r.endsAt(), r.participants(), r.overCapacity(),
                r.note(), queries.serversOf(id));
    }

    /** The volunteers and in-service members reported to the scene's community, who may be named as serving. */
    @Transactional(readOnly = true)
    public List<ServerOption> serverOptions(long sceneId) {
        return queries.serverOptions(scenes.load(sceneId).getCommunityId());
    }

    /** Records a session of a running scene. */
    public long create(RecordForm form) {
        Scene scene = scenes.load(form.sceneId());
        if (scene.getState() != SceneState.RUNNING) {
            throw RuleViolationException.atField("sceneId", "circle.error.record.notRunning");
        }
        RecordForm valid = valid(form, scene);
        ServiceRecord record = records.save(new ServiceRecord(scene.requireId(), scene.getTownId(), valid));
        savePeople(record.requireId(), valid.reportIds());
        return record.requireId();
    }

    public void update(long id, long seenVersion, RecordForm form) {
        ServiceRecord record = load(id);
        StaleEditException.check(seenVersion, record.getVersion());
        Scene scene = scenes.load(record.getSceneId());
        RecordForm valid = valid(new RecordForm(record.getSceneId(), form.heldOn(), form.startsAt(), form.endsAt(),
                form.participants(), form.overCapacityReason(), form.note(), form.reportIds()), scene);
        people.deleteAll(people.findByRecordId(id));
        people.flush();
        record.describe(valid);
        records.flush();
        savePeople(id, valid.reportIds());
    }

    public void delete(long id, long seenVersion) {
        ServiceRecord record = load(id);
        StaleEditException.check(seenVersion, record.getVersion());
        people.deleteAll(people.findByRecordId(id));
        photos.deleteAll(photos.findByRecordId(id));
        people.flush();
        photos.flush();
        records.delete(record);
        records.flush();
    }

    private ServiceRecord load(long id) {
        ServiceRecord record = records.findById(id).orElseThrow(CircleChecks::notFound);
        currentUser.scope().requireTown(record.getTownId());
        return record;
    }

    private void savePeople(long recordId, List<Long> reportIds) {
        reportIds.forEach(r -> people.save(new ServiceRecordPerson(recordId, r)));
        people.flush();
    }

    /**
     * A date from {@link FieldChecks#EARLIEST_RECORD} to today and times whose end follows the start and
     * has passed (a session still to come is not "held"); 1 to {@link #MAX_PARTICIPANTS} participants, a
     * reason when more came than the scene's capacity; the people named must be reported to the scene's
     * community.
     */
    private RecordForm valid(RecordForm form, Scene scene) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate heldOn = FieldChecks.required("heldOn", form.heldOn());
        if (heldOn.isAfter(now.toLocalDate())) {
            throw RuleViolationException.atField("heldOn", "circle.error.record.future");
        }
        FieldChecks.pastRecord("heldOn", heldOn, now.toLocalDate());
        LocalTime starts = FieldChecks.required("startsAt", form.startsAt());
        LocalTime ends = FieldChecks.required("endsAt", form.endsAt());
        if (!ends.isAfter(starts)) {
            throw RuleViolationException.atField("endsAt", "circle.error.record.order");
        }
        if (heldOn.equals(now.toLocalDate()) && ends.isAfter(now.toLocalTime())) {
            throw RuleViolationException.atField("endsAt", "circle.error.record.future");
        }
        int participants = FieldChecks.integer("participants", form.participants(), 1, MAX_PARTICIPANTS);
        String reason = FieldChecks.optionalText("overCapacityReason", form.overCapacityReason(), 200);
        if (participants > scene.getCapacity() && reason == null) {
            throw RuleViolationException.atField("overCapacityReason", "circle.error.record.overCapacity",
                    scene.getCapacity());
        }
        if (participants <= scene.getCapacity()) {
            reason = null;
        }
        String note = FieldChecks.optionalText("note", form.note(), 500);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(form.reportIds()));
        if (queries.reportedTo(scene.getCommunityId(), ids).size() != ids.size()) {
            throw RuleViolationException.atField("reportIds", "circle.error.record.notReported");
        }
        return new RecordForm(scene.requireId(), heldOn, starts, ends, participants, reason, note, ids);
    }

    /** Writes exactly the filtered sessions to a workbook, page by page. */
    @Transactional(readOnly = true)
    public int export(RecordFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("circle.records.sheet", "circle.record.heldOn",
                    "circle.record.time", "circle.scene.name", "circle.scene.type", "circle.town", "circle.community",
                    "circle.record.participants", "circle.record.servers", "circle.record.volunteerHours",
                    "circle.record.overCapacity", "circle.record.note");
            long total = count(filter);
            for (long offset = 0; offset < total; offset += EXPORT_PAGE) {
                for (RecordRow r : list(filter, offset, EXPORT_PAGE)) {
                    sheet.row(r.heldOn(), r.startsAt() + "–" + r.endsAt(), r.sceneName(), r.typeName(), r.townName(),
                            r.communityName(), r.participants(), r.servers(), r.volunteerHours().doubleValue(),
                            r.overCapacity(), r.note());
                }
            }
            excel.write(out);
            return sheet.rows();
        }
    }
}
