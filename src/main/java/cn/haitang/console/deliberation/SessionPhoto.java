package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or sign-in sheet of a session, stored in the database (never under the web root). */
@Entity
@Table(name = "delib_session_photo")
class SessionPhoto extends StoredFile {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    protected SessionPhoto() {
    }

    SessionPhoto(long sessionId, String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        super(fileName, contentType, content, uploadedAt, uploadedBy);
        this.sessionId = sessionId;
    }

    long getSessionId() {
        return sessionId;
    }
}
