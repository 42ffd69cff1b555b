package cn.haitang.console.pairing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Ids of demo records the pairing tests work with, read straight from the database. */
@Component
class Fixtures {

    private final JdbcTemplate jdbc;

    Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long town(String code) {
        return jdbc.queryForObject("SELECT id FROM town WHERE code = ?", Long.class, code);
    }

    /** An institution actively paired with the town, and one of its paired communities. */
    long[] pairedInstitutionAndCommunity(String townCode) {
        return jdbc.queryForObject("""
                SELECT p.institution_id, pc.community_id, p.id FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                WHERE p.status = 'ACTIVE' AND p.town_id = ? ORDER BY p.id, pc.community_id LIMIT 1""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, town(townCode));
    }

    long communityNotPairedWith(long institutionId, String townCode) {
        return jdbc.queryForObject("""
                SELECT c.id FROM community c WHERE c.town_id = ? AND c.id NOT IN (SELECT pc.community_id FROM pairing p
                JOIN pairing_community pc ON pc.pairing_id = p.id WHERE p.institution_id = ? AND p.status = 'ACTIVE')
                ORDER BY c.id LIMIT 1""", Long.class, town(townCode), institutionId);
    }

    long compoundOf(long communityId) {
        return jdbc.queryForObject("SELECT MIN(id) FROM compound WHERE community_id = ?", Long.class, communityId);
    }

    long compoundOutside(long communityId) {
        return jdbc.queryForObject("SELECT MIN(id) FROM compound WHERE community_id <> ?", Long.class, communityId);
    }

    long grid(String townCode) {
        return jdbc.queryForObject("SELECT MIN(id) FROM micro_grid WHERE town_id = ?", Long.class, town(townCode));
    }

    long otherGrid(String townCode) {
        return jdbc.queryForObject("SELECT MAX(id) FROM micro_grid WHERE town_id = ?", Long.class, town(townCode));
    }

    String[] gridPath(long gridId) {
        return jdbc.queryForObject("""
                SELECT t.name, c.name, cp.name, g.name FROM micro_grid g JOIN compound cp ON cp.id = g.compound_id
                JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = g.town_id WHERE g.id = ?""",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, gridId);
    }

    String institutionName(long id) {
        return jdbc.queryForObject("SELECT name FROM institution WHERE id = ?", String.class, id);
    }

    long unifiedType() {
        return jdbc.queryForObject("SELECT MIN(id) FROM activity_type WHERE unified_day", Long.class);
    }

    long reportIn(String townCode) {
        return jdbc.queryForObject("SELECT MIN(id) FROM grid_report WHERE status = 'ACTIVE' AND town_id = ?", Long.class,
                town(townCode));
    }

    long version(String table, long id) {
        return jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** A valid ID number not in the demo data (born 2001, sequence 9xx). */
    static String freshIdNumber(int n) {
        String first17 = "320581" + LocalDate.of(2001, 1, 1).plusDays(n).toString().replace("-", "") + "9" + String.format("%02d", n % 100);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** A report import workbook with the template's header and the given rows. */
    static byte[] workbook(List<Object[]> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("报到人员");
            Row header = sheet.createRow(0);
            for (int i = 0; i < ReportImportService.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(cn.haitang.console.base.i18n.Translations.translate(
                        ReportImportService.COLUMNS.get(i).key(), cn.haitang.console.base.i18n.Translations.CHINESE));
            }
            int r = 1;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        row.createCell(i).setCellValue(values[i].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
