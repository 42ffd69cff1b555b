package cn.haitang.console.circle;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.db.Pages;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.PairingStatus;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service positions of the communities and their opening hours (regular, off-peak and late slots). A
 * coordinator keeps the positions of their own town/street; a room lent by an institution names an
 * institution actively paired with the community (pairing's public service says which).
 */
@Service
@Transactional
public class PositionService {

    /** A late-opening slot keeps the position open into the evening: it ends after this time. */
    public static final LocalTime LATE_AFTER = LocalTime.of(19, 0);
    private static final BigDecimal MAX_AREA = new BigDecimal("99999.99");
    private static final int MAX_SLOTS = 42;

    private final ServicePositionRepository positions;
    private final PositionHoursRepository hours;
    private final SceneRepository scenes;
    private final CircleQueries queries;
    private final RegionService region;
    private final InstitutionService institutions;
    private final CurrentUser currentUser;

    private final List<PositionUses> uses;

    PositionService(ServicePositionRepository positions, PositionHoursRepository hours, SceneRepository scenes,
                    CircleQueries queries, RegionService region, InstitutionService institutions, CurrentUser currentUser,
                    List<PositionUses> uses) {
        this.uses = uses;
        this.positions = positions;
        this.hours = hours;
        this.scenes = scenes;
        this.queries = queries;
        this.region = region;
        this.institutions = institutions;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<PositionRow> list(PositionFilter filter, Pageable pageable) {
        return queries.positions(filter, CircleChecks.town(currentUser.scope(), filter.townId()), pageable).stream()
                .map(PositionService::masked).toList();
    }

    @Transactional(readOnly = true)
    public long count(PositionFilter filter) {
        return queries.countPositions(filter, CircleChecks.town(currentUser.scope(), filter.townId()));
    }

    /** A position as lists show it (phone masked). */
    @Transactional(readOnly = true)
    public PositionRow position(long id) {
        load(id);
        return masked(queries.position(id));
    }

    /** The stored values of a position, for editing by someone who may change it (phone in full). */
    @Transactional(readOnly = true)
    public PositionForm form(long id) {
        load(id);
        PositionRow row = queries.position(id);
        return new PositionForm(row.communityId(), row.name(), row.kind(), row.address(), row.floorArea(), row.owner(),
                row.institutionId(), row.contactPerson(), row.contactPhone(), queries.hours(id));
    }

    @Transactional(readOnly = true)
    public List<HoursForm> hours(long id) {
        load(id);
        return queries.hours(id);
    }

    /** Positions to pick for a scene: the caller's, of one community when given. */
    @Transactional(readOnly = true)
    public List<Named> options(@Nullable Long communityId) {
        if (communityId != null) {
            region.community(communityId);
        }
        return queries.positionOptions(currentUser.scope().townFilter(), communityId);
    }

    /** Institutions actively paired with the community: those that may lend it a room. */
    @Transactional(readOnly = true)
    public List<Named> lenders(long communityId) {
        return institutions.pairingsOfCommunity(communityId).stream().filter(p -> p.status() == PairingStatus.ACTIVE)
                .map(p -> new Named(p.institutionId(), p.institutionName())).distinct().toList();
    }

    public long create(PositionForm form) {
        CommunityRef community = region.community(form.communityId());
        PositionForm valid = valid(form, community, 0);
        ServicePosition position = positions.save(new ServicePosition(community.townId(), valid));
        saveHours(position.requireId(), valid.hours());
        return position.requireId();
    }

    public void update(long id, long seenVersion, PositionForm form) {
        ServicePosition position = load(id);
        StaleEditException.check(seenVersion, position.getVersion());
        CommunityRef community = region.community(form.communityId());
        if (community.id() != position.getCommunityId() && scenes.existsByPositionId(id)) {
            throw RuleViolationException.atField("communityId", "circle.error.position.moveWithScenes");
        }
        PositionForm valid = valid(form, community, id);
        position.describe(community.townId(), valid);
        // the hours are rows of their own: a change of them alone still makes an older copy stale
        position.hoursChanged();
        hours.deleteAll(hours.findByPositionId(id));
        hours.flush();
        saveHours(id, valid.hours());
        positions.flush();
    }

    /** Deletes a position that carries no scene (a scene's history would lose its place). */
    public void delete(long id, long seenVersion) {
        ServicePosition position = load(id);
        StaleEditException.check(seenVersion, position.getVersion());
        if (scenes.existsByPositionId(id)) {
            throw new RuleViolationException("circle.error.position.hasScenes");
        }
        long using = uses.stream().mapToLong(u -> u.countUsing(id)).sum();
        if (using > 0) {
            throw new RuleViolationException("circle.error.position.inUse", using);
        }
        hours.deleteAll(hours.findByPositionId(id));
        hours.flush();
        positions.delete(position);
        positions.flush();
    }

    ServicePosition load(long id) {
        ServicePosition position = positions.findById(id).orElseThrow(CircleChecks::notFound);
        currentUser.scope().requireTown(position.getTownId());
        return position;
    }

    private void saveHours(long positionId, List<HoursForm> slots) {
        slots.forEach(h -> hours.save(new PositionHours(positionId, h)));
        hours.flush();
    }

    private PositionForm valid(PositionForm form, CommunityRef community, long id) {
        String name = FieldChecks.text("name", form.name(), 100);
        if (positions.existsByCommunityIdAndNameAndIdNot(community.id(), name, id)) {
            throw RuleViolationException.atField("name", "circle.error.position.duplicate", name, community.name());
        }
        PositionKind kind = FieldChecks.required("kind", form.kind());
        String address = FieldChecks.text("address", form.address(), 200);
        BigDecimal area = FieldChecks.decimal("floorArea", form.floorArea(), new BigDecimal("0.01"), MAX_AREA, 2);
        String owner = FieldChecks.text("owner", form.owner(), 100);
        Long institutionId = form.institutionId();
        if (kind == PositionKind.LENT_ROOM || institutionId != null) {
            if (institutionId == null) {
                throw RuleViolationException.atField("institutionId", "circle.error.position.lender");
            }
            long lender = institutionId;
            if (lenders(community.id()).stream().noneMatch(n -> n.id() == lender)) {
                throw RuleViolationException.atField("institutionId", "circle.error.notPaired", community.name());
            }
        }
        String contact = FieldChecks.text("contactPerson", form.contactPerson(), 32);
        String phone = CircleChecks.phone("contactPhone", form.contactPhone());
        return new PositionForm(community.id(), name, kind, address, area, owner, institutionId, contact, phone,
                validHours(form.hours()));
    }

    /**
     * Opening slots: each with a weekday, a start and an end after the start; slots of one weekday may
     * not overlap; a late slot ends after {@link #LATE_AFTER}. The message names the row (1-based).
     */
    static List<HoursForm> validHours(List<HoursForm> slots) {
        if (slots.size() > MAX_SLOTS) {
            throw RuleViolationException.atField("hours", "circle.error.hours.tooMany", MAX_SLOTS);
        }
        List<HoursForm> valid = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            HoursForm h = slots.get(i);
            int row = i + 1;
            if (h.weekday() == null || h.opens() == null || h.closes() == null || h.slot() == null) {
                throw RuleViolationException.atField("hours", "circle.error.hours.incomplete", row);
            }
            if (!h.closes().isAfter(h.opens())) {
                throw RuleViolationException.atField("hours", "circle.error.hours.order", row);
            }
            if (h.slot() == Slot.LATE && !h.closes().isAfter(LATE_AFTER)) {
                throw RuleViolationException.atField("hours", "circle.error.hours.late", row, LATE_AFTER);
            }
            for (int j = 0; j < valid.size(); j++) {
                HoursForm o = valid.get(j);
                if (o.weekday() == h.weekday() && h.opens().isBefore(o.closes()) && o.opens().isBefore(h.closes())) {
                    throw RuleViolationException.atField("hours", "circle.error.hours.overlap", row, j + 1);
                }
            }
            valid.add(h);
        }
        valid.sort(Comparator.comparing((HoursForm h) -> h.weekday()).thenComparing(HoursForm::opens));
        return valid;
    }

    /** Writes exactly the filtered positions to a workbook, page by page. */
    @Transactional(readOnly = true)
    public int export(PositionFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("circle.positions.sheet", "circle.position.name",
                    "circle.position.kind", "circle.town", "circle.community", "circle.position.address",
                    "circle.position.floorArea", "circle.position.owner", "circle.position.institution",
                    "circle.position.contact", "circle.position.phone", "circle.position.late", "circle.position.scenes");
            Pages.forEach(p -> list(filter, p), Sort.unsorted(), r -> sheet.row(r.name(), excel.t(r.kind().messageKey()),
                    r.townName(), r.communityName(), r.address(), r.floorArea().doubleValue(), r.owner(), r.institutionName(),
                    r.contactPerson(), r.contactPhone(), excel.t(r.late() ? "circle.yes" : "circle.no"), r.scenes()));
            excel.write(out);
            return sheet.rows();
        }
    }

    private static PositionRow masked(PositionRow r) {
        return new PositionRow(r.id(), r.version(), r.name(), r.kind(), r.townId(), r.townName(), r.communityId(),
                r.communityName(), r.address(), r.floorArea(), r.owner(), r.institutionId(), r.institutionName(),
                r.contactPerson(), CircleChecks.maskPhone(r.contactPhone()), r.late(), r.offPeak(), r.scenes());
    }
}
