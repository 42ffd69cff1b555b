package cn.haitang.console.accreditation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of the eligibility checks: one result per check, with the live value where there is one. */
public record Eligibility(List<Result> results) {

    public record Result(EligibilityCheck check, boolean passed, @Nullable String value) {
    }

    public boolean passed() {
        return results.stream().allMatch(Result::passed);
    }

    public List<EligibilityCheck> failures() {
        return results.stream().filter(r -> !r.passed()).map(Result::check).toList();
    }

    /** Compact form for the application row: CHECK:1:value;CHECK:0:... */
    public String encode() {
        StringBuilder text = new StringBuilder();
        for (Result r : results) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(r.check().name()).append(':').append(r.passed() ? '1' : '0').append(':')
                    .append(r.value() == null ? "" : r.value());
        }
        return text.toString();
    }

    static @Nullable Eligibility decode(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Result> results = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] f = part.split(":", 3);
            results.add(new Result(EligibilityCheck.valueOf(f[0]), "1".equals(f[1]), f.length < 3 || f[2].isEmpty() ? null : f[2]));
        }
        return new Eligibility(List.copyOf(results));
    }
}
