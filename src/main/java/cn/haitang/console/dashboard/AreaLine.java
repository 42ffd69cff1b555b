package cn.haitang.console.dashboard;

/**
 * One line of the breakdown: a town/street of the city, or a community of a town/street, with its
 * structure rates, committee formation, pairing, reports and current demonstration sites.
 */
public record AreaLine(long id, String name, boolean town, int compounds, Rate entityBranches, Rate functionalBranches,
                       Rate gridCoverage, Rate committees, long institutionsPaired, long communities,
                       long communitiesPaired, long members, long volunteers, long provincialSites, long suzhouSites,
                       long citySites) {

    public long sitesTotal() {
        return provincialSites + suzhouSites + citySites;
    }
}
