package cn.haitang.console.circle;

import static cn.haitang.console.circle.CircleTestData.scene;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** Scenes: target groups, organisers, the lifecycle with reasons, types kept by the admin, photos, scope. */
@Transactional
class SceneServiceTest extends ServiceTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    SceneService scenes;
    @Autowired
    CircleTestData circle;

    @Test
    void aSceneIsPlannedThenRunsPausesWithAReasonAndClosesForGood() {
        CircleTestData.Circle c = circle.circle("yushan");
        login.as("yushan");
        long id = scenes.create(scene(c.positionId(), circle.firstType(), Set.of(TargetGroup.ELDERLY, TargetGroup.SPECIAL), 40));
        SceneRow planned = scenes.scene(id);
        assertThat(planned.state()).isEqualTo(SceneState.PLANNED);
        assertThat(planned.groups()).containsExactlyInAnyOrder(TargetGroup.ELDERLY, TargetGroup.SPECIAL);
        assertRefused(() -> scenes.changeState(id, 0, SceneState.PAUSED, null), "state", "circle.error.scene.transition");
        scenes.changeState(id, 0, SceneState.RUNNING, null);
        assertRefused(() -> scenes.changeState(id, 1, SceneState.PAUSED, " "), "reason", "validation.required");
        scenes.changeState(id, 1, SceneState.PAUSED, "场地维修");
        assertThat(scenes.scene(id).stateReason()).isEqualTo("场地维修");
        assertThatThrownBy(() -> scenes.changeState(id, 1, SceneState.RUNNING, null)).isInstanceOf(StaleEditException.class);
        scenes.changeState(id, 2, SceneState.RUNNING, null);
        scenes.changeState(id, 3, SceneState.CLOSED, "志愿者团队解散");
        assertThat(scenes.history(id)).extracting(StateChangeRow::toState)
                .containsExactly(SceneState.RUNNING, SceneState.PAUSED, SceneState.RUNNING, SceneState.CLOSED);
        assertRefused(() -> scenes.changeState(id, 4, SceneState.RUNNING, null), "state", "circle.error.scene.transition");
        assertThatThrownBy(() -> scenes.update(id, 4, scene(c.positionId(), circle.firstType(), Set.of(TargetGroup.ALL), 10)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("circle.error.scene.closed");
    }

    @Test
    void groupsCapacityAndOrganiserAreCheckedAtTheirFields() {
        CircleTestData.Circle c = circle.circle("yushan");
        long institution = circle.pairedInstitution(c.place());
        login.as("yushan");
        long type = circle.firstType();
        assertRefused(() -> scenes.create(scene(c.positionId(), type, Set.of(), 10)), "groups", "circle.error.scene.groups");
        assertRefused(() -> scenes.create(scene(c.positionId(), type, Set.of(TargetGroup.ALL, TargetGroup.CHILDREN), 10)),
                "groups", "circle.error.scene.allAlone");
        assertRefused(() -> scenes.create(scene(c.positionId(), type, Set.of(TargetGroup.CHILDREN), 0)), "capacity",
                "form.integer");
        SceneForm byInstitution = new SceneForm(c.positionId(), type, "税务讲堂", Set.of(TargetGroup.ALL),
                OrganiserKind.INSTITUTION, null, null, "每月第二个周六 9:00", 50);
        assertRefused(() -> scenes.create(byInstitution), "institutionId", "validation.required");
        long id = scenes.create(new SceneForm(c.positionId(), type, "税务讲堂", Set.of(TargetGroup.ALL),
                OrganiserKind.INSTITUTION, null, institution, "每月第二个周六 9:00", 50));
        assertThat(scenes.scene(id).organiserName()).startsWith("测试出借单位");
        assertThat(scenes.form(id).institutionId()).isEqualTo(institution);
    }

    @Test
    void onlyTheAdminKeepsTheTypeList() {
        login.as("admin");
        String name = TestData.unique("睦邻茶话会");
        long id = scenes.createType(name);
        assertRefused(() -> scenes.createType(name), "name", "circle.error.type.duplicate");
        scenes.renameType(id, 0, name + "2");
        login.as("meili");
        assertThat(scenes.types()).extracting(SceneTypeRow::name).contains("社区共享食堂", name + "2");
        assertThatThrownBy(() -> scenes.createType("越权")).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.renameType(id, 1, "越权")).isInstanceOf(ScopeViolationException.class);
        login.as("reviewer1");
        assertThatThrownBy(() -> scenes.types()).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void photosAreCheckedAsEveryAttachmentIs() {
        CircleTestData.Circle c = circle.circle("yushan");
        login.as("yushan");
        long photo = scenes.addPhoto(c.sceneId(), null, "课堂.png", "image/png", PNG);
        assertThat(scenes.photos(c.sceneId(), null)).extracting(PhotoRow::fileName).containsExactly("课堂.png");
        assertThat(scenes.photoContent(photo).content()).isEqualTo(PNG);
        assertRefused(() -> scenes.addPhoto(c.sceneId(), null, "伪装.png", "image/png", "not a png".getBytes()), "file",
                "upload.error.content");
        scenes.deletePhoto(photo);
        assertThat(scenes.photos(c.sceneId(), null)).isEmpty();
    }

    @Test
    void aCoordinatorCannotReachAnotherTownsScenesByEditingIds() {
        CircleTestData.Circle meili = circle.circle("meili");
        CircleTestData.Circle yushan = circle.circle("yushan");
        long photo = circle.data().asAdmin(() -> scenes.addPhoto(meili.sceneId(), null, "a.png", "image/png", PNG));
        login.as("yushan");
        long other = meili.sceneId();
        assertThatThrownBy(() -> scenes.scene(other)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.form(other)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.history(other)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.changeState(other, 1, SceneState.PAUSED, "x")).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.update(other, 1, scene(meili.positionId(), circle.firstType(), Set.of(TargetGroup.ALL), 5)))
                .isInstanceOf(ScopeViolationException.class);
        // nor move their own scene onto another town's position
        assertThatThrownBy(() -> scenes.update(yushan.sceneId(), 1,
                scene(meili.positionId(), circle.firstType(), Set.of(TargetGroup.ALL), 5))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.create(scene(meili.positionId(), circle.firstType(), Set.of(TargetGroup.ALL), 5)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.photos(other, null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.photoContent(photo)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.deletePhoto(photo)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> scenes.addPhoto(other, null, "a.png", "image/png", PNG)).isInstanceOf(ScopeViolationException.class);
        assertThat(scenes.list(SceneFilter.all(), PageRequest.of(0, 1000))).extracting(SceneRow::townId)
                .containsOnly(yushan.place().townId());
    }
}
