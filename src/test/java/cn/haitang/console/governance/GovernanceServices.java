package cn.haitang.console.governance;

import cn.haitang.console.support.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The governance services a test calls, the feature's test-data builder and plain SQL for set-up. */
abstract class GovernanceServices extends ServiceTest {

    @Autowired
    GovernanceService governance;
    @Autowired
    CommitteeService committees;
    @Autowired
    VettingService vetting;
    @Autowired
    PropertyCompanyService companies;
    @Autowired
    PropertyService property;
    @Autowired
    DisputeService disputes;
    @Autowired
    MeetingService meetings;
    @Autowired
    FormationService formation;
    @Autowired
    GovernanceTestData data;
    @Autowired
    JdbcTemplate jdbc;
}
