/** The accreditation views and their forms: they call the workflow services only. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.accreditation.ui;
