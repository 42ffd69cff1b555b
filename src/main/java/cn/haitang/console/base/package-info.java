/**
 * What every feature may use and which uses no feature: the entity base, the domain's exceptions, the
 * roles, translations, the database bootstrap and the few shared UI components.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base;
