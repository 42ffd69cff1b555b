package cn.haitang.console.region;

import java.util.List;
import java.util.Locale;

/**
 * What other features hang under a node of the geography. Region cannot know them (they depend on
 * region, not the other way round), so each feature that attaches records to a community, compound
 * or micro-grid implements this as a Spring bean; region refuses to delete a node while any of them
 * still reports something under it.
 */
public interface RegionDependents {

    /**
     * Texts in the given language naming what still hangs under the node, e.g. "2 个小区党支部";
     * empty when nothing does.
     */
    List<String> dependentsOf(RegionLevel level, long id, Locale locale);
}
