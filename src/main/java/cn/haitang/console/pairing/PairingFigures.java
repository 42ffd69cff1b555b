package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** What the dashboard shows of 共驻共建 for the city or one town/street. */
public record PairingFigures(long institutions, long institutionsPaired, long communities, long communitiesPaired,
                             long activitiesThisMonth, long serviceDaysDue, long serviceDaysHeld, long members,
                             long volunteers, long mattersPublished, long mattersResolved, long mattersOpen,
                             @Nullable Double medianDaysToClose) {
}
