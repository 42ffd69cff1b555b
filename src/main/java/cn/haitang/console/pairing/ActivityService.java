package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Window;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.files.Attachments;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint service activities of paired institutions, with their photos and sign-in sheets, the activity
 * types, and the unified service day (在职党员统一服务日) they make up. A coordinator records and sees the
 * activities of their own town/street; city admins maintain the types.
 */
@Service
@Transactional
public class ActivityService {

    private static final int MAX_PARTICIPANTS = 10_000;
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);
    private static final int EXPORT_PAGE = 2000;

    private final ActivityRepository activities;
    private final ActivityTypeRepository types;
    private final ActivityAttachmentRepository attachments;
    private final ActivityQueries queries;
    private final InstitutionQueries institutions;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActivityService(ActivityRepository activities, ActivityTypeRepository types, ActivityAttachmentRepository attachments,
                    ActivityQueries queries, InstitutionQueries institutions, RegionService region, CurrentUser currentUser,
                    Clock clock) {
        this.activities = activities;
        this.types = types;
        this.attachments = attachments;
        this.queries = queries;
        this.institutions = institutions;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ activity types

    @Transactional(readOnly = true)
    public List<ActivityTypeRow> activityTypes() {
        currentUser.scope().townFilter();
        return queries.types();
    }

    public long createActivityType(@Nullable String name) {
        currentUser.scope().requireAdmin();
        return types.save(new ActivityType(validTypeName(name, 0), queries.nextTypeOrder())).requireId();
    }

    public void renameActivityType(long id, long seenVersion, @Nullable String name) {
        currentUser.scope().requireAdmin();
        ActivityType type = types.findById(id).orElseThrow(PairingChecks::notFound);
        StaleEditException.check(seenVersion, type.getVersion());
        type.rename(validTypeName(name, id));
        types.flush();
    }

    private String validTypeName(@Nullable String name, long id) {
        String clean = PairingChecks.text("name", name, 32);
        if (types.existsByNameAndIdNot(clean, id)) {
            throw RuleViolationException.atField("name", "pairing.error.type.duplicate", clean);
        }
        return clean;
    }

    // ------------------------------------------------------------------ activities

    /** Activities, newest first, filtered in SQL. */
    @Transactional(readOnly = true)
    public List<ActivityRow> listActivities(ActivityFilter filter, Window window) {
        return queries.activities(filter, PairingChecks.town(currentUser.scope(), filter.townId()), window);
    }

    public List<ActivityRow> listActivities(ActivityFilter filter, long offset, int limit) {
        return listActivities(filter, Window.of(offset, limit));
    }

    /** Keyset page: the activities after (older than) the given one, for deep pages and exports. */
    @Transactional(readOnly = true)
    public List<ActivityRow> listActivitiesAfter(ActivityFilter filter, @Nullable LocalDate afterDate, long afterId, int limit) {
        return queries.activitiesAfter(filter, PairingChecks.town(currentUser.scope(), filter.townId()), afterDate, afterId,
                limit);
    }

    @Transactional(readOnly = true)
    public long countActivities(ActivityFilter filter) {
        return queries.countActivities(filter, PairingChecks.town(currentUser.scope(), filter.townId()));
    }

    @Transactional(readOnly = true)
    public ActivityRow activity(long id) {
        load(id);
        return queries.activity(id);
    }

    /** The form values of a stored activity, for editing. */
    @Transactional(readOnly = true)
    public ActivityForm activityForm(long id) {
        load(id);
        return queries.form(id);
    }

    /** Records an activity of an institution in a community it is actively paired with. */
    public long recordActivity(ActivityForm form) {
        Valid valid = validActivity(form);
        return activities.save(new Activity(valid.townId(), valid.form())).requireId();
    }

    public void updateActivity(long id, long seenVersion, ActivityForm form) {
        Activity activity = load(id);
        StaleEditException.check(seenVersion, activity.getVersion());
        Valid valid = validActivity(form);
        activity.describe(valid.townId(), valid.form());
        activities.flush();
    }

    public void deleteActivity(long id, long seenVersion) {
        Activity activity = load(id);
        StaleEditException.check(seenVersion, activity.getVersion());
        queries.attachmentIds(id).forEach(attachments::deleteById);
        attachments.flush();
        activities.delete(activity);
        activities.flush();
    }

    private Activity load(long id) {
        Activity activity = activities.findById(id).orElseThrow(PairingChecks::notFound);
        currentUser.scope().requireTown(activity.getTownId());
        return activity;
    }

    /** An activity as it is stored, and the town/street of its community. */
    private record Valid(long townId, ActivityForm form) {
    }

    /**
     * The form as it is stored: an institution actively paired with the community, a compound of that
     * community, a date from {@link cn.haitang.console.base.FieldChecks#EARLIEST_RECORD} to today, 1 to
     * 10,000 participants, more than 0 and at most 24 hours (one decimal), a description of at most 1,000
     * characters.
     */
    private Valid validActivity(ActivityForm form) {
        CommunityRef community = region.community(form.communityId());
        if (institutions.activePairingCovering(form.institutionId(), form.communityId()).isEmpty()) {
            throw RuleViolationException.atField("institutionId", "pairing.error.activity.notPaired", community.name());
        }
        if (form.compoundId() != null) {
            CompoundRef compound = region.compound(form.compoundId());
            if (compound.communityId() != community.id()) {
                throw RuleViolationException.atField("compoundId", "pairing.error.compoundOutsideCommunity", compound.name(),
                        community.name());
            }
        }
        types.findById(form.typeId()).orElseThrow(() -> RuleViolationException.atField("typeId", "pairing.error.required"));
        LocalDate date = PairingChecks.recordDate("date", form.date(), LocalDate.now(clock));
        int participants = PairingChecks.integer("participants", form.participants(), 1, MAX_PARTICIPANTS);
        BigDecimal hours = form.hours();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw RuleViolationException.atField("hours", "pairing.error.hours");
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            throw RuleViolationException.atField("hours", "form.decimal", "0.1", MAX_HOURS.toPlainString(), 1);
        }
        String description = PairingChecks.text("description", form.description(), 1000);
        return new Valid(community.townId(), new ActivityForm(form.institutionId(), form.communityId(), form.compoundId(),
                form.typeId(), date, participants, hours, description));
    }

    /** Writes exactly the filtered activities to an Excel workbook, streamed page by page (keyset). */
    @Transactional(readOnly = true)
    public int exportActivities(ActivityFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("pairing.activities.sheet", "pairing.activity.date",
                    "pairing.institution", "pairing.town", "pairing.community", "pairing.compound", "pairing.activity.type",
                    "pairing.activity.participants", "pairing.activity.hours", "pairing.activity.description",
                    "pairing.activity.attachments");
            LocalDate afterDate = null;
            long afterId = 0;
            while (true) {
                List<ActivityRow> page = listActivitiesAfter(filter, afterDate, afterId, EXPORT_PAGE);
                for (ActivityRow a : page) {
                    // hours are a quantity, not money: a plain number, not a yuan cell
                    sheet.row(a.date(), a.institutionName(), a.townName(), a.communityName(), a.compoundName(), a.typeName(),
                            a.participants(), a.hours().doubleValue(), a.description(), a.attachments());
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                afterDate = page.getLast().date();
                afterId = page.getLast().id();
            }
            excel.write(out);
            return sheet.rows();
        }
    }

    // ------------------------------------------------------------------ attachments

    @Transactional(readOnly = true)
    public List<AttachmentRow> attachments(long activityId) {
        load(activityId);
        return queries.attachments(activityId);
    }

    /** Stores a photo or sign-in sheet once {@link Attachments#check} has accepted it. */
    public long addAttachment(long activityId, @Nullable String fileName, @Nullable String contentType,
                              byte @Nullable [] content) {
        load(activityId);
        Attachments.Checked file = Attachments.check("file", fileName, contentType, content);
        return attachments.save(new ActivityAttachment(activityId, file.fileName(), file.contentType(), file.content(),
                clock.instant(), currentUser.require().getUsername())).requireId();
    }

    /** An attachment's file name, type and content, for download. */
    @Transactional(readOnly = true)
    public AttachmentContent attachmentContent(long attachmentId) {
        ActivityAttachment attachment = attachments.findById(attachmentId).orElseThrow(PairingChecks::notFound);
        load(attachment.getActivityId());
        return new AttachmentContent(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    public void deleteAttachment(long attachmentId) {
        ActivityAttachment attachment = attachments.findById(attachmentId).orElseThrow(PairingChecks::notFound);
        load(attachment.getActivityId());
        attachments.delete(attachment);
        attachments.flush();
    }

    // ------------------------------------------------------------------ unified service day

    /** For a month: every pairing active in it, its planned service day, and whether it held the unified service day. */
    @Transactional(readOnly = true)
    public List<ServiceDayRow> serviceDays(YearMonth month, @Nullable Long townId) {
        return queries.serviceDays(month, PairingChecks.town(currentUser.scope(), townId));
    }
}
