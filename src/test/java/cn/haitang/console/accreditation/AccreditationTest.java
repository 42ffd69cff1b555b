package cn.haitang.console.accreditation;

import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Base of accreditation's service tests: the feature's test-data builder and a city round of the test's own. */
@Transactional
abstract class AccreditationTest extends ServiceTest {

    @Autowired
    AccreditationTestData accr;

    @Autowired
    JdbcTemplate jdbc;

    /** A city round of the test's own, open today (quota 50). */
    long round;

    @BeforeEach
    void ownRound() {
        round = accr.round(50);
    }
}
