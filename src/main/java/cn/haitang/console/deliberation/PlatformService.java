package cn.haitang.console.deliberation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Micro-deliberation platforms of compounds and communities: kind, venue, host and rhythm. A coordinator keeps
 * the platforms of their own town/street. The venue is an address until the service-position feature exists.
 */
@Service
@Transactional
public class PlatformService {

    private final DelibPlatformRepository platforms;
    private final DeliberationQueries queries;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlatformService(DelibPlatformRepository platforms, DeliberationQueries queries,
                    RegionService region, CurrentUser currentUser, Clock clock) {
        this.platforms = platforms;
        this.queries = queries;
        this.region = region;
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
        String venue = FieldChecks.text("venue", form.venue(), 200);
        String host = FieldChecks.text("host", form.host(), 32);
        Rhythm rhythm = FieldChecks.required("rhythm", form.rhythm());
        return new Valid(community.townId(), new PlatformForm(name, kind, communityId, form.compoundId(), venue, host, rhythm));
    }

}
