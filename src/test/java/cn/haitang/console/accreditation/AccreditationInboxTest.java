package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.inbox.InboxService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Accreditation's to-dos for the reviewer, the city admin and the coordinator, as the application moves on. */
class AccreditationInboxTest extends AccreditationTest {

    @Autowired
    InboxService inbox;
    @Autowired
    DecisionService decisions;
    @Autowired
    NoticeService notices;
    @Autowired
    ApplicationService applications;
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Test
    void anAssignmentWaitsForItsReviewerThenTheScoredApplicationForTheAdminsDecision() {
        long compound = accr.compound("yushan");
        String name = jdbc.queryForObject("SELECT name FROM compound WHERE id = ?", String.class, compound);
        long id = accr.underReview(round, compound, "reviewer2", "reviewer4", "reviewer5");

        login.as("reviewer2");
        List<InboxItem> toScore = items("inbox.accr.score", name);
        assertThat(toScore).hasSize(1);
        assertThat(toScore.getFirst().route()).isEqualTo("accreditation/scoring/" + accr.assignment(id, "reviewer2"));
        assertThat(toScore.getFirst().due()).isEqualTo(accr.today().plusDays(10));
        login.as("reviewer3");
        assertThat(items("inbox.accr.score", name)).as("not assigned to reviewer3").isEmpty();
        login.as("admin");
        assertThat(items("inbox.accr.decide", name)).as("still under review").isEmpty();

        accr.score("reviewer2", id, 23, true);
        assertThat(items("inbox.accr.score", name)).as("submitted").isEmpty();
        accr.score("reviewer4", id, 23, true);
        accr.score("reviewer5", id, 23, true);

        login.as("admin");
        List<InboxItem> toDecide = items("inbox.accr.decide", name);
        assertThat(toDecide).hasSize(1);
        assertThat(toDecide.getFirst().route()).isEqualTo("accreditation/application/" + id);
        login.as("yushan");
        assertThat(items("inbox.accr.decide", name)).as("deciding is the admin's").isEmpty();

        login.as("admin");
        accr.sql("UPDATE accr_round SET quota = 50 WHERE id = ?", round);
        decisions.approve(id, accr.version(id), "综合得分位于名额之内");
        assertThat(items("inbox.accr.decide", name)).isEmpty();

        notices.publishNotice(id, accr.version(id));
        long objection = notices.recordObjection(id, "小区居民", "反映停车收费不透明");
        List<InboxItem> objections = items("inbox.accr.objection", name);
        assertThat(objections).hasSize(1);
        assertThat(objections.getFirst().due()).isEqualTo(applications.application(id).row().noticeTo());
        notices.resolveObjection(objection, 0, false, "经核实，收费已按规定公示");
        assertThat(items("inbox.accr.objection", name)).isEmpty();
    }

    @Test
    void aCertificateNearItsEndShowsForTheAdminAndItsOwnTownsCoordinatorOnly() {
        long compound = accr.compound("yushan");
        String name = jdbc.queryForObject("SELECT name FROM compound WHERE id = ?", String.class, compound);
        long id = accr.submittedAndAccepted(round, compound);
        long town = jdbc.queryForObject("SELECT town_id FROM compound WHERE id = ?", Long.class, compound);
        accr.sql("""
                INSERT INTO accr_site (application_id, compound_id, town_id, level, certificate_no, valid_from, valid_to, state)
                VALUES (?, ?, ?, 'CITY', ?, ?, ?, 'CURRENT')""", id, compound, town, "T-" + id,
                accr.today().minusYears(3), accr.today().plusDays(20));

        login.as("admin");
        assertThat(items("inbox.accr.expiring", name)).singleElement()
                .satisfies(item -> assertThat(item.due()).isEqualTo(accr.today().plusDays(20)));
        login.as("yushan");
        assertThat(items("inbox.accr.reReview", name)).hasSize(1);
        login.as("meili");
        assertThat(items("inbox.accr.reReview", name)).isEmpty();

        accr.sql("UPDATE accr_site SET valid_to = ? WHERE application_id = ?", accr.today().plusYears(1), id);
        login.as("admin");
        assertThat(items("inbox.accr.expiring", name)).as("far from its end").isEmpty();
    }

    private List<InboxItem> items(String kind, String compoundName) {
        em.flush();
        return inbox.inbox().items().stream()
                .filter(i -> i.kindKey().equals(kind) && i.title().startsWith(compoundName + " ·")).toList();
    }
}
