package cn.haitang.console.base.files;

import cn.haitang.console.base.RuleViolationException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one check every upload passes (photos, sign-in sheets, application materials, vouchers): not
 * empty, not over the size limit, and one of the kinds the caller allows (PDF, JPEG or PNG unless it
 * says otherwise) by its extension, by the type the browser declared AND by its first bytes, so a renamed
 * program is refused whatever it is called. Each refusal has its own message at the given field. The
 * file name is reduced to safe characters.
 */
public final class Attachments {

    /** The limit for one file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    /** What an upload field accepts by default (for the browser's file chooser; the server checks again). */
    public static final String[] ACCEPTED = accepted(Kind.DOCUMENTS);

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._\\- ()（）]");

    /** A kind of file an upload may allow: its type, its extensions and how its content begins. */
    public enum Kind {
        PDF(Attachments.PDF, "PDF", new byte[] {'%', 'P', 'D', 'F', '-'}, ".pdf"),
        JPEG(Attachments.JPEG, "JPG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, ".jpg", ".jpeg"),
        PNG(Attachments.PNG, "PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, ".png"),
        /** A Word document (Office Open XML: a ZIP package). */
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
                new byte[] {'P', 'K', 3, 4}, ".docx"),
        /** An Excel workbook (Office Open XML: a ZIP package). */
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
                new byte[] {'P', 'K', 3, 4}, ".xlsx");

        /** PDF, JPEG and PNG: what every upload accepts unless its feature allows more. */
        public static final Set<Kind> DOCUMENTS = Set.copyOf(EnumSet.of(PDF, JPEG, PNG));
        /** The documents and images, and Word and Excel files (application forms kept as .docx/.xlsx). */
        public static final Set<Kind> WITH_OFFICE = Set.copyOf(EnumSet.allOf(Kind.class));

        private final String type;
        private final String label;
        private final byte[] magic;
        private final String[] extensions;

        Kind(String type, String label, byte[] magic, String... extensions) {
            this.type = type;
            this.label = label;
            this.magic = magic;
            this.extensions = extensions;
        }

        public String type() {
            return type;
        }

        boolean named(String lowerCaseName) {
            return Arrays.stream(extensions).anyMatch(lowerCaseName::endsWith);
        }

        boolean begins(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

    /** A checked file: its safe name and its type as read from the content. */
    public record Checked(String fileName, String contentType, byte[] content) {
    }

    private Attachments() {
    }

    /** Checks a PDF, JPEG or PNG for the form field {@code field}; refuses with a message naming what is wrong. */
    public static Checked check(String field, @Nullable String fileName, @Nullable String declaredType,
                                byte @Nullable [] content) {
        return check(field, Kind.DOCUMENTS, fileName, declaredType, content);
    }

    /** Checks a file of one of the allowed kinds for the form field {@code field}. */
    public static Checked check(String field, Set<Kind> allowed, @Nullable String fileName, @Nullable String declaredType,
                                byte @Nullable [] content) {
        if (content == null || content.length == 0) {
            throw RuleViolationException.atField(field, "upload.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolationException.atField(field, "upload.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String name = safeFileName(fileName);
        String lower = name.toLowerCase(Locale.ROOT);
        Kind kind = allowed.stream().filter(k -> k.named(lower)).findFirst()
                .orElseThrow(() -> RuleViolationException.atField(field, "upload.error.extension", name, labels(allowed)));
        boolean declaredOk = declaredType == null || declaredType.isBlank()
                || "application/octet-stream".equals(declaredType) || declaredType.equalsIgnoreCase(kind.type);
        if (!kind.begins(content) || !declaredOk) {
            throw RuleViolationException.atField(field, "upload.error.content", name, labels(allowed));
        }
        return new Checked(name, kind.type, content);
    }

    /** The rejection the upload component reports before the server sees the file (too large, wrong type). */
    public static RuleViolationException refusedByBrowser(String field, @Nullable String fileName, String reason) {
        return refusedByBrowser(field, Kind.DOCUMENTS, fileName, reason);
    }

    public static RuleViolationException refusedByBrowser(String field, Set<Kind> allowed, @Nullable String fileName,
                                                          String reason) {
        return reason.toLowerCase(Locale.ROOT).contains("size")
                ? RuleViolationException.atField(field, "upload.error.tooLarge", MAX_BYTES / 1024 / 1024)
                : RuleViolationException.atField(field, "upload.error.extension", fileName == null ? "" : fileName,
                labels(allowed));
    }

    /** The kinds as users read them: "PDF、JPG、PNG" (the enumeration comma Chinese text uses). */
    public static String labels(Set<Kind> kinds) {
        return kinds.stream().sorted().map(k -> k.label).collect(Collectors.joining("、"));
    }

    /** What an upload field allowing these kinds accepts: extensions and types, for the browser's file chooser. */
    public static String[] accepted(Set<Kind> kinds) {
        return kinds.stream().sorted().flatMap(k -> Stream.concat(Arrays.stream(k.extensions), Stream.of(k.type)))
                .toArray(String[]::new);
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

    /** Whether a type is one of the default kinds (PDF, JPEG, PNG). */
    public static boolean accepted(String contentType) {
        return Kind.DOCUMENTS.stream().anyMatch(k -> k.type.equals(contentType));
    }
}
