package cn.haitang.console.deliberation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.circle.PositionRow;
import cn.haitang.console.circle.PositionService;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import org.springframework.data.domain.PageRequest;
import java.util.Optional;
import java.util.Locale;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Micro-deliberation platforms of compounds and communities: kind, venue, host and rhythm. A coordinator keeps
 * the platforms of their own town/street. The venue is a service position of the platform's community (picked from
 * the service circle's positions) or an address.
 */
@Service
@Transactional
public class PlatformService {

    private static final int EXPORT_PAGE = 2000;

    private final DelibPlatformRepository platforms;
    private final DeliberationQueries queries;
    private final RegionService region;
    private final PositionService positions;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlatformService(DelibPlatformRepository platforms, DeliberationQueries queries,
                    RegionService region, PositionService positions, CurrentUser currentUser, Clock clock) {
        this.platforms = platforms;
        this.queries = queries;
        this.region = region;
        this.positions = positions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PlatformRow> list(PlatformFilter filter, Pageable page) {
        return queries.platforms(filter, DelibChecks.town(currentUser.scope(), filter.townId()), page);
    }

    @Transactional(readOnly = true)
    public long count(PlatformFilter filter) {
        return queries.countPlatforms(filter, DelibChecks.town(currentUser.scope(), filter.townId()));
    }

    @Transactional(readOnly = true)
    public PlatformRow platform(long id) {
        load(id);
        return queries.platform(id);
    }

    /** The active platforms the caller may record sessions of. */
    @Transactional(readOnly = true)
    public List<Option> options() {
        return queries.platformOptions(DelibChecks.town(currentUser.scope(), null));
    }

    /** The service positions of a community a platform may meet on (the service circle's, in the caller's area). */
    @Transactional(readOnly = true)
    public List<Option> venueOptions(long communityId) {
        return positions.options(communityId).stream().map(p -> new Option(p.id(), p.name())).toList();
    }

    /** The date a session about to be recorded is proposed with: for 逢五, the latest 5th/15th/25th. */
    @Transactional(readOnly = true)
    public LocalDate proposedDate(long platformId) {
        return Rhythms.proposedFor(queries.platform(load(platformId).requireId()).rhythm(), LocalDate.now(clock));
    }

    /** The platform's next meeting dates from today (none for one that meets as needed). */
    @Transactional(readOnly = true)
    public List<LocalDate> nextDates(long platformId, int count) {
        return Rhythms.next(queries.platform(load(platformId).requireId()).rhythm(), LocalDate.now(clock), count);
    }

    public long create(PlatformForm form) {
        Valid valid = validate(form);
        return platforms.save(new Platform(valid.townId(), valid.form())).requireId();
    }

    public void update(long id, long seenVersion, PlatformForm form) {
        Platform platform = load(id);
        StaleEditException.check(seenVersion, platform.getVersion());
        Valid valid = validate(form);
        platform.describe(valid.townId(), valid.form());
        platforms.flush();
    }

    /** A platform no longer meeting is retired, not deleted: its sessions stay on record. */
    public void setActive(long id, long seenVersion, boolean active) {
        Platform platform = load(id);
        StaleEditException.check(seenVersion, platform.getVersion());
        platform.setActive(active);
        platforms.flush();
    }

    /** Deletes a platform entered by mistake; one with sessions is refused (retire it instead). */
    public void delete(long id, long seenVersion) {
        Platform platform = load(id);
        StaleEditException.check(seenVersion, platform.getVersion());
        if (queries.platform(id).sessions() > 0) {
            throw new RuleViolationException("delib.error.platform.hasSessions");
        }
        platforms.delete(platform);
        platforms.flush();
    }

    /** Writes exactly the filtered platforms to Excel (the list's order), in pages. */
    @Transactional(readOnly = true)
    public int export(PlatformFilter filter, OutputStream out, Locale locale) {
        Optional<Long> town = DelibChecks.town(currentUser.scope(), filter.townId());
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("delib.platforms.sheet", "delib.platform.name",
                    "delib.platform.kind", "delib.town", "delib.community", "delib.compound", "delib.platform.venueKind",
                    "delib.platform.venue", "delib.platform.host", "delib.platform.rhythm", "delib.platform.active",
                    "delib.platform.sessions", "delib.platform.lastHeldOn");
            String yes = excel.t("common.yes");
            String no = excel.t("common.no");
            for (int page = 0; ; page++) {
                List<PlatformRow> rows = queries.platforms(filter, town, PageRequest.of(page, EXPORT_PAGE));
                for (PlatformRow p : rows) {
                    sheet.row(p.name(), excel.t(p.kind().messageKey()), p.townName(), p.communityName(), p.compoundName(),
                            excel.t(p.positionId() == null ? "delib.platform.venueKind.ADDRESS"
                                    : "delib.platform.venueKind.POSITION"),
                            p.venue(), p.host(), excel.t(p.rhythm().messageKey()), p.active() ? yes : no, p.sessions(),
                            p.lastHeldOn());
                }
                if (rows.size() < EXPORT_PAGE) {
                    break;
                }
            }
            excel.write(out);
            return sheet.rows();
        }
    }

    Platform load(long id) {
        Platform platform = platforms.findById(id).orElseThrow(DelibChecks::notFound);
        currentUser.scope().requireTown(platform.getTownId());
        return platform;
    }

    private record Valid(long townId, PlatformForm form) {
    }

    private Valid validate(PlatformForm form) {
        String name = FieldChecks.text("name", form.name(), 64);
        PlatformKind kind = FieldChecks.required("kind", form.kind());
        Long communityId = FieldChecks.required("communityId", form.communityId());
        CommunityRef community = region.community(communityId);
        if (form.compoundId() != null) {
            CompoundRef compound = region.compound(form.compoundId());
            if (compound.communityId() != community.id()) {
                throw RuleViolationException.atField("compoundId", "delib.error.compoundOutsideCommunity", compound.name(),
                        community.name());
            }
        }
        String venue = null;
        if (form.positionId() != null) {
            PositionRow position = positions.position(form.positionId());
            if (position.communityId() != community.id()) {
                throw RuleViolationException.atField("positionId", "delib.error.positionOutsideCommunity", position.name(),
                        community.name());
            }
        } else {
            venue = FieldChecks.text("venue", form.venue(), 200);
        }
        String host = FieldChecks.text("host", form.host(), 32);
        Rhythm rhythm = FieldChecks.required("rhythm", form.rhythm());
        return new Valid(community.townId(), new PlatformForm(name, kind, communityId, form.compoundId(), venue, host, rhythm,
                form.positionId()));
    }

}
