package cn.haitang.console.base.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The one upload check: a message at the field for every refusal, and the kinds a caller allows. */
class AttachmentsTest {

    private static final byte[] PDF = "%PDF-1.7 content".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
    private static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0};
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static void refused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(messageKey);
            assertThat(e.getField()).isEqualTo("file");
        });
    }

    @Test
    void anEmptyFileIsRefused() {
        refused(() -> Attachments.check("file", "a.pdf", Attachments.PDF, new byte[0]), "upload.error.empty");
        refused(() -> Attachments.check("file", "a.pdf", Attachments.PDF, null), "upload.error.empty");
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = new byte[(int) Attachments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        refused(() -> Attachments.check("file", "big.pdf", Attachments.PDF, big), "upload.error.tooLarge");
    }

    @Test
    void anExtensionNotAllowedIsRefusedWithTheAllowedKindsNamed() {
        refused(() -> Attachments.check("file", "setup.exe", "application/octet-stream", PROGRAM), "upload.error.extension");
        refused(() -> Attachments.check("file", "form.docx", DOCX, ZIP), "upload.error.extension");
        assertThatThrownBy(() -> Attachments.check("file", Attachments.Kind.WITH_OFFICE, "setup.exe", null, PROGRAM))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getArguments()).containsExactly("setup.exe", "PDF、JPG、PNG、DOCX、XLSX"));
    }

    @Test
    void aRenamedProgramIsRefusedByItsFirstBytes() {
        refused(() -> Attachments.check("file", "申报材料.pdf", Attachments.PDF, PROGRAM), "upload.error.content");
        refused(() -> Attachments.check("file", "photo.jpg", Attachments.JPEG, PNG), "upload.error.content");
        refused(() -> Attachments.check("file", Attachments.Kind.WITH_OFFICE, "form.docx", DOCX, PROGRAM),
                "upload.error.content");
        refused(() -> Attachments.check("file", Attachments.Kind.WITH_OFFICE, "data.xlsx", XLSX, PDF),
                "upload.error.content");
    }

    @Test
    void aDeclaredTypeThatContradictsTheNameIsRefused() {
        refused(() -> Attachments.check("file", "fake.pdf", Attachments.PNG, PDF), "upload.error.content");
        refused(() -> Attachments.check("file", Attachments.Kind.WITH_OFFICE, "form.docx", XLSX, ZIP),
                "upload.error.content");
    }

    @Test
    void realFilesPassWithTheirTypeFromTheContentAndASafeName() {
        assertThat(Attachments.check("file", "../../报告.pdf", null, PDF))
                .satisfies(c -> {
                    assertThat(c.fileName()).isEqualTo("报告.pdf");
                    assertThat(c.contentType()).isEqualTo(Attachments.PDF);
                });
        assertThat(Attachments.check("file", "p.PNG", "application/octet-stream", PNG).contentType())
                .isEqualTo(Attachments.PNG);
        assertThat(Attachments.check("file", "p.jpeg", Attachments.JPEG, JPEG).contentType()).isEqualTo(Attachments.JPEG);
        Set<Attachments.Kind> office = Attachments.Kind.WITH_OFFICE;
        assertThat(Attachments.check("file", office, "申报表.docx", DOCX, ZIP).contentType()).isEqualTo(DOCX);
        assertThat(Attachments.check("file", office, "数据.xlsx", "", ZIP).contentType()).isEqualTo(XLSX);
        assertThat(Attachments.accepted(office)).contains(".docx", DOCX, ".xlsx", XLSX, ".pdf");
        assertThat(Attachments.ACCEPTED).doesNotContain(".docx");
    }
}
