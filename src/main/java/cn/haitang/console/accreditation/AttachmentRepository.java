package cn.haitang.console.accreditation;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    java.util.List<Attachment> findByApplicationIdOrderByUploadedAt(long applicationId);

    long countByApplicationId(long applicationId);
}
