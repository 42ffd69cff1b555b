package cn.haitang.console.base;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain refused an operation. Carries a message key (translated by the UI into the
 * user's language) and, where one field caused it, that field's name so the form can show the
 * message right at the field.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public RuleViolationException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolationException(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A violation caused by one input field. */
    public static RuleViolationException atField(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(field, messageKey, arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    public @Nullable String getField() {
        return field;
    }
}
