package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A satisfaction survey: date, sample size, satisfied residents. */
public record SurveyForm(@Nullable LocalDate surveyDate, @Nullable Integer sampleSize, @Nullable Integer satisfied) {
}
