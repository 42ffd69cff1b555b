package cn.haitang.console.organization;

import java.util.List;

/** The outcome of an import: either everything was saved (no errors) or nothing was (with every error). */
public record ImportResult(int rows, int created, int updated, List<ImportError> errors) {

    public boolean saved() {
        return errors.isEmpty();
    }
}
