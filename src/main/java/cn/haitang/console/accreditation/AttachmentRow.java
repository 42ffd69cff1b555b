package cn.haitang.console.accreditation;

import java.time.Instant;

/** An attachment's metadata. */
public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
}
