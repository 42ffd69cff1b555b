package cn.haitang.console.circle;

import java.time.Instant;

/** A photo's metadata (the content is downloaded separately). */
public record PhotoRow(long id, String fileName, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
