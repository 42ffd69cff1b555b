package cn.haitang.console.organization;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.excel.imports.CellProblem;
import cn.haitang.console.base.excel.imports.Cells;
import cn.haitang.console.base.excel.imports.ImportColumn;
import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportReport;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.excel.imports.ImportRow;
import cn.haitang.console.base.excel.imports.PreviewRow;
import cn.haitang.console.base.excel.imports.RowStatus;
import cn.haitang.console.base.excel.imports.TableReader;
import cn.haitang.console.base.excel.imports.UploadedFile;
import cn.haitang.console.base.i18n.Translations;
import java.nio.file.Path;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundDetail;
import cn.haitang.console.region.CompoundForm;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.ManagementMode;
import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel in and out for the structure: templates, imports (all rows or none, with a row-by-row report;
 * a second import of the same file updates by natural key) and the compound list's export. Every row
 * goes through the same service methods as the forms, so the same rules and scope checks apply.
 */
@Service
public class StructureExcel {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private final RegionService region;
    private final OrganizationService organization;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;

    StructureExcel(RegionService region, OrganizationService organization, CurrentUser currentUser,
                   PlatformTransactionManager transactions) {
        this.region = region;
        this.organization = organization;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        // Always its own unit of work, so "none saved" holds whatever the caller's transaction does.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- templates and reports -----------------------------------------------------------------------

    /** An empty workbook with the kind's Chinese headers, to fill in and import. */
    public byte[] template(ImportKind kind, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(Translations.translate(kind.messageKey(), locale));
            header(workbook, sheet, kind.columns().stream().map(k -> Translations.translate(k, locale)).toList());
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of an import as a workbook: row, column, value read, problem. */
    public void errorReport(List<ImportProblem> problems, Locale locale, OutputStream out) {
        ImportReport.write(problems, locale, out);
    }

    /** Writes exactly the compounds the filter selects (in the caller's area), streamed in pages. */
    public void exportCompounds(CompoundFilter filter, Locale locale, OutputStream out) throws IOException {
        List<String> headers = List.of("compound.town", "compound.community", "compound.name", "compound.address",
                "compound.yearBuilt", "compound.buildings", "compound.households", "compound.gated",
                "compound.managementMode", "list.entityBranch", "list.functionalBranch", "list.microGrids",
                "list.gridGroups", "list.centralHouseholds", "compound.exclusiveArea", "compound.ownerCount");
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(Translations.translate("list.sheet", locale));
            header(workbook, sheet, headers.stream().map(k -> Translations.translate(k, locale)).toList());
            String yes = Translations.translate("presence.WITH", locale);
            String no = Translations.translate("presence.WITHOUT", locale);
            int[] r = {1};
            organization.forEachCompound(filter, c -> {
                Row row = sheet.createRow(r[0]++);
                row.createCell(0).setCellValue(c.townName());
                row.createCell(1).setCellValue(c.communityName());
                row.createCell(2).setCellValue(c.name());
                row.createCell(3).setCellValue(c.address());
                if (c.yearBuilt() != null) {
                    row.createCell(4).setCellValue(c.yearBuilt());
                }
                row.createCell(5).setCellValue(c.buildings());
                row.createCell(6).setCellValue(c.households());
                row.createCell(7).setCellValue(Translations.translate(c.gated() ? "compound.gated.yes" : "compound.gated.no",
                        locale));
                row.createCell(8).setCellValue(Translations.translate(c.managementMode().messageKey(), locale));
                row.createCell(9).setCellValue(c.entityBranch() ? yes : no);
                row.createCell(10).setCellValue(c.functionalBranch() ? yes : no);
                row.createCell(11).setCellValue(c.microGrids());
                row.createCell(12).setCellValue(c.gridGroups());
                row.createCell(13).setCellValue(c.centralHouseholds());
                if (c.exclusiveArea() != null && c.ownerCount() != null) {
                    row.createCell(14).setCellValue(c.exclusiveArea().doubleValue());
                    row.createCell(15).setCellValue(c.ownerCount());
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void header(Workbook workbook, Sheet sheet, List<String> titles) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, Math.max(12, titles.get(i).length() * 3 + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    // ---- import --------------------------------------------------------------------------------------

    /** The template's columns as the shared reader matches them (the optional ones may be left out of a file). */
    static List<ImportColumn> columns(ImportKind kind) {
        return kind.columns().stream().map(key -> switch (key) {
            case "compound.town" -> ImportColumn.required(key, ImportColumn.TOWN);
            case "compound.community" -> ImportColumn.required(key, "社区", "村(社区)", "社区(村)");
            case "compound.name" -> ImportColumn.required(key, "小区", "小区名");
            case "org.household.phone" -> ImportColumn.required(key, ImportColumn.PHONE);
            case "org.household.memberName" -> ImportColumn.required(key, "姓名", "中心户姓名", "中心户户主");
            case "org.group.microGrid" -> ImportColumn.required(key, "网格", "微网格名称");
            case "compound.exclusiveArea" -> ImportColumn.optional(key, "专有部分总面积", "专有部分总面积(平方米)",
                    "专有部分面积", "专有面积", "专有面积合计", "专有部分建筑面积", "exclusive area");
            case "compound.ownerCount" -> ImportColumn.optional(key, "业主总数", "业主总人数", "业主人数", "业主数",
                    "业主户数", "owners");
            case "compound.address", "compound.yearBuilt", "compound.committeeExemption", "org.branch.formedOn",
                 "org.household.buildingUnit" -> ImportColumn.optional(key);
            default -> ImportColumn.required(key);
        }).toList();
    }

    /**
     * What importing the file would do, row by row, with every problem; runs the import in a transaction
     * that is always rolled back, so the same rules and scope checks decide and nothing is written.
     */
    public ImportPreview preview(ImportKind kind, byte[] content, Locale locale) {
        currentUser.scope().townFilter();
        try (UploadedFile file = UploadedFile.of(content)) {
            Run run = transaction.execute(status -> {
                status.setRollbackOnly();
                return run(kind, file.path(), locale);
            });
            return ImportPreview.of(run.scan, run.context.rows, run.context.problems);
        }
    }

    /**
     * Validates every row and saves all of them in one transaction, or none when any row is wrong;
     * the result lists every problem with its Excel row number and column.
     */
    public ImportResult importWorkbook(ImportKind kind, byte[] content, Locale locale) {
        currentUser.scope().townFilter();
        try (UploadedFile file = UploadedFile.of(content)) {
            Run run = transaction.execute(status -> {
                Run r = run(kind, file.path(), locale);
                if (!r.scan.readable() || !r.context.problems.isEmpty()) {
                    status.setRollbackOnly();
                }
                return r;
            });
            if (!run.scan.readable()) {
                return ImportResult.refused(0, run.scan.problems());
            }
            RowContext c = run.context;
            int rows = c.rows.size();
            return c.problems.isEmpty() ? new ImportResult(rows, c.created, c.updated, List.of())
                    : ImportResult.refused(rows, c.problems);
        }
    }

    private record Run(TableReader.Scan scan, RowContext context) {
    }

    private Run run(ImportKind kind, Path file, Locale locale) {
        RowContext context = new RowContext(kind, locale);
        TableReader.Scan scan = new TableReader(columns(kind)).read(file, context::process);
        return new Run(scan, context);
    }

    /** A problem of one cell, raised while reading a row: its column and the message key with arguments. */
    private static final class RowProblem extends RuntimeException {
        final String column;
        final String key;
        final Object[] arguments;

        RowProblem(String column, String key, Object... arguments) {
            super(key, null, false, false);
            this.column = column;
            this.key = key;
            this.arguments = arguments;
        }
    }

    /** The state of one import: caches for lookups, natural keys seen, counts and errors. */
    private final class RowContext {
        final ImportKind kind;
        final Locale locale;
        final List<ImportProblem> problems = new ArrayList<>();
        final List<PreviewRow> rows = new ArrayList<>();
        final Map<String, Integer> keys = new HashMap<>();
        final Map<Long, List<CommunityRef>> communities = new HashMap<>();
        final List<TownRef> towns = region.allTowns();
        int created;
        int updated;
        int rowNumber;

        RowContext(ImportKind kind, Locale locale) {
            this.kind = kind;
            this.locale = locale;
        }

        void process(ImportRow row) {
            rowNumber = row.number();
            Map<String, String> values = new HashMap<>();
            kind.columns().forEach(column -> values.put(column, row.get(column)));
            int createdBefore = created;
            int updatedBefore = updated;
            String label = row.get(kind.labelColumn());
            try {
                switch (kind) {
                    case COMPOUND -> importCompound(values);
                    case BRANCH -> branch(values);
                    case GRID_GROUP -> gridGroup(values);
                    case HOUSEHOLD -> household(values);
                }
                rows.add(PreviewRow.of(row.number(), created > createdBefore ? RowStatus.NEW
                        : updated > updatedBefore ? RowStatus.UPDATE : RowStatus.UNCHANGED, label));
            } catch (RowProblem p) {
                problems.add(new ImportProblem(row.number(), p.column, row.get(p.column), p.key, List.of(p.arguments)));
                rows.add(PreviewRow.of(row.number(), RowStatus.ERROR, label));
            } catch (CellProblem p) {
                throw new IllegalStateException(p); // every parser call is wrapped by cell()
            } catch (RuleViolationException e) {
                String column = columnOf(e.getField());
                problems.add(new ImportProblem(row.number(), column == null ? "" : column,
                        column == null ? "" : row.get(column), e.getMessageKey(), List.of(e.getArguments())));
                rows.add(PreviewRow.of(row.number(), RowStatus.ERROR, label));
            }
        }

        private void importCompound(Map<String, String> v) {
            CommunityRef community = community(v);
            String name = v.get("compound.name");
            unique("compound.name", community.id() + "|" + name);
            boolean required = yesNo(v, "compound.committeeRequired");
            CompoundForm form = new CompoundForm(community.id(), name, v.get("compound.address"),
                    optionalInt(v, "compound.yearBuilt"), integer(v, "compound.buildings"), integer(v, "compound.households"),
                    yesNo(v, "compound.gated"), mode(v), required, blankToNull(v.get("compound.committeeExemption")),
                    area(v, "compound.exclusiveArea"), optionalInt(v, "compound.ownerCount"));
            Optional<CompoundRef> existing = name.isEmpty() ? Optional.empty() : region.findCompound(community.id(), name);
            if (existing.isPresent()) {
                CompoundDetail detail = region.compoundDetail(existing.get().id());
                if (form.exclusiveArea() == null && form.ownerCount() == null) {
                    // a file without the art. 278 figures (an older template, or blank cells) keeps those recorded
                    form = form.withOwnership(detail.exclusiveArea(), detail.ownerCount());
                }
                region.updateCompound(existing.get().id(), detail.version(), form);
                updated++;
            } else {
                region.createCompound(form);
                created++;
            }
        }

        private void branch(Map<String, String> v) {
            CompoundRef compound = compound(v);
            BranchType type = type(v, "org.branch.type");
            unique("org.branch.type", compound.id() + "|" + type);
            BranchForm form = new BranchForm(type, v.get("org.name"), v.get("org.secretary"),
                    integer(v, "org.membersCount"), date(v, "org.branch.formedOn"));
            Optional<BranchRow> existing = organization.findBranch(compound.id(), type);
            if (existing.isPresent()) {
                organization.updateBranch(existing.get().id(), existing.get().version(), form);
                updated++;
            } else {
                organization.createBranch(compound.id(), form);
                created++;
            }
        }

        private void gridGroup(Map<String, String> v) {
            CompoundRef compound = compound(v);
            MicroGridRow grid = microGrid(v, compound);
            unique("org.group.microGrid", String.valueOf(grid.id()));
            BranchType type = type(v, "org.group.branch");
            BranchRow branch = organization.findBranch(compound.id(), type).orElseThrow(() -> new RowProblem(
                    "org.group.branch", "import.error.unknownBranch", compound.name(),
                    Translations.translate(type.messageKey(), locale)));
            GridGroupForm form = new GridGroupForm(grid.id(), v.get("org.name"), v.get("org.group.leader"),
                    integer(v, "org.membersCount"));
            Optional<GridGroupRow> existing = organization.gridGroupOfMicroGrid(grid.id());
            if (existing.isPresent()) {
                GridGroupRow row = existing.get();
                if (row.branchId() != branch.id()) {
                    row = organization.moveGridGroup(row.id(), row.version(), branch.id());
                }
                organization.updateGridGroup(row.id(), row.version(), form);
                updated++;
            } else {
                organization.createGridGroup(branch.id(), form);
                created++;
            }
        }

        private void household(Map<String, String> v) {
            CompoundRef compound = compound(v);
            MicroGridRow grid = microGrid(v, compound);
            GridGroupRow group = organization.gridGroupOfMicroGrid(grid.id()).orElseThrow(() -> new RowProblem("org.group.microGrid", "import.error.noGroup", grid.name()));
            String member = v.get("org.household.memberName");
            unique("org.household.memberName", group.id() + "|" + member);
            HouseholdForm form = new HouseholdForm(member, phone(v, "org.household.phone"),
                    v.get("org.household.buildingUnit"), integer(v, "org.household.linked"));
            Optional<HouseholdRow> existing = member.isEmpty() ? Optional.empty() : organization.findHousehold(group.id(), member);
            if (existing.isPresent()) {
                organization.updateHousehold(existing.get().id(), existing.get().version(), form);
                updated++;
            } else {
                organization.createHousehold(group.id(), form);
                created++;
            }
        }

        // -- lookups --

        private TownRef town(Map<String, String> v) {
            String name = v.get("compound.town");
            TownRef town = towns.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                    new RowProblem("compound.town", "import.error.unknownTown", name));
            if (!currentUser.scope().covers(town.id())) {
                throw new RowProblem("compound.town", "import.error.outOfScope", name);
            }
            return town;
        }

        private CommunityRef community(Map<String, String> v) {
            TownRef town = town(v);
            String name = v.get("compound.community");
            return communities.computeIfAbsent(town.id(), region::communitiesOf).stream()
                    .filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new RowProblem("compound.community", "import.error.unknownCommunity", town.name(), name));
        }

        private CompoundRef compound(Map<String, String> v) {
            CommunityRef community = community(v);
            String name = v.get("compound.name");
            return region.findCompound(community.id(), name).orElseThrow(() -> new RowProblem("compound.name", "import.error.unknownCompound", community.name(), name));
        }

        private MicroGridRow microGrid(Map<String, String> v, CompoundRef compound) {
            String name = v.get("org.group.microGrid");
            return region.findMicroGrid(compound.id(), name).orElseThrow(() -> new RowProblem("org.group.microGrid", "import.error.unknownMicroGrid", compound.name(), name));
        }

        // -- cells --

        private void unique(String column, String key) {
            Integer first = keys.putIfAbsent(key, rowNumber);
            if (first != null) {
                throw new RowProblem(column, "imports.value.duplicate", first);
            }
        }

        private int integer(Map<String, String> v, String column) {
            Integer value = optionalInt(v, column);
            if (value == null) {
                throw new RowProblem(column, "imports.value.required");
            }
            return value;
        }

        private @Nullable Integer optionalInt(Map<String, String> v, String column) {
            return cell(column, () -> Cells.optionalCount(v.get(column)));
        }

        private @Nullable BigDecimal area(Map<String, String> v, String column) {
            return cell(column, () -> Cells.optionalArea(v.get(column)));
        }

        private @Nullable LocalDate date(Map<String, String> v, String column) {
            return cell(column, () -> Cells.optionalDate(v.get(column)));
        }

        private @Nullable String phone(Map<String, String> v, String column) {
            return v.get(column).isEmpty() ? "" : cell(column, () -> Cells.mobile(v.get(column)));
        }

        /** A parser's problem at this column. */
        private <T> T cell(String column, java.util.function.Supplier<T> parser) {
            try {
                return parser.get();
            } catch (CellProblem p) {
                throw new RowProblem(column, p.messageKey(), p.arguments().toArray());
            }
        }

        private boolean yesNo(Map<String, String> v, String column) {
            String text = v.get(column);
            for (Locale l : Translations.SUPPORTED) {
                if (text.equals(Translations.translate("common.yes", l))
                        || text.equals(Translations.translate("compound.gated.yes", l))) {
                    return true;
                }
                if (text.equals(Translations.translate("common.no", l))
                        || text.equals(Translations.translate("compound.gated.no", l))) {
                    return false;
                }
            }
            throw new RowProblem(column, "import.error.yesNo", text);
        }

        private BranchType type(Map<String, String> v, String column) {
            String text = v.get(column);
            for (BranchType type : BranchType.values()) {
                for (Locale l : Translations.SUPPORTED) {
                    if (text.equals(Translations.translate(type.messageKey(), l)) || text.equals(type.name())) {
                        return type;
                    }
                }
            }
            throw new RowProblem(column, "import.error.type", text);
        }

        private ManagementMode mode(Map<String, String> v) {
            String text = v.get("compound.managementMode");
            for (ManagementMode mode : ManagementMode.values()) {
                for (Locale l : Translations.SUPPORTED) {
                    if (text.equals(Translations.translate(mode.messageKey(), l)) || text.equals(mode.name())) {
                        return mode;
                    }
                }
            }
            throw new RowProblem("compound.managementMode", "import.error.mode", text);
        }

        /** The column of a service's field name, for the kind being imported. */
        private @Nullable String columnOf(@Nullable String field) {
            if (field == null) {
                return null;
            }
            return switch (kind) {
                case COMPOUND -> switch (field) {
                    case "communityId" -> "compound.community";
                    case "name" -> "compound.name";
                    case "address" -> "compound.address";
                    case "yearBuilt" -> "compound.yearBuilt";
                    case "buildings" -> "compound.buildings";
                    case "households" -> "compound.households";
                    case "managementMode" -> "compound.managementMode";
                    case "committeeExemption" -> "compound.committeeExemption";
                    case "exclusiveArea" -> "compound.exclusiveArea";
                    case "ownerCount" -> "compound.ownerCount";
                    default -> null;
                };
                case BRANCH -> switch (field) {
                    case "type" -> "org.branch.type";
                    case "name" -> "org.name";
                    case "secretary" -> "org.secretary";
                    case "membersCount" -> "org.membersCount";
                    case "formedOn" -> "org.branch.formedOn";
                    default -> null;
                };
                case GRID_GROUP -> switch (field) {
                    case "microGridId" -> "org.group.microGrid";
                    case "branchId" -> "org.group.branch";
                    case "name" -> "org.name";
                    case "leader" -> "org.group.leader";
                    case "membersCount" -> "org.membersCount";
                    default -> null;
                };
                case HOUSEHOLD -> switch (field) {
                    case "memberName" -> "org.household.memberName";
                    case "phone" -> "org.household.phone";
                    case "buildingUnit" -> "org.household.buildingUnit";
                    case "linkedHouseholds" -> "org.household.linked";
                    default -> null;
                };
            };
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
