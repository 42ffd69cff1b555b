package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or sign-in sheet of an activity, stored in the database (never under the web root). */
@Entity
@Table(name = "activity_attachment")
class ActivityAttachment extends StoredFile {

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    protected ActivityAttachment() {
    }

    ActivityAttachment(long activityId, String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        super(fileName, contentType, content, uploadedAt, uploadedBy);
        this.activityId = activityId;
    }

    long getActivityId() {
        return activityId;
    }
}
