/**
 * The demo data of the four-tier organisation (profile {@code demo} only): community party organisations,
 * compound branches, grid groups and central households, seeded in bulk; the structure benchmark reuses
 * {@link cn.haitang.console.organization.demo.DemoOrganization#seed} for its 10× volume.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.organization.demo;
