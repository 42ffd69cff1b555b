package cn.haitang.console.security;

import cn.haitang.console.base.RuleViolationException;

/** The caller asked for something outside their area or role. Logged where it is raised. */
public class ScopeViolationException extends RuleViolationException {

    ScopeViolationException(String messageKey) {
        super(messageKey);
    }
}
