package cn.haitang.console.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of service tests: the shared context, and a helper to act as a demo user. */
@IntegrationTest
public abstract class ServiceTest {

    @Autowired
    protected TestLogin login;

    @AfterEach
    void logoutAfterTest() {
        login.logout();
    }
}
