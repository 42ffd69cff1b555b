package cn.haitang.console.circle;

import cn.haitang.console.base.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A photo of a scene, or of one of its sessions. */
@Entity
@Table(name = "circle_photo")
class CirclePhoto extends StoredFile {

    @Column(name = "scene_id", nullable = false)
    private long sceneId;
    @Column(name = "record_id")
    private @Nullable Long recordId;

    protected CirclePhoto() {
    }

    CirclePhoto(long sceneId, @Nullable Long recordId, String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        super(fileName, contentType, content, uploadedAt, uploadedBy);
        this.sceneId = sceneId;
        this.recordId = recordId;
    }

    long getSceneId() {
        return sceneId;
    }
}
