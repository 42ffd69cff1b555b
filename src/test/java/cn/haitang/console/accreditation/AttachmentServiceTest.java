package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.files.Attachments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An application's materials: the one upload check, and who may read and remove them. */
class AttachmentServiceTest extends AccreditationTest {

    @Autowired
    ApplicationService applications;

    @Autowired
    AttachmentService attachments;

    @Test
    void attachmentsHaveTypeAndSizeLimitsAndAreReadableByWhoMaySeeTheApplication() {
        login.as("yushan");
        long id = applications.nominate(round, accr.compound("yushan"), "a", "b");
        byte[] pdf = "%PDF-1.4 demo".getBytes(StandardCharsets.UTF_8);
        // the console's one upload check: its own message for each refusal (were accreditation.error.attachment.*)
        assertThatThrownBy(() -> attachments.addAttachment(id, "virus.exe", "application/octet-stream", pdf))
                .hasFieldOrPropertyWithValue("messageKey", "upload.error.extension");
        assertThatThrownBy(() -> attachments.addAttachment(id, "fake.pdf", "image/png", pdf))
                .hasFieldOrPropertyWithValue("messageKey", "upload.error.content");
        assertThatThrownBy(() -> attachments.addAttachment(id, "big.pdf", "application/pdf",
                new byte[(int) Attachments.MAX_BYTES + 1]))
                .hasFieldOrPropertyWithValue("messageKey", "upload.error.tooLarge");
        attachments.addAttachment(id, "../../申报表.pdf", "application/pdf", pdf);
        List<AttachmentRow> rows = attachments.attachments(id);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.fileName()).doesNotContain("/");
            assertThat(r.sizeBytes()).isEqualTo(pdf.length);
        });
        assertThat(attachments.attachmentContent(rows.getFirst().id())).isEqualTo(pdf);
        login.as("meili");
        assertThatThrownBy(() -> attachments.attachmentContent(rows.getFirst().id())).isInstanceOf(RuleViolationException.class);
        login.as("yushan");
        attachments.removeAttachment(rows.getFirst().id());
        assertThat(attachments.attachments(id)).isEmpty();
    }

    @Test
    void aRenamedProgramAnEmptyFileAndAFakeWordFileAreRefusedAtTheFieldWhileRealOfficeFilesAreKept() {
        login.as("yushan");
        long id = applications.nominate(round, accr.compound("yushan"), "a", "b");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertRefused(() -> attachments.addAttachment(id, "申报材料.pdf", "application/pdf", program), "attachment",
                "upload.error.content");
        assertRefused(() -> attachments.addAttachment(id, "申报材料.pdf", "application/pdf", new byte[0]), "attachment",
                "upload.error.empty");
        assertRefused(() -> attachments.addAttachment(id, "申报表.docx", DOCX, program), "attachment",
                "upload.error.content");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0};
        attachments.addAttachment(id, "申报表.docx", DOCX, zip);
        attachments.addAttachment(id, "数据.xlsx", "application/octet-stream", zip);
        assertThat(attachments.attachments(id)).extracting(AttachmentRow::contentType)
                .containsExactlyInAnyOrder(DOCX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
