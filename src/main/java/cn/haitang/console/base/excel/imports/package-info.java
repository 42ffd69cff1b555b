/**
 * The one import mechanism every feature uses: a streaming reader of the first visible sheet
 * ({@link SheetSource}), a table reader that finds the header row below titles and skips what is not
 * data ({@link TableReader}), forgiving value parsers ({@link Cells}), and the preview and error report
 * a user sees before anything is saved ({@link ImportPreview}, {@link ImportReport}). A feature declares
 * its {@link ImportColumn}s and handles each {@link ImportRow}.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.excel.imports;
