package cn.haitang.console.base.search;

/**
 * One hit as the search box shows it: the record's name, its place in the structure (town · community ·
 * compound, already in the caller's language) and the route that opens its page.
 */
public record SearchHit(String kind, long id, String label, String place, String route) {
}
