package cn.haitang.console.circle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.figures.SectionFigures;
import cn.haitang.console.support.ServiceTest;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's circle reproduces the article (291 scenes, about 120,000 person-times) and shows on the dashboard. */
class CircleDemoDataTest extends ServiceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SceneService scenes;
    @Autowired
    CircleDashboardSection section;
    @Autowired
    CircleFiguresService figures;
    @Autowired
    Clock clock;

    @Test
    void twoHundredNinetyOneScenesAndAboutOneHundredTwentyThousandPersonTimesOverFourteenTowns() {
        Long demoScenes = jdbc.queryForObject("SELECT COUNT(*) FROM scene WHERE name NOT LIKE '测试%' AND name NOT LIKE '税务%'",
                Long.class);
        assertThat(demoScenes).isGreaterThanOrEqualTo(291);
        Long towns = jdbc.queryForObject("SELECT COUNT(DISTINCT town_id) FROM scene", Long.class);
        assertThat(towns).isEqualTo(14);
        Long personTimes = jdbc.queryForObject("SELECT SUM(participants) FROM service_record", Long.class);
        assertThat(personTimes).isBetween(120_000L, 125_000L);
        // the tally the figures read holds exactly what the records say
        assertThat(jdbc.queryForObject("SELECT SUM(person_times) FROM scene_month_tally", Long.class)).isEqualTo(personTimes);
        assertThat(jdbc.queryForObject("SELECT SUM(sessions) FROM scene_month_tally", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM service_record", Long.class));
        login.as("yushan");
        assertThat(scenes.list(new SceneFilter(null, null, null, null, null, null, "张坝夜课堂"), PageRequest.of(0, 5)))
                .singleElement().satisfies(s -> {
                    assertThat(s.communityName()).isEqualTo("张坝社区");
                    assertThat(s.forChildren()).isTrue();
                    assertThat(s.personTimes()).isPositive();
                });
    }

    @Test
    void theDashboardSectionShowsTheCityAndDrillsIntoATown() {
        login.as("admin");
        SectionFigures city = section.figures(null, null, Locale.SIMPLIFIED_CHINESE);
        assertThat(city.cards()).extracting(SectionFigures.FigureCard::id).contains("circle-scenes", "circle-month",
                "circle-year", "circle-hours", "circle-groups", "circle-late");
        assertThat(city.breakdown().lines()).hasSize(14).allMatch(SectionFigures.Line::town);
        assertThat(city.chart()).containsKey("series");
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE code = 'yushan'", Long.class);
        SectionFigures town = section.figures(YearMonth.now(clock).minusMonths(1), yushan, Locale.ENGLISH);
        assertThat(town.breakdown().lines()).isNotEmpty().noneMatch(SectionFigures.Line::town);
        assertThat(town.cards().get(1).label()).startsWith("Person-times in");
        CircleFigures f = figures.figures(null, null);
        assertThat(f.personTimesYear()).isGreaterThan(100_000);
        assertThat(f.latePositions()).isPositive();
        assertThat(f.lentPositions()).isPositive();
    }
}
