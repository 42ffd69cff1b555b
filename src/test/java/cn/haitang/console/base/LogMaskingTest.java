package cn.haitang.console.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Personal data never reaches the log: whatever a message or an exception says (a constraint violation quoting
 * a duplicate ID number, a refused phone in a warning), the application's log pattern masks the digits of an ID
 * number and of a mobile phone, and leaves other numbers (ids, counts, times) alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest extends ServiceTest {

    private static final Logger log = LoggerFactory.getLogger(LogMaskingTest.class);

    @Test
    void phonesAndIdNumbersAreMaskedInMessagesAndStackTraces(CapturedOutput output) {
        log.warn("Refused household 13812345678 of 32058119850312001X, record 1234567 at 2026-12-04");
        log.error("Unexpected error [ref-42]", new IllegalStateException(
                "Duplicate entry '32058119900101123x' for key 'uk_grid_report_id_number', phone 139 not split: 13912345678"));
        String logged = output.getAll();
        assertThat(logged).contains("138****5678", "320581********001X", "320581********123x", "139****5678")
                .contains("record 1234567 at 2026-12-04", "ref-42", "uk_grid_report_id_number")
                .doesNotContain("13812345678", "32058119850312001X", "32058119900101123x", "13912345678");
        assertThat(logged).as("the stack trace is still there").contains("IllegalStateException", "LogMaskingTest.java");
    }
}
