package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.figures.DashboardSection;
import cn.haitang.console.base.figures.SectionFigures;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's deliberation as a user meets it: 义庄公寓's consultation and vote, the board's matters from sessions, the dashboard. */
class DeliberationDemoDataTest extends ServiceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConsultationService consultations;
    @Autowired
    List<DashboardSection> sections;

    @Test
    void yizhuangsConsultationHasThreeRoundsAndAPassedVoteOnTheBollardsAndBeganAtAFengwuSession() {
        login.as("yushan");
        ConsultationRow row = consultations.list(new ConsultationFilter(null, null, null, null, "义庄公寓"), Pageable.unpaged())
                .getFirst();
        ConsultationDetail detail = consultations.detail(row.id());
        assertThat(detail.rounds()).hasSize(3);
        assertThat(detail.parties().getFirst().role()).isEqualTo(PartyRole.LEAD);
        assertThat(row.plan()).contains("液压升降柱").contains("自筹");
        assertThat(detail.vote()).isNotNull();
        assertThat(detail.vote().item()).isEqualTo(VoteItem.REBUILD_OR_ALTER);
        assertThat(detail.vote().passed()).isTrue();
        assertThat(detail.vote().ballots()).isEqualTo(268);
        assertThat(detail.vote().result()).get().satisfies(r -> assertThat(r.passed()).isTrue());
        // the session where it began sent the parking matter to the board and the fire lane to this consultation
        Long matterTopics = jdbc.queryForObject("""
                SELECT COUNT(*) FROM delib_topic b JOIN delib_topic k ON k.session_id = b.session_id
                JOIN matter m ON m.id = b.matter_id WHERE k.consultation_id = ? AND m.title LIKE '义庄公寓停车难%'""",
                Long.class, row.id());
        assertThat(matterTopics).isEqualTo(1);
    }

    @Test
    void mostCompoundsHaveAPlatformAndTheBoardsFengwuMattersComeFromATopic() {
        Double share = jdbc.queryForObject("SELECT COUNT(DISTINCT compound_id) / (SELECT COUNT(*) FROM compound) "
                + "FROM delib_platform WHERE compound_id IS NOT NULL", Double.class);
        assertThat(share).isGreaterThan(0.7);
        Long unlinked = jdbc.queryForObject("""
                SELECT COUNT(*) FROM matter m WHERE m.source IN ('FENGWU', 'PIONEER_NIGHT') AND m.compound_id IN
                (SELECT compound_id FROM delib_platform) AND NOT EXISTS (SELECT 1 FROM delib_topic t WHERE t.matter_id = m.id)""",
                Long.class);
        assertThat(unlinked).isZero();
        Long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM delib_session", Long.class);
        assertThat(sessions).isGreaterThan(3000);
    }

    @Test
    void theDashboardSectionCountsTheCityByTownAndWritesItsMonthlySheet() {
        login.as("admin");
        DashboardSection section = sections.stream().filter(s -> s.titleKey().equals("delib.figures.title")).findFirst()
                .orElseThrow();
        SectionFigures city = section.figures(null, null, Locale.SIMPLIFIED_CHINESE);
        assertThat(city.breakdown().lines()).hasSize(14);
        long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM delib_session", Long.class);
        assertThat(city.cards().getFirst().value()).isEqualTo(String.valueOf(sessions));
        assertThat(city.cards()).extracting(SectionFigures.FigureCard::id).contains("delib-votes");
        login.as("yushan");
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE code = 'yushan'", Long.class);
        SectionFigures town = section.figures(null, yushan, Locale.SIMPLIFIED_CHINESE);
        assertThat(town.breakdown().lines()).allSatisfy(l -> assertThat(l.town()).isFalse());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter excel = new ExcelWriter(Locale.SIMPLIFIED_CHINESE)) {
            section.writeMonthlySheet(excel, YearMonth.now(), yushan);
            excel.write(out);
        }
        assertThat(out.size()).isGreaterThan(1000);
    }
}
