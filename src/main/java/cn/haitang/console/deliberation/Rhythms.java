package cn.haitang.console.deliberation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dates a platform's rhythm proposes: 逢五 is the 5th, 15th and 25th of every month. */
public final class Rhythms {

    private static final int[] FENGWU_DAYS = {5, 15, 25};

    private Rhythms() {
    }

    /** The next {@code count} dates on or after {@code from}; none for a platform that meets as needed. */
    public static List<LocalDate> next(Rhythm rhythm, LocalDate from, int count) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate day = from;
        while (dates.size() < count) {
            switch (rhythm) {
                case FENGWU -> {
                    LocalDate next = nextFengwu(day);
                    dates.add(next);
                    day = next.plusDays(1);
                }
                case WEEKLY -> dates.add(from.plusWeeks(dates.size()));
                case MONTHLY -> dates.add(from.plusMonths(dates.size()));
                case AS_NEEDED -> {
                    return dates;
                }
            }
        }
        return dates;
    }

    /** The first 5th, 15th or 25th on or after the day. */
    public static LocalDate nextFengwu(LocalDate day) {
        for (int d : FENGWU_DAYS) {
            if (day.getDayOfMonth() <= d) {
                return day.withDayOfMonth(d);
            }
        }
        return day.plusMonths(1).withDayOfMonth(5);
    }

    /** The last 5th, 15th or 25th on or before the day: what a session just held on a 逢五 platform is dated. */
    public static LocalDate latestFengwu(LocalDate day) {
        for (int i = FENGWU_DAYS.length - 1; i >= 0; i--) {
            if (day.getDayOfMonth() >= FENGWU_DAYS[i]) {
                return day.withDayOfMonth(FENGWU_DAYS[i]);
            }
        }
        return day.minusMonths(1).withDayOfMonth(25);
    }

    /** The date a new session of this rhythm is proposed with, for a session being recorded today. */
    public static LocalDate proposedFor(Rhythm rhythm, LocalDate today) {
        return rhythm == Rhythm.FENGWU ? latestFengwu(today) : today;
    }
}
