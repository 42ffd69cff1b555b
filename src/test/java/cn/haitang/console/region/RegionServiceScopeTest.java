package cn.haitang.console.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.security.TownRef;
import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A coordinator reads nothing outside their town/street, whatever id they pass. */
class RegionServiceScopeTest extends ServiceTest {

    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    private long town(String code) {
        return jdbc.queryForObject("SELECT id FROM town WHERE code = ?", Long.class, code);
    }

    private long first(String table, String code) {
        return jdbc.queryForObject("SELECT MIN(x.id) FROM " + table + " x JOIN town t ON t.id = x.town_id WHERE t.code = ?",
                Long.class, code);
    }

    @Test
    void theDemoCityHas506CompoundsIn14TownsAndStreets() {
        login.as("admin");
        assertThat(regions.allTowns()).hasSize(14).extracting(TownRef::name).contains("虞山街道", "梅李镇", "尚湖镇");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM compound", Integer.class)).isEqualTo(506);
        assertThat(regions.communitiesOf(town("yushan"))).extracting(CommunityRef::name).contains("张坝社区");
    }

    @Test
    void aCoordinatorSeesOnlyTheirOwnTown() {
        login.as("yushan");
        assertThat(regions.townsInScope()).extracting(TownRef::name).containsExactly("虞山街道");
        assertThat(regions.communitiesOf(town("yushan"))).isNotEmpty();
        assertThat(regions.compound(first("compound", "yushan")).townName()).isEqualTo("虞山街道");
        assertThat(regions.microGrid(first("micro_grid", "yushan")).townId()).isEqualTo(town("yushan"));
        assertThat(regions.community(first("community", "yushan")).townName()).isEqualTo("虞山街道");
    }

    @Test
    void aCoordinatorIsRefusedAnotherTownsIdsForEveryLookup() {
        login.as("yushan");
        assertThatThrownBy(() -> regions.communitiesOf(town("meili"))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> regions.community(first("community", "meili"))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> regions.compound(first("compound", "meili"))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> regions.microGrid(first("micro_grid", "meili"))).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aReviewerHasNoAreaToBrowse() {
        login.as("reviewer1");
        assertThat(regions.townsInScope()).isEmpty();
        assertThatThrownBy(() -> regions.compound(first("compound", "yushan"))).isInstanceOf(ScopeViolationException.class);
    }
}
