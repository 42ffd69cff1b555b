package cn.haitang.console.funds;

/** A voucher's file, for download. */
public record VoucherContent(String fileName, String contentType, byte[] content) {
}
