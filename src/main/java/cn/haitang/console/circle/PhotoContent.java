package cn.haitang.console.circle;

/** A photo to download: its safe file name, its type as read from the content, the bytes. */
public record PhotoContent(String fileName, String contentType, byte[] content) {
}
