package cn.haitang.console.pairing;

/** Whether a pairing is running; an ended one stays as history. */
public enum PairingStatus {
    ACTIVE, ENDED;

    public String messageKey() {
        return "pairing.pairingStatus.".concat(name());
    }
}
