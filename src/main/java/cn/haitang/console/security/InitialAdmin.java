package cn.haitang.console.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after any demo data: creates the first city admin from configuration when none exists,
 * and stops the start with a clear message when no password is configured.
 */
@Component
@Order(1000)
class InitialAdmin implements ApplicationRunner {

    private final UserAccountService users;
    private final String username;
    private final String password;

    InitialAdmin(UserAccountService users,
                 @Value("${haitang.admin.username:admin}") String username,
                 @Value("${haitang.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.ensureCityAdmin(username, password);
    }
}
