package cn.haitang.console.funds;

import cn.haitang.console.base.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A voucher (receipt, bank slip, invoice) of a movement, stored in the database. */
@Entity
@Table(name = "fund_voucher")
class FundVoucher extends StoredFile {

    @Column(name = "movement_id", nullable = false)
    private long movementId;

    protected FundVoucher() {
    }

    FundVoucher(long movementId, String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        super(fileName, contentType, content, uploadedAt, uploadedBy);
        this.movementId = movementId;
    }

    long getMovementId() {
        return movementId;
    }
}
