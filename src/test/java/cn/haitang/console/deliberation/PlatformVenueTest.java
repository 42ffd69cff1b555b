package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.circle.PositionService;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A platform meets on a service position of its community (the service circle's) or at an address. */
@Transactional
class PlatformVenueTest extends ServiceTest {

    @Autowired
    PlatformService platforms;
    @Autowired
    PositionService positions;
    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> position(String townCode) {
        return jdbc.queryForMap("""
                SELECT sp.id, sp.community_id, sp.name, sp.version FROM service_position sp JOIN town t ON t.id = sp.town_id
                WHERE t.code = ? AND NOT EXISTS (SELECT 1 FROM scene s WHERE s.position_id = sp.id)
                ORDER BY sp.id LIMIT 1""", townCode);
    }

    private static PlatformForm at(long communityId, Long positionId, String venue) {
        return new PlatformForm("先锋夜谈", PlatformKind.PIONEER_NIGHT, communityId, null, venue, "李书记", Rhythm.MONTHLY,
                positionId);
    }

    @Test
    void aPlatformMeetsOnAPositionOfItsCommunityAndTheListNamesIt() {
        Map<String, Object> p = position("yushan");
        long position = ((Number) p.get("id")).longValue();
        long community = ((Number) p.get("community_id")).longValue();
        login.as("yushan");
        assertThat(platforms.venueOptions(community)).extracting(Option::id).contains(position);
        long id = platforms.create(at(community, position, "被忽略的地址"));
        PlatformRow row = platforms.platform(id);
        assertThat(row.positionId()).isEqualTo(position);
        assertThat(row.venue()).isEqualTo(p.get("name"));
        assertThat(jdbc.queryForObject("SELECT venue FROM delib_platform WHERE id = ?", String.class, id)).isNull();

        // back to an address: the position is let go
        platforms.update(id, row.version(), at(community, null, "三号楼架空层"));
        PlatformRow moved = platforms.platform(id);
        assertThat(moved.positionId()).isNull();
        assertThat(moved.venue()).isEqualTo("三号楼架空层");
        assertRefused(() -> platforms.update(id, moved.version(), at(community, null, " ")), "venue", "validation.required");
    }

    @Test
    void aPositionOfAnotherCommunityOrTownIsRefused() {
        Map<String, Object> p = position("yushan");
        long position = ((Number) p.get("id")).longValue();
        long otherCommunity = jdbc.queryForObject("SELECT MIN(id) FROM community WHERE town_id = "
                + "(SELECT id FROM town WHERE code = 'yushan') AND id <> ?", Long.class, p.get("community_id"));
        login.as("yushan");
        assertRefused(() -> platforms.create(at(otherCommunity, position, null)), "positionId",
                "delib.error.positionOutsideCommunity");
        Map<String, Object> meili = position("meili");
        assertThatThrownBy(() -> platforms.create(at(otherCommunity, ((Number) meili.get("id")).longValue(), null)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> platforms.venueOptions(((Number) meili.get("community_id")).longValue()))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aPositionAPlatformMeetsOnIsNotDeleted() {
        Map<String, Object> p = position("yushan");
        long position = ((Number) p.get("id")).longValue();
        login.as("yushan");
        platforms.create(at(((Number) p.get("community_id")).longValue(), position, null));
        assertThatThrownBy(() -> positions.delete(position, positions.position(position).version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("circle.error.position.inUse"));
    }

    @Test
    void theExportHoldsExactlyTheFilteredPlatformsWithTheirVenue() throws Exception {
        Map<String, Object> p = position("yushan");
        long community = ((Number) p.get("community_id")).longValue();
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE code = 'yushan'", Long.class);
        login.as("yushan");
        platforms.create(at(community, ((Number) p.get("id")).longValue(), null));
        PlatformFilter filter = new PlatformFilter(yushan, community, null, null, null);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int written = platforms.export(filter, out, cn.haitang.console.base.i18n.Translations.CHINESE);
        assertThat(written).isEqualTo(platforms.count(filter)).isPositive();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("平台名称");
            assertThat(cn.haitang.console.support.Sheets.lastDataRow(sheet)).isEqualTo(written);
            java.util.List<String> venues = new java.util.ArrayList<>();
            for (int r = 1; r <= cn.haitang.console.support.Sheets.lastDataRow(sheet); r++) {
                venues.add(sheet.getRow(r).getCell(6).getStringCellValue());
            }
            assertThat(venues).contains((String) p.get("name"));
        }
        login.as("meili");
        assertThatThrownBy(() -> platforms.export(filter, new java.io.ByteArrayOutputStream(),
                cn.haitang.console.base.i18n.Translations.CHINESE)).isInstanceOf(ScopeViolationException.class);
    }
}
