package cn.haitang.console.security;

import cn.haitang.console.base.Role;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo users of DESIGN.md, all with the password {@code demo}. Only in the {@code demo} profile. */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final UserAccountService users;
    private final TownDirectory towns;

    DemoUsers(UserAccountService users, TownDirectory towns) {
        this.users = users;
        this.towns = towns;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> town = towns.allTowns().stream().collect(Collectors.toMap(TownRef::code, TownRef::id));
        users.createIfAbsent("admin", "市委组织部管理员", PASSWORD, Role.CITY_ADMIN, null);
        users.createIfAbsent("yushan", "虞山街道协调员", PASSWORD, Role.STREET_COORDINATOR, town.get("yushan"));
        users.createIfAbsent("meili", "梅李镇协调员", PASSWORD, Role.STREET_COORDINATOR, town.get("meili"));
        users.createIfAbsent("reviewer1", "评审员一（虞山）", PASSWORD, Role.REVIEWER, town.get("yushan"));
        users.createIfAbsent("reviewer2", "评审员二（梅李）", PASSWORD, Role.REVIEWER, town.get("meili"));
        users.createIfAbsent("reviewer3", "评审员三", PASSWORD, Role.REVIEWER, null);
        users.createIfAbsent("reviewer4", "评审员四", PASSWORD, Role.REVIEWER, null);
        users.createIfAbsent("reviewer5", "评审员五", PASSWORD, Role.REVIEWER, null);
    }
}
