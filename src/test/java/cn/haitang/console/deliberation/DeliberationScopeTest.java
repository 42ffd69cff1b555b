package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator reaches only their own town/street, whatever ids they send: every read and write of every
 * deliberation service is tried by 梅李镇's coordinator on 虞山街道's records. A reviewer reaches nothing.
 */
@Transactional
class DeliberationScopeTest extends ServiceTest {

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
    VoteService votes;

    @Test
    void aCoordinatorCannotReachAnotherTownsRecordsByTheirIds() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        long vote = fx.data.asAdmin(() -> votes.open(consultation, VoteItem.OTHER_MAJOR, "停车公约"));
        long ballot = fx.data.asAdmin(() -> votes.addBallot(vote, new BallotForm("1幢101", "张三", BigDecimal.TEN,
                Choice.AGREE)));
        long party = fx.data.asAdmin(() -> consultations.addParty(consultation, PartyRole.DEPARTMENT, "常熟市消防救援大队"));
        long round = fx.data.asAdmin(() -> consultations.detail(consultation).rounds().getFirst().id());
        long photo = fx.data.asAdmin(() -> sessions.addPhoto(w.sessionId(), "a.png", "image/png", png()));
        long yushan = w.place().townId();
        login.as("meili");
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("platforms.list", () -> platforms.list(new PlatformFilter(yushan, null, null, null, null), Pageable.unpaged()));
        calls.put("platforms.count", () -> platforms.count(new PlatformFilter(yushan, null, null, null, null)));
        calls.put("platforms.platform", () -> platforms.platform(w.platformId()));
        calls.put("platforms.proposedDate", () -> platforms.proposedDate(w.platformId()));
        calls.put("platforms.nextDates", () -> platforms.nextDates(w.platformId(), 3));
        calls.put("platforms.create", () -> platforms.create(new PlatformForm("逢五说事", PlatformKind.FENGWU,
                w.place().communityId(), null, "服务站", "王书记", Rhythm.FENGWU)));
        calls.put("platforms.update", () -> platforms.update(w.platformId(), 0, new PlatformForm("逢五说事", PlatformKind.FENGWU,
                w.place().communityId(), null, "服务站", "王书记", Rhythm.FENGWU)));
        calls.put("platforms.setActive", () -> platforms.setActive(w.platformId(), 0, false));
        calls.put("platforms.delete", () -> platforms.delete(w.platformId(), 0));
        calls.put("sessions.list", () -> sessions.list(new SessionFilter(yushan, null, null, null, null), Pageable.unpaged()));
        calls.put("sessions.listBefore", () -> sessions.listBefore(new SessionFilter(yushan, null, null, null, null), null, 0, 10));
        calls.put("sessions.count", () -> sessions.count(new SessionFilter(yushan, null, null, null, null)));
        calls.put("sessions.session", () -> sessions.session(w.sessionId()));
        calls.put("sessions.record", () -> sessions.record(DelibTestData.session(w.platformId(), fx.today())));
        calls.put("sessions.update", () -> sessions.update(w.sessionId(), 0, DelibTestData.session(w.platformId(), fx.today())));
        calls.put("sessions.delete", () -> sessions.delete(w.sessionId(), 0));
        calls.put("sessions.photos", () -> sessions.photos(w.sessionId()));
        calls.put("sessions.addPhoto", () -> sessions.addPhoto(w.sessionId(), "b.png", "image/png", png()));
        calls.put("sessions.photo", () -> sessions.photo(photo));
        calls.put("sessions.deletePhoto", () -> sessions.deletePhoto(photo));
        calls.put("topics.topicsOf", () -> topics.topicsOf(w.sessionId()));
        calls.put("topics.topic", () -> topics.topic(w.topicId()));
        calls.put("topics.raise", () -> topics.raise(w.sessionId(), "议题", null));
        calls.put("topics.edit", () -> topics.edit(w.topicId(), 0, "议题", null));
        calls.put("topics.delete", () -> topics.delete(w.topicId(), 0));
        calls.put("topics.answerOnSpot", () -> topics.answerOnSpot(w.topicId(), 0, "答复"));
        calls.put("topics.handToCommunity", () -> topics.handToCommunity(w.topicId(), 0, fx.today()));
        calls.put("topics.recordResult", () -> topics.recordResult(w.topicId(), 0, "结果"));
        calls.put("topics.notTaken", () -> topics.notTaken(w.topicId(), 0, "理由"));
        calls.put("topics.sendToBoard", () -> topics.sendToBoard(w.topicId(), 0, MatterCategory.PARKING));
        calls.put("topics.escalate", () -> topics.escalate(w.topicId(), 0, null));
        calls.put("topics.overdue", () -> topics.overdue(new TopicFilter(yushan, null, null), Pageable.unpaged()));
        calls.put("topics.countOverdue", () -> topics.countOverdue(new TopicFilter(yushan, null, null)));
        calls.put("consultations.list", () -> consultations.list(new ConsultationFilter(yushan, null, null, null, null),
                Pageable.unpaged()));
        calls.put("consultations.count", () -> consultations.count(new ConsultationFilter(yushan, null, null, null, null)));
        calls.put("consultations.detail", () -> consultations.detail(consultation));
        calls.put("consultations.open", () -> consultations.open(new ConsultationForm("标题", "问题", w.place().compoundId(),
                fx.today())));
        calls.put("consultations.update", () -> consultations.update(consultation, 0, new ConsultationForm("标题", "问题",
                w.place().compoundId(), fx.today())));
        calls.put("consultations.addParty", () -> consultations.addParty(consultation, PartyRole.DEPARTMENT, "城管"));
        calls.put("consultations.removeParty", () -> consultations.removeParty(party));
        calls.put("consultations.addRound", () -> consultations.addRound(consultation, new RoundForm(fx.today(), "纪要",
                "方案", "立场")));
        calls.put("consultations.updateRound", () -> consultations.updateRound(round, 0, new RoundForm(fx.today(), "纪要",
                "方案", "立场")));
        calls.put("consultations.close", () -> consultations.close(consultation, 0, "方案", "分工"));
        calls.put("votes.ownership", () -> votes.ownership(w.place().compoundId()));
        calls.put("votes.compoundVersion", () -> votes.compoundVersion(w.place().compoundId()));
        calls.put("votes.setOwnership", () -> votes.setOwnership(w.place().compoundId(), 0, BigDecimal.TEN, 1));
        calls.put("votes.open", () -> votes.open(consultation, VoteItem.OTHER_MAJOR, "问题"));
        calls.put("votes.vote", () -> votes.vote(vote));
        calls.put("votes.ballots", () -> votes.ballots(vote, Pageable.unpaged()));
        calls.put("votes.countBallots", () -> votes.countBallots(vote));
        calls.put("votes.addBallot", () -> votes.addBallot(vote, new BallotForm("1幢102", "李四", BigDecimal.TEN, Choice.AGREE)));
        calls.put("votes.deleteBallot", () -> votes.deleteBallot(ballot));
        calls.put("votes.importBallots", () -> votes.importBallots(vote, java.io.InputStream.nullInputStream()));
        calls.put("votes.count", () -> votes.count(vote, 0));
        calls.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(ScopeViolationException.class));
        // and the records are as they were
        login.as("yushan");
        assertThat(topics.topic(w.topicId()).outcome()).isEqualTo(TopicOutcome.PENDING);
        assertThat(votes.countBallots(vote)).isEqualTo(1);
    }

    @Test
    void aReviewerSeesNoDeliberationAtAll() {
        login.as("reviewer1");
        assertThatThrownBy(() -> platforms.list(new PlatformFilter(null, null, null, null, null), Pageable.unpaged()))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> sessions.count(new SessionFilter(null, null, null, null, null)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> topics.countOverdue(new TopicFilter(null, null, null)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> consultations.count(new ConsultationFilter(null, null, null, null, null)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> votes.template(java.io.OutputStream.nullOutputStream(), java.util.Locale.CHINESE))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aCoordinatorsListsHoldOnlyTheirOwnTown() {
        DelibTestData.World w = fx.world("yushan");
        login.as("meili");
        assertThat(platforms.list(new PlatformFilter(null, null, null, null, null), Pageable.unpaged()))
                .noneMatch(p -> p.id() == w.platformId());
        assertThat(sessions.list(new SessionFilter(null, null, null, null, null), Pageable.ofSize(500)))
                .noneMatch(s -> s.id() == w.sessionId());
    }

    private static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    }
}
