package cn.haitang.console.notices;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeReplyAttachmentRepository extends JpaRepository<NoticeReplyAttachment, Long> {
}
