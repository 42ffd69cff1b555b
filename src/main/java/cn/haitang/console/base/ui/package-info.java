/** The shared UI toolkit every feature's views use: form dialog, area filter, uploads, downloads, badges, confirmations, notifications, charts. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.ui;
