package cn.haitang.console.base.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * The rows a lazy grid asks for: offset, limit, the grid's sort and, when the grid has counted the list,
 * its size. With the size known, a page in the second half of the list is read backwards from its end —
 * the order reversed, a small offset — so the last page costs what the first one does instead of the
 * database stepping over every row before it (an OFFSET of 400,000 reports took 221 ms, the first page 1.4).
 * The order must end in a unique column so both directions give the same rows.
 */
public record Window(long offset, int limit, Sort sort, long size) {

    /** A window without a known size: always read forwards. */
    public static Window of(long offset, int limit) {
        return new Window(offset, limit, Sort.unsorted(), -1);
    }

    public static Window of(long offset, int limit, Sort sort) {
        return new Window(offset, limit, sort, -1);
    }

    /** The window with the list's size, once counted. */
    public Window sized(long count) {
        return new Window(offset, limit, sort, count);
    }

    /** Whether the page is nearer the list's end than its start, so read backwards. */
    public boolean fromEnd() {
        return size >= 0 && offset > 0 && size - offset - limit < offset;
    }

    /** The ORDER BY terms (without the keywords) as given, or each reversed when reading from the end. */
    public String order(String terms) {
        return fromEnd() ? reverse(terms) : terms;
    }

    /** " ORDER BY …" from the grid's sort over a whitelist (see {@link Sql#orderBy}), reversed from the end. */
    public String orderBy(java.util.Map<String, String> columns, String fallback) {
        String order = Sql.orderBy(sort, columns, fallback).substring(" ORDER BY ".length());
        return " ORDER BY " + order(order);
    }

    /** The LIMIT and OFFSET arguments, in that order, for whichever direction is read. */
    public Object[] limitOffset() {
        if (!fromEnd()) {
            return new Object[] {limit, offset};
        }
        long rowsLeft = Math.max(0, size - offset);
        return new Object[] {(int) Math.min(limit, rowsLeft), Math.max(0, size - offset - limit)};
    }

    /** The rows in the grid's order: a page read backwards is turned round. */
    public <T> List<T> inOrder(List<T> rows) {
        if (!fromEnd()) {
            return rows;
        }
        List<T> turned = new ArrayList<>(rows);
        Collections.reverse(turned);
        return turned;
    }

    /** "a.x DESC, a.id" → "a.x ASC, a.id DESC": commas inside parentheses belong to their function. */
    static String reverse(String terms) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < terms.length(); i++) {
            char c = terms.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(terms.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(terms.substring(start));
        List<String> reversed = new ArrayList<>();
        for (String part : parts) {
            String term = part.strip();
            String upper = term.toUpperCase(java.util.Locale.ROOT);
            if (upper.endsWith(" DESC")) {
                reversed.add(term.substring(0, term.length() - 5) + " ASC");
            } else if (upper.endsWith(" ASC")) {
                reversed.add(term.substring(0, term.length() - 4) + " DESC");
            } else {
                reversed.add(term + " DESC");
            }
        }
        return String.join(", ", reversed);
    }
}
