package cn.haitang.console.pairing;

/** An activity's attachment to download: its safe file name, its type as read from the content, the bytes. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
