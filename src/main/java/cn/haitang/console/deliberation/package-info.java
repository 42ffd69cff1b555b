/**
 * 议事协商: micro-deliberation platforms (逢五说事, 先锋夜谈, 楼道议事) with their sessions and topics, the
 * 海棠有约·共商共办 consultations with their rounds and final plan, and the owners' joint decision that a plan may
 * need, decided by {@link cn.haitang.console.deliberation.Article278}. Rules live in
 * {@link cn.haitang.console.deliberation.PlatformService}, {@link cn.haitang.console.deliberation.SessionService},
 * {@link cn.haitang.console.deliberation.TopicService}, {@link cn.haitang.console.deliberation.ConsultationService},
 * {@link cn.haitang.console.deliberation.ConsultationPlanService} (each party's position per round, the plan's tasks)
 * and {@link cn.haitang.console.deliberation.VoteService}. The vote's denominators are the compound's own fields
 * (region); a platform's venue may be a service position (circle's public API); a topic sent to the board names
 * itself as the matter's origin (pairing's {@code MatterOriginLinks}), so neither feature depends on this one.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.deliberation;
