package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.inbox.InboxItem;
import cn.haitang.console.inbox.InboxService;
import cn.haitang.console.support.ServiceTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** A resolved matter waits in its town's coordinator's inbox until accepted (or reopened), nowhere else. */
@Transactional
class PairingInboxTest extends ServiceTest {

    @Autowired
    MattersService matters;
    @Autowired
    Fixtures fx;
    @Autowired
    InboxService inbox;

    private long version(long id) {
        return matters.detail(id).row().version();
    }

    @Test
    void aResolvedMatterWaitsForAcceptanceInItsOwnTownOnly() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        String title = "电梯维修资金使用-" + System.nanoTime();
        long id = matters.raise(new MatterForm(title, "加装电梯后维修资金", MatterCategory.PARKING, MatterSource.FENGWU,
                yushan[1], null, LocalDate.now().minusDays(2)));
        matters.publish(id, version(id));
        matters.claim(id, version(id), Set.of(yushan[0]));
        matters.start(id, version(id));
        assertThat(items(title)).as("not resolved yet").isEmpty();

        matters.resolve(id, version(id), "已落实", null);
        List<InboxItem> waiting = items(title);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.getFirst().kindKey()).isEqualTo("inbox.pairing.accept");
        assertThat(waiting.getFirst().route()).isEqualTo("pairing/matters?matter=" + id);
        assertThat(waiting.getFirst().due()).isAfter(LocalDate.now().minusDays(1));

        login.as("meili");
        assertThat(items(title)).isEmpty();
        login.as("reviewer1");
        assertThat(items(title)).isEmpty();

        login.as("yushan");
        matters.accept(id, version(id), "居民代表王芳");
        assertThat(items(title)).isEmpty();
    }

    private List<InboxItem> items(String title) {
        return inbox.inbox().items().stream().filter(i -> i.title().equals(title)).toList();
    }
}
