package cn.haitang.console.accreditation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Everything the application page shows (scores are in {@link Reviews}). */
public record ApplicationDetail(ApplicationRow row, String statement, String keyFigures, @Nullable Eligibility eligibility, @Nullable Instant eligibilityCheckedAt, @Nullable String overrideReason, @Nullable String sendBackReason, @Nullable BigDecimal spread, boolean trimmed, @Nullable String decisionReason, @Nullable LocalDate noticeFrom, int quota, String createdBy, @Nullable String certificateNo) {
}
