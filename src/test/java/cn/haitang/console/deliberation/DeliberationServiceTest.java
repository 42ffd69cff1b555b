package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.pairing.MatterState;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/** Platforms, sessions, topics and their outcomes: validation, the board link, the overdue list. */
@Transactional
class DeliberationServiceTest extends ServiceTest {

    @Autowired
    DelibTestData fx;
    @Autowired
    PlatformService platforms;
    @Autowired
    SessionService sessions;
    @Autowired
    TopicService topics;
    @Autowired
    ConsultationService consultations;
    @Autowired
    MattersService matters;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long version(long topicId) {
        return topics.topic(topicId).version();
    }

    @Test
    void aPlatformsCompoundMustLieInItsCommunity() {
        TestData.Place a = fx.data.place("yushan");
        TestData.Place b = fx.data.place("yushan");
        login.as("yushan");
        assertRefused(() -> platforms.create(new PlatformForm("逢五说事", PlatformKind.FENGWU, a.communityId(),
                b.compoundId(), "党群服务站", "王书记", Rhythm.FENGWU)), "compoundId", "delib.error.compoundOutsideCommunity");
        assertRefused(() -> platforms.create(new PlatformForm(" ", PlatformKind.FENGWU, a.communityId(), null,
                "党群服务站", "王书记", Rhythm.FENGWU)), "name", "validation.required");
        long id = platforms.create(new PlatformForm("先锋夜谈", PlatformKind.PIONEER_NIGHT, a.communityId(), null,
                "社区党群服务中心", "李书记", Rhythm.MONTHLY));
        assertThat(platforms.platform(id).compoundName()).isNull();
    }

    @Test
    void aFengwuPlatformProposesTheLatestFifthFifteenthOrTwentyFifth() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        assertThat(platforms.proposedDate(w.platformId()).getDayOfMonth()).isIn(5, 15, 25);
        assertThat(platforms.proposedDate(w.platformId())).isBeforeOrEqualTo(fx.today());
        assertThat(platforms.nextDates(w.platformId(), 3)).allSatisfy(d -> assertThat(d.getDayOfMonth()).isIn(5, 15, 25));
    }

    @Test
    void aSessionNeedsSomeoneAttendingAndADateNotInTheFuture() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        assertRefused(() -> sessions.record(new SessionForm(w.platformId(), fx.today(), "王书记", 0, 0, 0, 0, 0, "无人")),
                "residents", "delib.error.session.nobody");
        assertRefused(() -> sessions.record(DelibTestData.session(w.platformId(), fx.today().plusDays(1))), "heldOn",
                "delib.error.dateInFuture");
        platforms.setActive(w.platformId(), platforms.platform(w.platformId()).version(), false);
        assertRefused(() -> sessions.record(DelibTestData.session(w.platformId(), fx.today())), "platformId",
                "delib.error.platform.retired");
    }

    @Test
    void aTopicSentToTheBoardBecomesAPublishedMatterAndShowsItsState() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        long matterId = topics.sendToBoard(w.topicId(), version(w.topicId()), MatterCategory.PARKING);
        TopicRow topic = topics.topic(w.topicId());
        assertThat(topic.outcome()).isEqualTo(TopicOutcome.BOARD);
        assertThat(topic.matterId()).isEqualTo(matterId);
        assertThat(topic.matterState()).isEqualTo(MatterState.PUBLISHED);
        var matter = matters.detail(matterId);
        assertThat(matter.row().title()).isEqualTo("夜间外来车辆占用消防通道");
        assertThat(matter.row().compoundName()).isEqualTo(w.place().compoundName());
        assertThat(matter.description()).contains(platforms.platform(w.platformId()).name());
        assertThat(topics.topicOfMatter(matterId)).map(TopicRow::id).contains(w.topicId());
        // the board shows where the matter came from and links back to the session, knowing nothing of deliberation
        assertThat(matter.origin()).isNotNull();
        assertThat(matter.origin().kind()).isEqualTo("DELIB_TOPIC");
        assertThat(matter.origin().id()).isEqualTo(w.topicId());
        assertThat(matter.origin().label()).contains(platforms.platform(w.platformId()).name())
                .contains("议题「夜间外来车辆占用消防通道」");
        assertThat(matter.origin().link()).isEqualTo("deliberation/sessions?session=" + w.sessionId());
        // the matter moves on the board (an institution paired with the town claims it); the topic shows where it stands now
        long institution = jdbc.queryForObject("SELECT MIN(institution_id) FROM pairing WHERE status = 'ACTIVE' AND town_id = ?",
                Long.class, w.place().townId());
        matters.claim(matterId, matters.detail(matterId).row().version(), java.util.Set.of(institution));
        assertThat(topics.topic(w.topicId()).matterState()).isEqualTo(MatterState.CLAIMED);
    }

    @Test
    void anOutcomeIsDecidedOnce() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        topics.answerOnSpot(w.topicId(), version(w.topicId()), "物业当场答复：今晚起安排巡查");
        assertThatThrownBy(() -> topics.sendToBoard(w.topicId(), version(w.topicId()), MatterCategory.PARKING))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.topic.decided"));
        assertRefused(() -> topics.notTaken(topics.raise(w.sessionId(), "广场舞噪音", null), 0, " "), "reason",
                "validation.required");
    }

    @Test
    void aTopicPastItsDueDateWithoutAResultIsOnTheOverdueListUntilTheCommunityRecordsOne() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        TopicFilter mine = new TopicFilter(null, w.place().communityId(), null);
        assertRefused(() -> topics.handToCommunity(w.topicId(), version(w.topicId()), fx.today().minusDays(30)), "dueOn",
                "form.dateRange");
        topics.handToCommunity(w.topicId(), version(w.topicId()), fx.today().minusDays(1));
        long onTime = topics.raise(w.sessionId(), "楼道灯不亮", null);
        topics.handToCommunity(onTime, version(onTime), fx.today().plusDays(5));
        assertThat(topics.overdue(mine, Pageable.unpaged())).extracting(TopicRow::id).containsExactly(w.topicId());
        assertThat(topics.countOverdue(mine)).isEqualTo(1);
        topics.recordResult(w.topicId(), version(w.topicId()), "已协调城管夜间巡查");
        assertThat(topics.countOverdue(mine)).isZero();
    }

    @Test
    void escalatingATopicOpensAConsultationLedByTheCommunityPartyCommittee() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        long id = topics.escalate(w.topicId(), version(w.topicId()), null);
        ConsultationDetail detail = consultations.detail(id);
        assertThat(detail.row().compoundId()).isEqualTo(w.place().compoundId());
        assertThat(detail.parties()).extracting(PartyRow::role).containsExactly(PartyRole.LEAD);
        assertThat(topics.topic(w.topicId()).consultationTitle()).isEqualTo(detail.row().title());
    }

    @Test
    void aSessionWithALinkedTopicCannotBeDeleted() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        topics.sendToBoard(w.topicId(), version(w.topicId()), MatterCategory.SAFETY);
        assertThatThrownBy(() -> sessions.delete(w.sessionId(), sessions.session(w.sessionId()).version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.session.linked"));
    }

    @Test
    void listsFilterByCompoundAndKindInTheDatabase() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        SessionFilter filter = new SessionFilter(null, null, w.place().compoundId(), PlatformKind.FENGWU, null);
        assertThat(sessions.count(filter)).isEqualTo(1);
        assertThat(sessions.list(filter, PageRequest.of(0, 10))).extracting(SessionRow::topics).containsExactly(1L);
        assertThat(sessions.count(new SessionFilter(null, null, w.place().compoundId(), PlatformKind.CORRIDOR, null)))
                .isZero();
        assertThat(platforms.list(new PlatformFilter(null, w.place().communityId(), null, null, null), Pageable.unpaged()))
                .extracting(PlatformRow::sessions).containsExactly(1L);
        List<SessionRow> before = sessions.listBefore(filter, null, 0, 10);
        assertThat(before).hasSize(1);
    }

    @Test
    void theOwnershipOfACompoundIsADecimalAreaAndAPositiveCount() {
        DelibTestData.World w = fx.world("yushan");
        login.as("yushan");
        long seen = fxVotes().compoundVersion(w.place().compoundId());
        assertRefused(() -> fxVotes().setOwnership(w.place().compoundId(), seen, new BigDecimal("100.001"), 3),
                "exclusiveArea", "form.decimal");
        assertRefused(() -> fxVotes().setOwnership(w.place().compoundId(), seen, new BigDecimal("100"), 0), "ownerCount",
                "form.integer");
        assertRefused(() -> fxVotes().setOwnership(w.place().compoundId(), seen, null, 3), "exclusiveArea",
                "validation.required");
        // set here, the figures are the compound's own: the compound form shows them
        fxVotes().setOwnership(w.place().compoundId(), seen, new BigDecimal("1234.5"), 12);
        assertThat(region.compoundDetail(w.place().compoundId()).exclusiveArea()).isEqualByComparingTo("1234.50");
        assertThat(region.compoundDetail(w.place().compoundId()).ownerCount()).isEqualTo(12);
        assertThatThrownBy(() -> fxVotes().setOwnership(w.place().compoundId(), seen, new BigDecimal("1"), 1))
                .isInstanceOf(cn.haitang.console.base.StaleEditException.class);
    }

    @Autowired
    VoteService votes;

    @Autowired
    cn.haitang.console.region.RegionService region;

    private VoteService fxVotes() {
        return votes;
    }
}
