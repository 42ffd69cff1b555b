package cn.haitang.console.funds;

import cn.haitang.console.circle.SceneGrantRow;
import cn.haitang.console.circle.SceneGrants;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grants a happiness scene received, for the circle's scene page. The circle asks only after checking
 * the caller may see the scene; a coordinator then sees the city fund's grants to their scene too, since
 * they are public (they appear in the city fund's disclosure).
 */
@Component
class SceneGrantLedger implements SceneGrants {

    private final FundsQueries queries;

    SceneGrantLedger(FundsQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SceneGrantRow> grantsTo(long sceneId) {
        return queries.sceneGrants(sceneId);
    }
}
