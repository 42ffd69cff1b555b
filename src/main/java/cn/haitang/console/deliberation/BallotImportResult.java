package cn.haitang.console.deliberation;

import java.util.List;

/** An all-or-nothing ballot import: every row saved, or none and the refused rows. */
public record BallotImportResult(int rows, int created, List<BallotImportError> errors) {
    public boolean succeeded() {
        return errors.isEmpty();
    }
}
