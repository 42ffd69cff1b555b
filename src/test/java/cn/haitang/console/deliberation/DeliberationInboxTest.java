package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** A topic handed to the community waits in its coordinator's inbox once past due, until a result is recorded. */
@Transactional
class DeliberationInboxTest extends ServiceTest {

    @Autowired
    DelibTestData fx;
    @Autowired
    TopicService topics;
    @Autowired
    DeliberationInbox inbox;

    @Test
    void aTopicPastItsDueDateIsInItsTownsInboxUntilItHasAResult() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        String title = "收件箱议题" + System.nanoTime() % 100_000;
        long topic = topics.raise(w.sessionId(), title, null);
        topics.handToCommunity(topic, topics.topic(topic).version(), fx.today().plusDays(3));
        assertThat(inbox.items(fx.today())).extracting(InboxItem::title).noneMatch(t -> t.startsWith(title + " · "));
        assertThat(inbox.items(fx.today().plusDays(4))).filteredOn(i -> i.title().startsWith(title + " · "))
                .singleElement().satisfies(i -> {
                    assertThat(i.due()).isEqualTo(fx.today().plusDays(3));
                    assertThat(i.route()).isEqualTo("deliberation/overdue");
                });

        login.as("meili");
        assertThat(inbox.items(fx.today().plusDays(4))).extracting(InboxItem::title).noneMatch(t -> t.startsWith(title + " · "));
        login.as("admin");
        assertThat(inbox.items(fx.today().plusDays(4))).isEmpty();

        login.as("yushan");
        topics.recordResult(topic, topics.topic(topic).version(), "已协调城管夜间巡查");
        assertThat(inbox.items(fx.today().plusDays(4))).extracting(InboxItem::title).noneMatch(t -> t.startsWith(title + " · "));
    }
}
