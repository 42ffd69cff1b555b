package cn.haitang.console.pairing;

/** An attachment’s metadata (the content is downloaded separately). */
public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes, java.time.Instant uploadedAt,
                            String uploadedBy) {
}
