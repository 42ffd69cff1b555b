/**
 * The four-tier party organisation of the compounds (四级组织体系): community party committees, compound
 * party branches, grid party groups and party-member central households; the structure tree, the
 * compound list, Excel in and out, and the coverage figures with their monthly snapshots.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.organization;
