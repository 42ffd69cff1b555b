/** The notices list, a notice's page with its receipts, and the form the city admin writes one in. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.notices.ui;
