package cn.haitang.console.notices;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeReplyRepository extends JpaRepository<NoticeReply, Long> {
}
