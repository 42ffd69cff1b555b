package cn.haitang.console.deliberation;

/** The feature's figures for an area: sessions, topics, board, consultations and votes. */
public record DeliberationFigures(long sessions, long topics, long resolvedTopics, long sentToBoard, long overdueTopics,
                                  long consultationsOpen, long consultationsClosed, long votesPassed, long votesFailed) {
}
