package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.Role;
import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions end when they should: two sessions of one user on two nodes are both refused at their next
 * request once the user is disabled, gets a new password or another town; a city admin ends one of them.
 */
@Transactional
class UserSessionsTest extends ServiceTest {

    @Autowired
    UserSessions sessions;
    @Autowired
    UserAccountService users;
    @Autowired
    OnlineUsersService online;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    TownDirectory towns;
    @Autowired
    UserDetailsService userDetails;

    private AppUser meili;
    private String onNodeA;
    private String onNodeB;

    @BeforeEach
    void meiliSignedInOnTwoNodes() {
        meili = (AppUser) userDetails.loadUserByUsername("meili");
        onNodeA = sessions.open(meili, "node-a:8189", "10.0.0.7", "Firefox");
        onNodeB = sessions.open(meili, "node-b:8190", "10.0.0.8", "Chrome");
        assertThat(sessions.stillValid(onNodeA, meili.id())).isTrue();
        assertThat(sessions.stillValid(onNodeB, meili.id())).isTrue();
    }

    private void assertBothEnded() {
        repository.flush();
        assertThat(sessions.stillValid(onNodeA, meili.id())).isFalse();
        assertThat(sessions.stillValid(onNodeB, meili.id())).isFalse();
    }

    @Test
    void disablingAUserEndsTheirSessionsOnEveryNode() {
        login.as("admin");
        users.setEnabled(meili.id(), users.get(meili.id()).version(), false);
        assertBothEnded();
    }

    @Test
    void aNewPasswordEndsTheirSessions() {
        login.as("admin");
        users.resetPassword(meili.id(), "Plum-blossom-2026");
        assertBothEnded();
        assertThat(repository.findById(meili.id()).orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void anotherTownEndsTheirSessionsButANewNameDoesNot() {
        login.as("admin");
        UserRow row = users.get(meili.id());
        users.update(meili.id(), row.version(), new UserForm("meili", "梅李镇协调员（改名）", Role.STREET_COORDINATOR,
                row.townId(), null));
        repository.flush();
        assertThat(sessions.stillValid(onNodeA, meili.id())).isTrue();

        long yushan = towns.allTowns().stream().filter(t -> t.code().equals("yushan")).findFirst().orElseThrow().id();
        users.update(meili.id(), users.get(meili.id()).version(), new UserForm("meili", "梅李镇协调员",
                Role.STREET_COORDINATOR, yushan, null));
        assertBothEnded();
    }

    @Test
    void aSessionOpenedWithAnOlderEpochIsRefused() {
        login.as("admin");
        users.setEnabled(meili.id(), users.get(meili.id()).version(), false);
        repository.flush();
        users.setEnabled(meili.id(), users.get(meili.id()).version(), true);
        repository.flush();
        // signed in before the change, first request after it: the epoch it started with is stale
        String late = sessions.open(meili, "node-a:8189", "10.0.0.7", "Firefox");
        assertThat(sessions.stillValid(late, meili.id())).isFalse();
        AppUser fresh = (AppUser) userDetails.loadUserByUsername("meili");
        assertThat(sessions.stillValid(sessions.open(fresh, "node-a:8189", "10.0.0.7", "Firefox"), meili.id())).isTrue();
    }

    @Test
    void aCityAdminSeesWhoIsOnlineAndEndsOneSession() {
        login.as("admin");
        var rows = online.list(new OnlineSessionFilter("meili", null), PageRequest.of(0, 20));
        assertThat(rows).extracting(OnlineSessionRow::node).contains("node-a:8189", "node-b:8190");
        assertThat(rows).filteredOn(r -> r.sessionKey().equals(onNodeB)).singleElement()
                .satisfies(r -> {
                    assertThat(r.remoteAddress()).isEqualTo("10.0.0.8");
                    assertThat(r.townName()).isEqualTo("梅李镇");
                    assertThat(r.displayName()).isEqualTo("梅李镇协调员");
                });
        assertThat(online.count(new OnlineSessionFilter("meili", "node-b:8190"))).isEqualTo(1);
        assertThat(online.nodes()).contains("node-a:8189", "node-b:8190");

        assertThat(online.forceLogout(onNodeB)).isTrue();
        assertThat(sessions.stillValid(onNodeB, meili.id())).isFalse();
        assertThat(sessions.stillValid(onNodeA, meili.id())).isTrue();
        assertThat(online.count(new OnlineSessionFilter("meili", null))).isEqualTo(
                rows.size() - 1);
    }

    @Test
    void onlyACityAdminSeesOrEndsSessions() {
        login.as("yushan");
        assertThatThrownBy(() -> online.list(OnlineSessionFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> online.forceLogout(onNodeA)).isInstanceOf(ScopeViolationException.class);
        assertThat(sessions.stillValid(onNodeA, meili.id())).isTrue();
    }

    @Test
    void aSessionKeyOfAnotherUserIsRefused() {
        AppUser yushan = (AppUser) userDetails.loadUserByUsername("yushan");
        assertThat(sessions.stillValid(onNodeA, yushan.id())).isFalse();
        assertThat(sessions.stillValid("no-such-session", meili.id())).isFalse();
    }
}
