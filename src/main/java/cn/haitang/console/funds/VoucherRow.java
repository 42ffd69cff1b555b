package cn.haitang.console.funds;

import java.time.Instant;

/** A voucher as its list shows it. */
public record VoucherRow(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
