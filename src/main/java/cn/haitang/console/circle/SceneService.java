package cn.haitang.console.circle;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.db.Pages;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.files.Attachments;
import cn.haitang.console.security.CurrentUser;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Happiness scenes on the positions, their lifecycle (planned → running ⇄ paused → closed, a reason for
 * pausing and closing) and their photos, and the city's list of scene types, which only the city admin
 * keeps. A coordinator keeps the scenes of their own town/street.
 */
@Service
@Transactional
public class SceneService {

    public static final int MAX_CAPACITY = 10_000;

    private final SceneRepository scenes;
    private final SceneTypeRepository types;
    private final SceneStateChangeRepository changes;
    private final CirclePhotoRepository photos;
    private final ServiceRecordRepository records;
    private final PositionService positions;
    private final CircleQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<SceneGrants> grants;

    SceneService(SceneRepository scenes, SceneTypeRepository types, SceneStateChangeRepository changes,
                 CirclePhotoRepository photos, ServiceRecordRepository records, PositionService positions,
                 CircleQueries queries, CurrentUser currentUser, Clock clock, ObjectProvider<SceneGrants> grants) {
        this.scenes = scenes;
        this.types = types;
        this.changes = changes;
        this.photos = photos;
        this.records = records;
        this.positions = positions;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.grants = grants;
    }

    // ------------------------------------------------------------------ types

    @Transactional(readOnly = true)
    public List<SceneTypeRow> types() {
        currentUser.scope().townFilter();
        return queries.types();
    }

    public long createType(@Nullable String name) {
        currentUser.scope().requireAdmin();
        return types.save(new SceneType(validTypeName(name, 0), queries.nextTypeOrder())).requireId();
    }

    public void renameType(long id, long seenVersion, @Nullable String name) {
        currentUser.scope().requireAdmin();
        SceneType type = types.findById(id).orElseThrow(CircleChecks::notFound);
        StaleEditException.check(seenVersion, type.getVersion());
        type.rename(validTypeName(name, id));
        types.flush();
    }

    private String validTypeName(@Nullable String name, long id) {
        String clean = FieldChecks.text("name", name, 32);
        if (types.existsByNameAndIdNot(clean, id)) {
            throw RuleViolationException.atField("name", "circle.error.type.duplicate", clean);
        }
        return clean;
    }

    // ------------------------------------------------------------------ scenes

    @Transactional(readOnly = true)
    public List<SceneRow> list(SceneFilter filter, Pageable pageable) {
        return queries.scenes(filter, CircleChecks.town(currentUser.scope(), filter.townId()), pageable);
    }

    @Transactional(readOnly = true)
    public long count(SceneFilter filter) {
        return queries.countScenes(filter, CircleChecks.town(currentUser.scope(), filter.townId()));
    }

    @Transactional(readOnly = true)
    public SceneRow scene(long id) {
        load(id);
        return queries.scene(id);
    }

    @Transactional(readOnly = true)
    public SceneForm form(long id) {
        load(id);
        SceneRow r = queries.scene(id);
        Long institutionId = r.organiserKind() == OrganiserKind.INSTITUTION ? queries.sceneInstitution(id) : null;
        return new SceneForm(r.positionId(), r.typeId(), r.name(), r.groups(), r.organiserKind(), r.organiserName(),
                institutionId, r.schedule(), r.capacity());
    }

    /** Running scenes to record a session for: the caller's, of one community when given. */
    @Transactional(readOnly = true)
    public List<Named> runningOptions(@Nullable Long communityId) {
        return queries.sceneOptions(currentUser.scope().townFilter(), communityId);
    }

    /**
     * A page of the running scenes of an area (town and community, each optional; a town outside the caller's
     * area is refused) whose name or community holds the text, for a filter that asks as the user types.
     */
    @Transactional(readOnly = true)
    public List<Named> runningOptions(@Nullable Long townId, @Nullable Long communityId, String text, long offset,
                                      int limit) {
        return queries.sceneOptions(CircleChecks.town(currentUser.scope(), townId), communityId, text, offset, limit);
    }

    /**
     * Scenes a fund may make a grant to: not closed, in the caller's area, of one community when given (a
     * community fund's grants stay in its community).
     */
    @Transactional(readOnly = true)
    public List<Named> grantableOptions(@Nullable Long communityId) {
        return queries.openSceneOptions(currentUser.scope().townFilter(), communityId);
    }

    /** The grants the scene received from the funds, and their reversals, newest first. */
    @Transactional(readOnly = true)
    public List<SceneGrantRow> grants(long sceneId) {
        load(sceneId);
        SceneGrants ledger = grants.getIfAvailable();
        return ledger == null ? List.of() : ledger.grantsTo(sceneId);
    }

    /** A new scene starts as planned. */
    public long create(SceneForm form) {
        ServicePosition position = positions.load(form.positionId());
        SceneForm valid = valid(form, position);
        return scenes.save(new Scene(position.getTownId(), position.getCommunityId(), valid, LocalDate.now(clock)))
                .requireId();
    }

    public void update(long id, long seenVersion, SceneForm form) {
        Scene scene = load(id);
        StaleEditException.check(seenVersion, scene.getVersion());
        if (scene.getState() == SceneState.CLOSED) {
            throw new RuleViolationException("circle.error.scene.closed");
        }
        ServicePosition position = positions.load(form.positionId());
        SceneForm valid = valid(form, position);
        scene.describe(position.getTownId(), position.getCommunityId(), valid);
        scenes.flush();
    }

    /** Moves a scene along its lifecycle; pausing and closing need a reason, which is kept in its history. */
    public void changeState(long id, long seenVersion, @Nullable SceneState next, @Nullable String reason) {
        Scene scene = load(id);
        StaleEditException.check(seenVersion, scene.getVersion());
        SceneState to = FieldChecks.required("state", next);
        if (!scene.getState().next().contains(to)) {
            throw RuleViolationException.atField("state", "circle.error.scene.transition", scene.getState().messageKey(),
                    to.messageKey());
        }
        String why = to.needsReason() ? FieldChecks.text("reason", reason, 200) : FieldChecks.optionalText("reason", reason, 200);
        LocalDate today = LocalDate.now(clock);
        changes.save(new SceneStateChange(id, scene.getState(), to, why, today, currentUser.require().getUsername()));
        scene.moveTo(to, why, today);
        scenes.flush();
    }

    @Transactional(readOnly = true)
    public List<StateChangeRow> history(long id) {
        load(id);
        return queries.history(id);
    }

    Scene load(long id) {
        Scene scene = scenes.findById(id).orElseThrow(CircleChecks::notFound);
        currentUser.scope().requireTown(scene.getTownId());
        return scene;
    }

    /**
     * A type of the list, a name, at least one target group (全体居民 stands alone), an organiser (an
     * institution actively paired with the position's community, or a named community or social
     * organisation), a schedule and a capacity from 1 to {@link #MAX_CAPACITY}.
     */
    private SceneForm valid(SceneForm form, ServicePosition position) {
        types.findById(form.typeId()).orElseThrow(() -> RuleViolationException.atField("typeId", "validation.required"));
        String name = FieldChecks.text("name", form.name(), 100);
        Set<TargetGroup> groups = form.groups().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(form.groups());
        if (groups.isEmpty()) {
            throw RuleViolationException.atField("groups", "circle.error.scene.groups");
        }
        if (groups.contains(TargetGroup.ALL) && groups.size() > 1) {
            throw RuleViolationException.atField("groups", "circle.error.scene.allAlone");
        }
        OrganiserKind kind = FieldChecks.required("organiserKind", form.organiserKind());
        Long institutionId = null;
        String organiser;
        if (kind == OrganiserKind.INSTITUTION) {
            Long requested = form.institutionId();
            if (requested == null) {
                throw RuleViolationException.atField("institutionId", "validation.required");
            }
            organiser = positions.lenders(position.getCommunityId()).stream().filter(n -> n.id() == requested)
                    .map(Named::name).findFirst()
                    .orElseThrow(() -> RuleViolationException.atField("institutionId", "circle.error.notPaired", ""));
            institutionId = requested;
        } else {
            organiser = FieldChecks.text("organiserName", form.organiserName(), 100);
        }
        String schedule = FieldChecks.text("schedule", form.schedule(), 100);
        int capacity = FieldChecks.integer("capacity", form.capacity(), 1, MAX_CAPACITY);
        return new SceneForm(form.positionId(), form.typeId(), name, groups, kind, organiser, institutionId, schedule,
                capacity);
    }

    /** Writes exactly the filtered scenes to a workbook, page by page. */
    @Transactional(readOnly = true)
    public int export(SceneFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("circle.scenes.sheet", "circle.scene.name",
                    "circle.scene.type", "circle.town", "circle.community", "circle.scene.position", "circle.scene.groups",
                    "circle.scene.organiser", "circle.scene.schedule", "circle.scene.capacity", "circle.scene.state",
                    "circle.scene.sessions", "circle.scene.personTimes");
            Pages.forEach(p -> list(filter, p), Sort.unsorted(), r -> sheet.row(r.name(), r.typeName(), r.townName(),
                    r.communityName(), r.positionName(),
                    r.groups().stream().map(g -> excel.t(g.messageKey())).collect(Collectors.joining("、")),
                    r.organiserName(), r.schedule(), r.capacity(), excel.t(r.state().messageKey()), r.sessions(),
                    r.personTimes()));
            excel.write(out);
            return sheet.rows();
        }
    }

    // ------------------------------------------------------------------ photos

    /** The scene's own photos (recordId null) or those of one of its sessions. */
    @Transactional(readOnly = true)
    public List<PhotoRow> photos(long sceneId, @Nullable Long recordId) {
        load(sceneId);
        requireRecordOf(sceneId, recordId);
        return queries.photos(sceneId, recordId);
    }

    /** Stores a photo once {@link Attachments#check} (the same checks as every attachment) has accepted it. */
    public long addPhoto(long sceneId, @Nullable Long recordId, @Nullable String fileName, @Nullable String contentType,
                         byte @Nullable [] content) {
        load(sceneId);
        requireRecordOf(sceneId, recordId);
        Attachments.Checked file = Attachments.check("file", fileName, contentType, content);
        return photos.save(new CirclePhoto(sceneId, recordId, file.fileName(), file.contentType(), file.content(),
                clock.instant(), currentUser.require().getUsername())).requireId();
    }

    @Transactional(readOnly = true)
    public PhotoContent photoContent(long photoId) {
        CirclePhoto photo = photos.findById(photoId).orElseThrow(CircleChecks::notFound);
        load(photo.getSceneId());
        return new PhotoContent(photo.getFileName(), photo.getContentType(), photo.getContent());
    }

    public void deletePhoto(long photoId) {
        CirclePhoto photo = photos.findById(photoId).orElseThrow(CircleChecks::notFound);
        load(photo.getSceneId());
        photos.delete(photo);
        photos.flush();
    }

    private void requireRecordOf(long sceneId, @Nullable Long recordId) {
        if (recordId != null) {
            ServiceRecord record = records.findById(recordId).orElseThrow(CircleChecks::notFound);
            if (record.getSceneId() != sceneId) {
                throw CircleChecks.notFound();
            }
        }
    }
}
