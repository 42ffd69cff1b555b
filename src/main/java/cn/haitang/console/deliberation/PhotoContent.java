package cn.haitang.console.deliberation;

/** A stored file, for download. */
public record PhotoContent(String fileName, String contentType, byte[] content) {
}
