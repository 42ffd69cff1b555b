package cn.haitang.console.audit;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one audit mechanism: Hibernate tells us after every insert, update and delete of any entity, and
 * we write who did it and the changed fields (before and after) into {@code audit_entry} on the same
 * connection, inside the same transaction. So a rolled-back change leaves no audit entry, and no
 * feature writes audit code of its own.
 */
@Component
class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String SYSTEM = "system";
    private static final String MASK = "******";
    private static final int SUMMARY_LENGTH = 1000;
    private static final String INSERT = """
            INSERT INTO audit_entry (occurred_at, username, action, entity_type, entity_id, summary, changes)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Class<?>, Boolean> ignoredTypes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> maskedFields = new ConcurrentHashMap<>();

    AuditTrail(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.clock = clock;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (ignored(event.getEntity())) {
            return;
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        forEachProperty(event.getPersister(), (i, name) -> changes.put(name,
                new Object[] {null, value(event.getPersister(), event.getSession(), i, name, event.getState()[i])}));
        write(event.getSession(), AuditAction.CREATE, event.getPersister(), event.getId(), changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (ignored(event.getEntity())) {
            return;
        }
        Object[] oldState = event.getOldState();
        Object[] newState = event.getState();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        forEachProperty(event.getPersister(), (i, name) -> {
            Object before = oldState == null ? null : value(event.getPersister(), event.getSession(), i, name, oldState[i]);
            Object after = value(event.getPersister(), event.getSession(), i, name, newState[i]);
            boolean dirty = oldState == null ? contains(event.getDirtyProperties(), i) : !Objects.equals(before, after)
                    || isMasked(event.getPersister(), name) && !Objects.equals(oldState[i], newState[i]);
            if (dirty) {
                changes.put(name, new Object[] {before, after});
            }
        });
        if (!changes.isEmpty()) {
            write(event.getSession(), AuditAction.UPDATE, event.getPersister(), event.getId(), changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (ignored(event.getEntity())) {
            return;
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        forEachProperty(event.getPersister(), (i, name) -> changes.put(name,
                new Object[] {value(event.getPersister(), event.getSession(), i, name, event.getDeletedState()[i]), null}));
        write(event.getSession(), AuditAction.DELETE, event.getPersister(), event.getId(), changes);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(SharedSessionContractImplementor session, AuditAction action, EntityPersister persister,
                       Object id, Map<String, Object[]> changes) {
        Map<String, Map<String, Object>> document = new LinkedHashMap<>();
        StringBuilder summary = new StringBuilder();
        changes.forEach((name, beforeAfter) -> {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("before", beforeAfter[0]);
            pair.put("after", beforeAfter[1]);
            document.put(name, pair);
            if (!summary.isEmpty()) {
                summary.append("; ");
            }
            summary.append(name).append(": ");
            if (action == AuditAction.UPDATE) {
                summary.append(beforeAfter[0]).append(" → ");
            }
            summary.append(action == AuditAction.DELETE ? beforeAfter[0] : beforeAfter[1]);
        });
        String text = summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH - 1) + "…" : summary.toString();
        String changesJson = json.writeValueAsString(document);
        String entityType = simpleName(persister.getEntityName());
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setTimestamp(1, Timestamp.from(clock.instant()));
                insert.setString(2, currentUsername());
                insert.setString(3, action.name());
                insert.setString(4, entityType);
                insert.setString(5, String.valueOf(id));
                insert.setString(6, text);
                insert.setString(7, changesJson);
                insert.executeUpdate();
            }
        });
    }

    /** Calls back for every persistent property except the version and plain collections. */
    private static void forEachProperty(EntityPersister persister, PropertyCallback callback) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        int versionIndex = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
        for (int i = 0; i < names.length; i++) {
            if (i != versionIndex && !types[i].isCollectionType()) {
                callback.accept(i, names[i]);
            }
        }
    }

    /** A JSON-friendly value: ids for associations, ISO text for times, masks for secrets. */
    private @Nullable Object value(EntityPersister persister, SharedSessionContractImplementor session, int index,
                                   String name, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (isMasked(persister, name)) {
            return MASK;
        }
        if (persister.getPropertyTypes()[index].isEntityType()) {
            Object id = session.getFactory().getPersistenceUnitUtil().getIdentifier(value);
            return id == null ? null : id.toString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    private boolean isMasked(EntityPersister persister, String name) {
        return maskedFields.computeIfAbsent(persister.getEntityName() + "#" + name, key -> {
            Class<?> type = persister.getMappedClass();
            while (type != null && type != Object.class) {
                try {
                    Field field = type.getDeclaredField(name);
                    // file contents never go into the log, whichever entity holds them
                    return field.isAnnotationPresent(AuditMasked.class) || field.getType() == byte[].class;
                } catch (NoSuchFieldException e) {
                    type = type.getSuperclass();
                }
            }
            return false;
        });
    }

    private boolean ignored(Object entity) {
        return ignoredTypes.computeIfAbsent(org.hibernate.Hibernate.getClass(entity),
                type -> type.isAnnotationPresent(AuditIgnored.class) || type == AuditEntry.class);
    }

    static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static boolean contains(int @Nullable [] indexes, int index) {
        if (indexes == null) {
            return true;
        }
        for (int i : indexes) {
            if (i == index) {
                return true;
            }
        }
        return false;
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    @FunctionalInterface
    private interface PropertyCallback {
        void accept(int index, String name);
    }

}
