/**
 * Demonstration-site accreditation (示范点创建): rounds and rubrics, nominations, eligibility from live
 * data, reviewers with conflict detection and recusal, scoring, decision, 公示, certificates and the
 * registry of accredited sites. The life cycle of an application is one state machine
 * ({@link cn.haitang.console.accreditation.Lifecycle}); the rules that need no database are pure classes.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.accreditation;
