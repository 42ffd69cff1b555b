package cn.haitang.console.deliberation;

/** A photo or sign-in sheet of a session. */
public record PhotoRow(long id, String fileName, String contentType, long sizeBytes, java.time.Instant uploadedAt, String uploadedBy) {
}
