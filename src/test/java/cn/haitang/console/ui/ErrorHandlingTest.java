package cn.haitang.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.i18n.Translations;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Users get a clear message in their language, never a stack trace. */
class ErrorHandlingTest {

    @Test
    void anUnreachableDatabaseIsNamedAsSuch() {
        var down = new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"));
        assertThat(ErrorHandling.isDatabaseDown(down)).isTrue();
        assertThat(ErrorHandling.messageFor(down, Translations.CHINESE)).isEqualTo("数据库暂时无法连接，请稍后重试。您的输入未丢失。");
        assertThat(ErrorHandling.messageFor(down, Translations.ENGLISH)).startsWith("The database cannot be reached");
    }

    @Test
    void aStaleEditGetsTheReloadMessage() {
        var stale = new ObjectOptimisticLockingFailureException("UserAccount", 3L);
        assertThat(ErrorHandling.messageFor(stale, Translations.CHINESE)).startsWith("该记录已被他人修改");
    }

    @Test
    void aRuleViolationIsTranslatedEvenWhenWrapped() {
        var wrapped = new IllegalStateException(new RuleViolationException("user.error.lastAdmin"));
        assertThat(ErrorHandling.messageFor(wrapped, Translations.CHINESE)).startsWith("这是最后一位启用的市委组织部管理员");
    }

    @Test
    void anythingElseGetsAReferenceToQuoteNotAStackTrace() {
        String message = ErrorHandling.messageFor(new NullPointerException("boom"), Translations.CHINESE);
        assertThat(message).startsWith("出现意外错误，已记录（编号 ").doesNotContain("NullPointerException", "boom");
    }
}
