package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Current sites per town/street and level (added for the dashboard's breakdown). */
class SiteCountsByTownTest extends ServiceTest {

    @Autowired
    SiteRegistryService registry;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void townCountsAddUpToTheCityAndACoordinatorGetsOnlyTheirOwn() {
        login.as("admin");
        Map<Long, Map<Level, Long>> byTown = registry.currentSiteCountsByTown();
        for (Level level : Level.values()) {
            long sum = byTown.values().stream().mapToLong(m -> m.getOrDefault(level, 0L)).sum();
            assertThat(sum).isEqualTo(registry.currentSiteCounts(null).get(level));
        }
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE name = '虞山街道'", Long.class);
        Map<Level, Long> yushanCounts = byTown.getOrDefault(yushan, Map.of());
        login.as("yushan");
        Map<Long, Map<Level, Long>> own = registry.currentSiteCountsByTown();
        assertThat(own.keySet()).allMatch(id -> id == yushan);
        assertThat(own.getOrDefault(yushan, Map.of())).isEqualTo(yushanCounts);
        login.as("reviewer2");
        assertThatThrownBy(() -> registry.currentSiteCountsByTown()).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void communityCountsAddUpToTheirTownAndAnotherTownIsRefused() {
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE name = '虞山街道'", Long.class);
        long meili = jdbc.queryForObject("SELECT id FROM town WHERE name = '梅李镇'", Long.class);
        login.as("yushan");
        Map<Long, Map<Level, Long>> byCommunity = registry.siteCountsByCommunity(yushan, null);
        assertThat(byCommunity).isNotEmpty();
        assertThat(byCommunity.keySet()).allSatisfy(community -> assertThat(jdbc.queryForObject(
                "SELECT town_id FROM community WHERE id = ?", Long.class, community)).isEqualTo(yushan));
        for (Level level : Level.values()) {
            assertThat(byCommunity.values().stream().mapToLong(m -> m.getOrDefault(level, 0L)).sum())
                    .isEqualTo(registry.currentSiteCounts(yushan).get(level));
        }
        assertThatThrownBy(() -> registry.siteCountsByCommunity(meili, null)).isInstanceOf(ScopeViolationException.class);
    }
}
