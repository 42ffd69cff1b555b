package cn.haitang.console.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of service tests: the shared context, and helpers to act as a demo user and check refusals. */
@IntegrationTest
public abstract class ServiceTest {

    @Autowired
    protected TestLogin login;

    @AfterEach
    void logoutAfterTest() {
        login.logout();
    }

    /** The call is refused with this message, shown at this field of the form. */
    protected static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(messageKey);
            assertThat(e.getField()).isEqualTo(field);
        });
    }
}
