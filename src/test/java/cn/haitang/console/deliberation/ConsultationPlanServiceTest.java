package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Each party's position per round, and the final plan's tasks per party. */
@Transactional
class ConsultationPlanServiceTest extends ServiceTest {

    @Autowired
    DelibTestData fx;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationPlanService plans;

    @Test
    void eachPartyHasOnePositionPerRoundAndASecondEntryReplacesIt() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        login.as("yushan");
        long fire = consultations.addParty(consultation, PartyRole.DEPARTMENT, "常熟市消防救援大队");
        long lead = lead(consultation);
        long first = round(consultation, 1);
        long second = consultations.addRound(consultation, new RoundForm(fx.today(), "第二轮", "升降柱", "趋于一致"));
        plans.setPosition(consultation, new PositionForm(first, fire, Stance.CONDITIONAL, "须保证消防车通行"));
        plans.setPosition(consultation, new PositionForm(first, lead, Stance.SUPPORT, "支持升降柱"));
        long replaced = plans.setPosition(consultation, new PositionForm(first, fire, Stance.SUPPORT, "遥控可由消防队开启即可"));
        plans.setPosition(consultation, new PositionForm(second, fire, Stance.SUPPORT, "同意"));

        assertThat(plans.positions(consultation)).extracting(PositionRow::roundNumber, PositionRow::partyName,
                        PositionRow::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, consultations.detail(consultation).parties()
                                .getFirst().name(), Stance.SUPPORT),
                        org.assertj.core.groups.Tuple.tuple(1, "常熟市消防救援大队", Stance.SUPPORT),
                        org.assertj.core.groups.Tuple.tuple(2, "常熟市消防救援大队", Stance.SUPPORT));
        assertThat(consultations.detail(consultation).positions()).filteredOn(p -> p.id() == replaced).singleElement()
                .extracting(PositionRow::statement).isEqualTo("遥控可由消防队开启即可");

        assertRefused(() -> plans.setPosition(consultation, new PositionForm(first, fire, null, "x")), "stance",
                "validation.required");
        assertRefused(() -> plans.setPosition(consultation, new PositionForm(first, fire, Stance.OPPOSE, " ")), "statement",
                "validation.required");
        assertThatThrownBy(() -> consultations.removeParty(fire)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.party.inUse"));
        PositionRow row = plans.positions(consultation).getLast();
        assertThatThrownBy(() -> plans.removePosition(row.id(), row.version() + 1)).isInstanceOf(StaleEditException.class);
        plans.removePosition(row.id(), row.version());
        assertThat(plans.positions(consultation)).hasSize(2);
    }

    @Test
    void aRoundOrPartyOfAnotherConsultationIsRefusedAtItsField() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        long other = fx.consultation(w);
        login.as("yushan");
        long otherParty = lead(other);
        long otherRound = round(other, 1);
        assertRefused(() -> plans.setPosition(consultation, new PositionForm(otherRound, lead(consultation), Stance.SUPPORT,
                "支持")), "roundId", "delib.error.position.otherRound");
        assertRefused(() -> plans.setPosition(consultation, new PositionForm(round(consultation, 1), otherParty,
                Stance.SUPPORT, "支持")), "partyId", "delib.error.position.otherParty");
        assertRefused(() -> plans.addTask(consultation, new TaskForm(otherParty, "安装升降柱", fx.today().plusDays(30))),
                "partyId", "delib.error.position.otherParty");
    }

    @Test
    void thePlansTasksSayWhichPartyDoesWhatByWhenAndReplaceTheSummary() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        login.as("yushan");
        long company = consultations.addParty(consultation, PartyRole.PROPERTY_COMPANY, "常熟某物业公司");
        long lead = lead(consultation);
        long install = plans.addTask(consultation, new TaskForm(company, "采购并安装液压升降柱", fx.today().plusDays(60)));
        plans.addTask(consultation, new TaskForm(lead, "组织业主表决并公示结果", fx.today().plusDays(20)));
        assertThat(plans.tasks(consultation)).extracting(TaskRow::task).containsExactly("组织业主表决并公示结果",
                "采购并安装液压升降柱");
        assertThat(plans.tasks(consultation).getLast().role()).isEqualTo(PartyRole.PROPERTY_COMPANY);

        assertRefused(() -> plans.addTask(consultation, new TaskForm(company, "x", fx.today().minusDays(30))), "dueOn",
                "form.dateRange");
        assertRefused(() -> plans.addTask(consultation, new TaskForm(company, "x", fx.today().plusYears(6))), "dueOn",
                "form.dateRange");
        assertRefused(() -> plans.addTask(consultation, new TaskForm(null, "x", fx.today())), "partyId",
                "validation.required");
        assertRefused(() -> plans.addTask(consultation, new TaskForm(company, "", fx.today())), "task",
                "validation.required");

        TaskRow row = plans.tasks(consultation).getLast();
        plans.updateTask(install, row.version(), new TaskForm(lead, "协调安装液压升降柱", fx.today().plusDays(45)));
        assertThat(plans.tasks(consultation)).filteredOn(t -> t.id() == install).singleElement()
                .satisfies(t -> assertThat(t.partyId()).isEqualTo(lead));
        assertThatThrownBy(() -> plans.updateTask(install, row.version(), new TaskForm(lead, "x", fx.today())))
                .isInstanceOf(StaleEditException.class);

        // with tasks recorded the free-text summary may be left out; once closed nothing changes
        consultations.close(consultation, consultations.detail(consultation).row().version(), "安装液压升降柱", null);
        assertThat(consultations.detail(consultation).row().duties()).isNull();
        assertThatThrownBy(() -> plans.addTask(consultation, new TaskForm(lead, "x", fx.today())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.consultation.closed"));
        TaskRow last = plans.tasks(consultation).getFirst();
        assertThatThrownBy(() -> plans.removeTask(last.id(), last.version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.consultation.closed"));
    }

    @Test
    void withoutTasksTheSummaryOfWhoDoesWhatIsStillRequired() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        login.as("yushan");
        assertRefused(() -> consultations.close(consultation, consultations.detail(consultation).row().version(), "方案",
                null), "duties", "validation.required");
    }

    @Test
    void aCoordinatorOfAnotherTownIsRefusedEveryMethodWhateverIdsTheySend() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        long lead = fx.data.asAdmin(() -> lead(consultation));
        long round = fx.data.asAdmin(() -> round(consultation, 1));
        long position = fx.data.asAdmin(() -> plans.setPosition(consultation, new PositionForm(round, lead,
                Stance.SUPPORT, "支持")));
        long task = fx.data.asAdmin(() -> plans.addTask(consultation, new TaskForm(lead, "组织表决", fx.today())));
        login.as("meili");
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("positions", () -> plans.positions(consultation));
        calls.put("setPosition", () -> plans.setPosition(consultation, new PositionForm(round, lead, Stance.OPPOSE, "反对")));
        calls.put("removePosition", () -> plans.removePosition(position, 0));
        calls.put("tasks", () -> plans.tasks(consultation));
        calls.put("addTask", () -> plans.addTask(consultation, new TaskForm(lead, "x", fx.today())));
        calls.put("updateTask", () -> plans.updateTask(task, 0, new TaskForm(lead, "x", fx.today())));
        calls.put("removeTask", () -> plans.removeTask(task, 0));
        calls.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(ScopeViolationException.class));
        fx.data.asAdmin(() -> {
            assertThat(plans.positions(consultation)).singleElement().extracting(PositionRow::stance)
                    .isEqualTo(Stance.SUPPORT);
            assertThat(plans.tasks(consultation)).singleElement().extracting(TaskRow::task).isEqualTo("组织表决");
            return null;
        });
    }

    private long lead(long consultation) {
        return consultations.detail(consultation).parties().stream().filter(p -> p.role() == PartyRole.LEAD)
                .findFirst().orElseThrow().id();
    }

    private long round(long consultation, int number) {
        return consultations.detail(consultation).rounds().stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow().id();
    }
}
