package cn.haitang.console.base.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link SearchContribution}: the entity whose names are indexed. Read from the class without
 * creating the bean, because the index is mapped while JPA starts, before any service exists.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Searchable {

    /** The JPA entity class. */
    Class<?> entity();

    /** The property holding the name people type (a String). */
    String name();

    /** The property holding the town/street id (a long) that scopes the record; "" for a city-wide record. */
    String town() default "";
}
