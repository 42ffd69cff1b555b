package cn.haitang.console.pairing;

import cn.haitang.console.region.CommunityRef;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The pairing feature as other features call it: one stable, narrow facade that only delegates. The
 * rules live in the services per workflow — {@link InstitutionService} (institutions and pairings),
 * {@link ActivityService} (activities, their attachments and types, the unified service day),
 * {@link PairingFiguresService} (the figures) and {@link PlacesService} (the pickers) — beside
 * {@link ReportingService} and {@link MattersService}. The pairing views call those services directly.
 */
@Service
public class PairingService {

    private final InstitutionService institutions;
    private final ActivityService activities;
    private final PairingFiguresService figures;
    private final PlacesService places;

    PairingService(InstitutionService institutions, ActivityService activities, PairingFiguresService figures,
                   PlacesService places) {
        this.institutions = institutions;
        this.activities = activities;
        this.figures = figures;
        this.places = places;
    }

    // ---- institutions and pairings ------------------------------------------------------------------

    public List<InstitutionRow> listInstitutions(InstitutionFilter filter, long offset, int limit) {
        return institutions.listInstitutions(filter, offset, limit);
    }

    public long countInstitutions(InstitutionFilter filter) {
        return institutions.countInstitutions(filter);
    }

    public InstitutionRow institution(long id) {
        return institutions.institution(id);
    }

    public List<Named> institutionOptions() {
        return institutions.institutionOptions();
    }

    public long createInstitution(InstitutionForm form) {
        return institutions.createInstitution(form);
    }

    public void updateInstitution(long id, long seenVersion, InstitutionForm form) {
        institutions.updateInstitution(id, seenVersion, form);
    }

    public List<PairingRow> pairingsOfInstitution(long institutionId) {
        return institutions.pairingsOfInstitution(institutionId);
    }

    public List<PairingRow> pairingsOfCommunity(long communityId) {
        return institutions.pairingsOfCommunity(communityId);
    }

    public PairingRow pairing(long id) {
        return institutions.pairing(id);
    }

    public Set<Long> communitiesOfPairing(long pairingId) {
        return institutions.communitiesOfPairing(pairingId);
    }

    public List<Named> pairedCommunities(long institutionId) {
        return institutions.pairedCommunities(institutionId);
    }

    public long createPairing(PairingForm form) {
        return institutions.createPairing(form);
    }

    public void updatePairing(long id, long seenVersion, PairingForm form) {
        institutions.updatePairing(id, seenVersion, form);
    }

    public void endPairing(long id, long seenVersion, @Nullable LocalDate endDate) {
        institutions.endPairing(id, seenVersion, endDate);
    }

    /** A page of communities with their active pairings (a grid's page). */
    public List<CommunityPairingRow> communityPairings(@Nullable Long townId, long offset, int limit) {
        return institutions.communityPairings(townId, offset, limit);
    }

    /** Every community of the town/street (or the caller's area) with its active pairings. */
    public List<CommunityPairingRow> allCommunityPairings(@Nullable Long townId) {
        return institutions.allCommunityPairings(townId);
    }

    public long countCommunityPairings(@Nullable Long townId) {
        return institutions.countCommunityPairings(townId);
    }

    // ---- activities, attachments, types, the unified service day ------------------------------------

    public List<ActivityTypeRow> activityTypes() {
        return activities.activityTypes();
    }

    public long createActivityType(String name) {
        return activities.createActivityType(name);
    }

    public void renameActivityType(long id, long seenVersion, String name) {
        activities.renameActivityType(id, seenVersion, name);
    }

    public List<ActivityRow> listActivities(ActivityFilter filter, long offset, int limit) {
        return activities.listActivities(filter, offset, limit);
    }

    public List<ActivityRow> listActivitiesAfter(ActivityFilter filter, @Nullable LocalDate afterDate, long afterId, int limit) {
        return activities.listActivitiesAfter(filter, afterDate, afterId, limit);
    }

    public long countActivities(ActivityFilter filter) {
        return activities.countActivities(filter);
    }

    public ActivityRow activity(long id) {
        return activities.activity(id);
    }

    public ActivityForm activityForm(long id) {
        return activities.activityForm(id);
    }

    public long recordActivity(ActivityForm form) {
        return activities.recordActivity(form);
    }

    public void updateActivity(long id, long seenVersion, ActivityForm form) {
        activities.updateActivity(id, seenVersion, form);
    }

    public void deleteActivity(long id, long seenVersion) {
        activities.deleteActivity(id, seenVersion);
    }

    public int exportActivities(ActivityFilter filter, OutputStream out, Locale locale) {
        return activities.exportActivities(filter, out, locale);
    }

    public List<AttachmentRow> attachments(long activityId) {
        return activities.attachments(activityId);
    }

    public long addAttachment(long activityId, String fileName, String contentType, byte[] content) {
        return activities.addAttachment(activityId, fileName, contentType, content);
    }

    public AttachmentContent attachmentContent(long attachmentId) {
        return activities.attachmentContent(attachmentId);
    }

    public void deleteAttachment(long attachmentId) {
        activities.deleteAttachment(attachmentId);
    }

    public List<ServiceDayRow> serviceDays(YearMonth month, @Nullable Long townId) {
        return activities.serviceDays(month, townId);
    }

    // ---- pickers -----------------------------------------------------------------------------------

    public List<CommunityRef> communitiesInScope() {
        return places.communitiesInScope();
    }

    public List<Named> compoundsOf(long communityId) {
        return places.compoundsOf(communityId);
    }

    public List<Named> gridsOf(long compoundId) {
        return places.gridsOf(compoundId);
    }

    // ---- figures -----------------------------------------------------------------------------------

    public PairingFigures figures(@Nullable Long townId) {
        return figures.figures(townId);
    }

    public PairingFigures figures(@Nullable Long townId, @Nullable YearMonth asOf) {
        return figures.figures(townId, asOf);
    }

    public List<TownPairingFigures> pairingFiguresByTown() {
        return figures.pairingFiguresByTown();
    }

    public List<TownPairingFigures> pairingFiguresByTown(@Nullable LocalDate on) {
        return figures.pairingFiguresByTown(on);
    }
}
