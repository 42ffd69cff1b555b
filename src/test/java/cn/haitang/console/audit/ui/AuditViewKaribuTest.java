package cn.haitang.console.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.audit.AuditEntry;
import cn.haitang.console.audit.FieldChange;
import cn.haitang.console.base.Role;
import cn.haitang.console.security.UserAccountService;
import cn.haitang.console.security.UserForm;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class AuditViewKaribuTest extends KaribuTest {

    @Autowired
    UserAccountService users;
    @Autowired
    EntityManager entityManager;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminFindsAChangeAndOpensItsDetail() {
        openAs("admin");
        long id = users.create(new UserForm("karibuaudit", "审计界面", Role.REVIEWER, null, "Secret12345"));
        entityManager.flush();

        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        view.entityType.setValue("UserAccount");
        view.username.setValue("admin");
        List<AuditEntry> rows = GridKt._findAll(view.grid);
        AuditEntry created = rows.stream().filter(e -> e.getEntityId().equals(String.valueOf(id))).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(view.grid, created)).contains("新增", "用户账户");

        Dialog detail = view.showDetail(created);
        Grid<FieldChange> changes = _get(detail, Grid.class);
        assertThat(GridKt._findAll(changes)).contains(new FieldChange("username", null, "karibuaudit"));

        view.from.setValue(LocalDate.now().plusDays(2));
        view.to.setValue(LocalDate.now().plusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("截止日期不能早于起始日期");
    }
}
