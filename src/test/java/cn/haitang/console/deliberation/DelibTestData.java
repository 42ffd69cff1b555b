package cn.haitang.console.deliberation;

import cn.haitang.console.support.TestData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Deliberation records for tests, built through the services as the city admin in a place of their own. */
@Component
public class DelibTestData {

    final TestData data;
    private final PlatformService platforms;
    private final SessionService sessions;
    private final TopicService topics;
    private final ConsultationService consultations;
    private final VoteService votes;
    private final Clock clock;

    DelibTestData(TestData data, PlatformService platforms, SessionService sessions, TopicService topics,
                  ConsultationService consultations, VoteService votes, Clock clock) {
        this.data = data;
        this.platforms = platforms;
        this.sessions = sessions;
        this.topics = topics;
        this.consultations = consultations;
        this.votes = votes;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A place with a 逢五说事 platform, one session held 20 days ago and one pending topic. */
    public record World(TestData.Place place, long platformId, long sessionId, long topicId) {
    }

    public World world(String townCode) {
        TestData.Place place = data.place(townCode);
        return data.asAdmin(() -> {
            long platform = platforms.create(new PlatformForm(TestData.unique("逢五说事"), PlatformKind.FENGWU,
                    place.communityId(), place.compoundId(), "小区党群服务站", "王书记", Rhythm.FENGWU));
            long session = sessions.record(session(platform, today().minusDays(20)));
            long topic = topics.raise(session, "夜间外来车辆占用消防通道", "每晚有外来车辆停在消防通道上");
            return new World(place, platform, session, topic);
        });
    }

    static SessionForm session(long platformId, LocalDate on) {
        return new SessionForm(platformId, on, "王书记", 18, 5, 2, 1, 1, "居民集中反映停车和消防通道问题");
    }

    /** A consultation of the world's compound with one round and the compound's totals (3 owners, 300 m²). */
    public long consultation(World world) {
        return data.asAdmin(() -> {
            long id = consultations.open(new ConsultationForm("消防通道治理", "如何让消防通道不再被占",
                    world.place().compoundId(), today().minusDays(10)));
            consultations.addRound(id, new RoundForm(today().minusDays(9), "第一轮协商", "划线；升降柱", "社区：支持升降柱"));
            votes.setOwnership(world.place().compoundId(), votes.compoundVersion(world.place().compoundId()),
                    new BigDecimal("300.00"), 3);
            return id;
        });
    }
}
