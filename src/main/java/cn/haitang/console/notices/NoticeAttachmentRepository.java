package cn.haitang.console.notices;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeAttachmentRepository extends JpaRepository<NoticeAttachment, Long> {
}
