package cn.haitang.console.circle;

import java.util.List;

/**
 * The money a happiness scene received: implemented by the feature that keeps the ledgers (funds), which
 * depends on the circle and not the other way round. {@link SceneService#grants} checks the scene's scope
 * before it asks; without an implementation a scene has received nothing.
 */
public interface SceneGrants {

    /** The posted grants to the scene and their reversals, newest first. */
    List<SceneGrantRow> grantsTo(long sceneId);
}
