package cn.haitang.console.base.files;

import cn.haitang.console.base.RuleViolationException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one check every upload passes (photos, sign-in sheets, application materials, vouchers): not
 * empty, not over the size limit, and a PDF, JPEG or PNG by its extension, by the type the browser
 * declared AND by its first bytes, so a renamed program is refused whatever it is called. Each refusal
 * has its own message at the given field. The file name is reduced to safe characters.
 */
public final class Attachments {

    /** The limit for one file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    /** What an upload field accepts (for the browser's file chooser; the server checks again). */
    public static final String[] ACCEPTED = {".pdf", ".jpg", ".jpeg", ".png", PDF, JPEG, PNG};

    private static final Set<String> TYPES = Set.of(PDF, JPEG, PNG);
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._\\- ()（）]");

    /** A checked file: its safe name and its type as read from the content. */
    public record Checked(String fileName, String contentType, byte[] content) {
    }

    private Attachments() {
    }

    /** Checks the file for the form field {@code field}; refuses with a message naming what is wrong. */
    public static Checked check(String field, @Nullable String fileName, @Nullable String declaredType,
                                byte @Nullable [] content) {
        if (content == null || content.length == 0) {
            throw RuleViolationException.atField(field, "upload.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolationException.atField(field, "upload.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String name = safeFileName(fileName);
        String byExtension = typeByExtension(name);
        if (byExtension == null) {
            throw RuleViolationException.atField(field, "upload.error.extension", name);
        }
        String byContent = typeByContent(content);
        boolean declaredOk = declaredType == null || declaredType.isBlank()
                || "application/octet-stream".equals(declaredType) || declaredType.equalsIgnoreCase(byExtension);
        if (byContent == null || !byContent.equals(byExtension) || !declaredOk) {
            throw RuleViolationException.atField(field, "upload.error.content", name);
        }
        return new Checked(name, byContent, content);
    }

    /** The rejection the upload component reports before the server sees the file (too large, wrong type). */
    public static RuleViolationException refusedByBrowser(String field, @Nullable String fileName, String reason) {
        return reason.toLowerCase(Locale.ROOT).contains("size")
                ? RuleViolationException.atField(field, "upload.error.tooLarge", MAX_BYTES / 1024 / 1024)
                : RuleViolationException.atField(field, "upload.error.extension", fileName == null ? "" : fileName);
    }

    /** The file's own name without folders or characters a file system or a header could trip over. */
    public static String safeFileName(@Nullable String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = UNSAFE.matcher(base).replaceAll("_").replaceAll("^[.\\s]+", "");
        if (base.isBlank()) {
            base = "file";
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    public static boolean accepted(String contentType) {
        return TYPES.contains(contentType);
    }

    private static @Nullable String typeByExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return JPEG;
        }
        if (lower.endsWith(".png")) {
            return PNG;
        }
        if (lower.endsWith(".pdf")) {
            return PDF;
        }
        return null;
    }

    private static @Nullable String typeByContent(byte[] c) {
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (c.length >= 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return PNG;
        }
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return PDF;
        }
        return null;
    }
}
