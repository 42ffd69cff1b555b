/** Excel in and out: the streaming writer and what every import asks of a workbook. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.excel;
