package cn.haitang.console.base.excel.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Values as people write them in spreadsheets, and the messages when a value cannot be read without guessing. */
class CellsTest {

    private static String message(Runnable parse) {
        try {
            parse.run();
        } catch (CellProblem p) {
            return cn.haitang.console.base.i18n.Translations.translate(p.messageKey(), Locale.SIMPLIFIED_CHINESE,
                    p.arguments().toArray());
        }
        throw new AssertionError("no problem raised");
    }

    @Test
    void phonesWithSpacesDashesPrefixesAndFullWidthDigitsAreRead() {
        assertThat(Cells.mobile("138 1234 5678")).isEqualTo("13812345678");
        assertThat(Cells.mobile("139-1234-5678")).isEqualTo("13912345678");
        assertThat(Cells.mobile("+86 139 1234 5678")).isEqualTo("13912345678");
        assertThat(Cells.mobile("１３９１２３４５６７８")).isEqualTo("13912345678");
        assertThat(Cells.mobile("\u200B13912345678\u00A0")).isEqualTo("13912345678");
    }

    @Test
    void aPhoneThatCannotBeReadSaysWhatWasReadAndWhy() {
        assertThat(message(() -> Cells.mobile("138 1234 567"))).isEqualTo("读到“138 1234 567”，共 10 位数字：手机号码应为 11 位");
        assertThat(message(() -> Cells.mobile("05126666666"))).isEqualTo("读到“05126666666”：11 位数字，但手机号码应以 13–19 开头");
        assertThat(message(() -> Cells.mobile("无"))).contains("读到“无”");
    }

    @Test
    void datesInEveryFormTownsWriteAndNoGuessAtAmbiguousOnes() {
        LocalDate day = LocalDate.of(2024, 10, 17);
        for (String text : new String[] {"2024-10-17", "2024/10/17", "2024.10.17", "2024年10月17日", "20241017", "２０２４-10-17"}) {
            assertThat(Cells.date(text)).as(text).isEqualTo(day);
        }
        assertThat(message(() -> Cells.date("10/17/24"))).startsWith("读到“10/17/24”：无法确定日期");
        assertThat(message(() -> Cells.date("2024-02-30"))).isEqualTo("读到“2024-02-30”：没有这一天");
    }

    @Test
    void countsWithUnitsAndNumbersStoredAsText() {
        assertThat(Cells.count("１２人")).isEqualTo(12);
        assertThat(Cells.count("12.0")).isEqualTo(12);
        assertThat(Cells.count(" 3 户")).isEqualTo(3);
        assertThat(message(() -> Cells.count("很多"))).isEqualTo("读到“很多”：应为整数（如 12 或 12人）");
        assertThat(Cells.optionalAmount("￥1,234.5元")).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(message(() -> Cells.optionalAmount("1.234"))).contains("最多两位小数");
    }

    @Test
    void headersMatchWhateverTheBracketsSpacesAndMarks() {
        assertThat(Cells.headerKey("镇(街道) ")).isEqualTo(Cells.headerKey("镇（街道）"));
        assertThat(Cells.headerKey("* 手机号码：")).isEqualTo(Cells.headerKey("手机号码"));
        assertThat(Cells.idNumber("32058119850312001x ")).isEqualTo("32058119850312001X");
    }
}
