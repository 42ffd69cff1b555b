package cn.haitang.console.pairing;

/** The outcome of an all-or-nothing import: either every row was saved or none, with the refused rows. */
public record ImportResult(int rows, int created, int updated, java.util.List<ImportError> errors) {
    public boolean succeeded() {
        return errors.isEmpty();
    }
}
