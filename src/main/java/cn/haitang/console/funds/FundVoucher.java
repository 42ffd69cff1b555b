package cn.haitang.console.funds;

import cn.haitang.console.audit.AuditMasked;
import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A voucher (receipt, bank slip, invoice) of a movement, stored in the database. */
@Entity
@Table(name = "fund_voucher")
class FundVoucher extends AbstractEntity {

    @Column(name = "movement_id", nullable = false)
    private long movementId;
    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    @AuditMasked
    private byte[] content;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected FundVoucher() {
    }

    FundVoucher(long movementId, String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        this.movementId = movementId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    long getMovementId() {
        return movementId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}
