/**
 * The dashboard: the city's figures at a glance. It assembles what the features that own the figures
 * compute (organization's coverage, governance's committee formation, pairing's figures, accreditation's
 * sites) and never re-implements their SQL; it checks the caller's scope before it asks them.
 */
@NullMarked
package cn.haitang.console.dashboard;

import org.jspecify.annotations.NullMarked;
