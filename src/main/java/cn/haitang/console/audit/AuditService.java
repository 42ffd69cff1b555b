package cn.haitang.console.audit;

import cn.haitang.console.base.RuleViolationException;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit trail. The whole trail is for city admins; a feature that shows the history of one
 * of its records (after its own scope check) uses {@link #historyOf}.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final String ADMIN = cn.haitang.console.base.Role.CITY_ADMIN.authority();

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditService(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public Page<AuditEntry> find(AuditFilter filter, Pageable pageable) {
        requireAdmin();
        return entries.findAll(specification(filter), pageable);
    }

    public long count(AuditFilter filter) {
        requireAdmin();
        return entries.count(specification(filter));
    }

    public List<String> entityTypes() {
        requireAdmin();
        return entries.findEntityTypes();
    }

    /** The history of one record, newest first. The calling feature has checked the caller may see it. */
    public Page<AuditEntry> historyOf(String entityType, long entityId, Pageable pageable) {
        return entries.findAll(specification(AuditFilter.ofEntity(entityType, entityId)), pageable);
    }

    /**
     * The history of several records at once (entity type → ids), newest first, at most {@code limit} entries, in
     * one query: a compound's history spans its grids, branches, groups and households. The calling feature has
     * checked the caller may see them.
     */
    public List<AuditEntry> historyOf(Map<String, ? extends Collection<Long>> idsByType, int limit) {
        Specification<AuditEntry> any = (root, query, cb) -> cb.or(idsByType.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> cb.and(cb.equal(root.get("entityType"), e.getKey()),
                        root.get("entityId").in(e.getValue().stream().map(String::valueOf).toList())))
                .toArray(Predicate[]::new));
        return entries.findAll(any, PageRequest.of(0, limit,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))).getContent();
    }

    /** The changed fields of an entry, in the order they were recorded. */
    public List<FieldChange> changesOf(AuditEntry entry) {
        Map<String, Map<String, Object>> document = json.readValue(entry.getChanges(), new TypeReference<>() { });
        List<FieldChange> changes = new ArrayList<>();
        document.forEach((field, pair) -> changes.add(new FieldChange(field, text(pair.get("before")), text(pair.get("after")))));
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The audit trail and the personal-data log are for city admins only. */
    static void requireAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream().anyMatch(a -> ADMIN.equals(a.getAuthority()));
        if (!admin) {
            throw new AccessDeniedException("The audit trail is for city admins");
        }
    }

    private Specification<AuditEntry> specification(AuditFilter filter) {
        ZoneId zone = clock.getZone();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String user = filter.username() == null ? "" : filter.username().trim();
            if (!user.isEmpty()) {
                predicates.add(cb.equal(root.get("username"), user));
            }
            if (filter.entityType() != null) {
                predicates.add(cb.equal(root.get("entityType"), filter.entityType()));
            }
            if (filter.entityId() != null) {
                predicates.add(cb.equal(root.get("entityId"), filter.entityId()));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                if (filter.from() != null && filter.to().isBefore(filter.from())) {
                    throw RuleViolationException.atField("to", "validation.dateRange");
                }
                predicates.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
