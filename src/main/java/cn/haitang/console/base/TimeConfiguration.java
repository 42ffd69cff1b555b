package cn.haitang.console.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in China Standard Time; tests can replace it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CHINA);
    }
}
