package cn.haitang.console.accreditation;

import java.util.List;

/** The reviews of an application; scores are visible only once every assigned reviewer has submitted. */
public record Reviews(boolean scoresVisible, List<ReviewRow> rows) {
}
