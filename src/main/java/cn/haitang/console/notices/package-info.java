/**
 * 通知公告: the city admin's notices to the towns/streets (all, or chosen ones), with attachments and read
 * receipts per coordinator and town. A coordinator sees only the notices addressed to their town; opening
 * one records the receipt; the admin sees who has and has not read it.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.notices;
