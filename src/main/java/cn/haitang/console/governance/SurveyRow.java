package cn.haitang.console.governance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A satisfaction survey with its rate (a fraction, 4 decimals). */
public record SurveyRow(long id, LocalDate surveyDate, int sampleSize, int satisfied, BigDecimal rate, long version) {
}
