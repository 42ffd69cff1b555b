/**
 * 共驻共建: institutions paired with towns/streets and communities, their joint service activities, the
 * in-service party members and volunteers who report to their home micro-grid, and the key-small-matters
 * board (海棠有约·共商共办). Rules live in {@link cn.haitang.console.pairing.PairingService},
 * {@link cn.haitang.console.pairing.ReportingService} and {@link cn.haitang.console.pairing.MattersService}.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.pairing;
