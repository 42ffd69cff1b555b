package cn.haitang.console.circle;

import cn.haitang.console.audit.AuditMasked;
import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A photo of a scene, or of one of its sessions, stored in the database (never under the web root). */
@Entity
@Table(name = "circle_photo")
class CirclePhoto extends AbstractEntity {

    @Column(name = "scene_id", nullable = false)
    private long sceneId;
    @Column(name = "record_id")
    private @Nullable Long recordId;
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

    protected CirclePhoto() {
    }

    CirclePhoto(long sceneId, @Nullable Long recordId, String fileName, String contentType, byte[] content,
                Instant uploadedAt, String uploadedBy) {
        this.sceneId = sceneId;
        this.recordId = recordId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    long getSceneId() {
        return sceneId;
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
