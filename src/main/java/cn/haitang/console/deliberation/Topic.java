package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A topic raised at a session and what became of it. Changed only through {@link TopicService}. */
@Entity(name = "DelibTopic")
@Table(name = "delib_topic")
class Topic extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(length = 1000)
    private @Nullable String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TopicOutcome outcome = TopicOutcome.PENDING;
    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;
    @Column(length = 1000)
    private @Nullable String result;
    @Column(name = "resolved_on")
    private @Nullable LocalDate resolvedOn;
    @Column(length = 500)
    private @Nullable String reason;
    @Column(name = "matter_id")
    private @Nullable Long matterId;
    @Column(name = "consultation_id")
    private @Nullable Long consultationId;

    protected Topic() {
    }

    Topic(long sessionId, long townId, String title, @Nullable String description) {
        this.sessionId = sessionId;
        this.townId = townId;
        describe(title, description);
    }

    void describe(String title, @Nullable String description) {
        this.title = title;
        this.description = description;
    }

    void answeredOnSpot(String answer, LocalDate on) {
        outcome = TopicOutcome.ON_SPOT;
        result = answer;
        resolvedOn = on;
    }

    void toCommunity(LocalDate due) {
        outcome = TopicOutcome.COMMUNITY;
        dueOn = due;
    }

    void communityResult(String done, LocalDate on) {
        result = done;
        resolvedOn = on;
    }

    void notTaken(String why) {
        outcome = TopicOutcome.NOT_TAKEN;
        reason = why;
    }

    void toBoard(long matter) {
        outcome = TopicOutcome.BOARD;
        matterId = matter;
    }

    void toConsultation(long consultation) {
        outcome = TopicOutcome.CONSULTATION;
        consultationId = consultation;
    }

    long getSessionId() {
        return sessionId;
    }

    long getTownId() {
        return townId;
    }

    String getTitle() {
        return title;
    }

    @Nullable String getDescription() {
        return description;
    }

    TopicOutcome getOutcome() {
        return outcome;
    }

    @Nullable LocalDate getResolvedOn() {
        return resolvedOn;
    }
}
