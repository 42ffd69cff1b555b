package cn.haitang.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.Role;
import cn.haitang.console.security.UserAccountService;
import cn.haitang.console.security.UserForm;
import cn.haitang.console.security.UserRow;
import cn.haitang.console.support.ServiceTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every create, update and delete is recorded with who, when and the changed fields; secrets are masked. */
class AuditTrailTest extends ServiceTest {

    @Autowired
    UserAccountService users;
    @Autowired
    AuditService audit;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactions;

    private List<AuditEntry> entriesFor(long id) {
        return audit.find(new AuditFilter("", "UserAccount", String.valueOf(id), null, null),
                PageRequest.of(0, 10, Sort.by("id"))).getContent();
    }

    @Test
    @Transactional
    void creatingAndEditingAUserIsRecordedWithBeforeAndAfter() {
        login.as("admin");
        long id = users.create(new UserForm("audited", "审计对象", Role.REVIEWER, null, "Secret12345"));
        entityManager.flush();
        UserRow row = users.get(id);
        users.update(id, row.version(), new UserForm("audited", "改名以后", Role.REVIEWER, null, null));
        entityManager.flush();

        List<AuditEntry> entries = entriesFor(id);
        assertThat(entries).extracting(AuditEntry::getAction).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(entries).extracting(AuditEntry::getUsername).containsOnly("admin");

        List<FieldChange> created = audit.changesOf(entries.get(0));
        assertThat(created).contains(new FieldChange("displayName", null, "审计对象"),
                new FieldChange("passwordHash", null, "******"));
        assertThat(entries.get(0).getChanges()).doesNotContain("bcrypt");

        assertThat(audit.changesOf(entries.get(1))).containsExactly(new FieldChange("displayName", "审计对象", "改名以后"));
        assertThat(entries.get(1).getSummary()).isEqualTo("displayName: 审计对象 → 改名以后");
        assertThat(audit.entityTypes()).contains("UserAccount");
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEntry() {
        login.as("admin");
        long[] id = new long[1];
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try {
            tx.executeWithoutResult(status -> {
                id[0] = users.create(new UserForm("rolledback", "回滚", Role.REVIEWER, null, "Secret12345"));
                entityManager.flush();
                throw new IllegalStateException("abort");
            });
        } catch (IllegalStateException expected) {
            // the whole change, audit entry included, is gone
        }
        assertThat(entriesFor(id[0])).isEmpty();
    }

    @Test
    void theTrailIsForCityAdminsOnly() {
        login.as("yushan");
        assertThatThrownBy(() -> audit.find(AuditFilter.none(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(audit::entityTypes).isInstanceOf(AccessDeniedException.class);
    }
}
