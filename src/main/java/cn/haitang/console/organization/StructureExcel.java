package cn.haitang.console.organization;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundForm;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.ManagementMode;
import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import java.io.ByteArrayInputStream;
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

    /** The errors of an import as a workbook: row, column, problem. */
    public byte[] errorReport(ImportResult result, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(Translations.translate("import.reportSheet", locale));
            header(workbook, sheet, List.of(Translations.translate("import.row", locale),
                    Translations.translate("import.column", locale), Translations.translate("import.message", locale)));
            int r = 1;
            for (ImportError error : result.errors()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(error.row());
                row.createCell(1).setCellValue(error.column());
                row.createCell(2).setCellValue(error.message());
            }
            sheet.setColumnWidth(2, 80 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes exactly the compounds the filter selects (in the caller's area), streamed in pages. */
    public void exportCompounds(CompoundFilter filter, Locale locale, OutputStream out) throws IOException {
        List<String> headers = List.of("compound.town", "compound.community", "compound.name", "compound.address",
                "compound.yearBuilt", "compound.buildings", "compound.households", "compound.gated",
                "compound.managementMode", "list.entityBranch", "list.functionalBranch", "list.microGrids",
                "list.gridGroups", "list.centralHouseholds");
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

    /**
     * Validates every row and saves all of them in one transaction, or none when any row is wrong;
     * the result lists every problem with its Excel row number and column.
     */
    public ImportResult importWorkbook(ImportKind kind, byte[] content, Locale locale) {
        currentUser.scope().townFilter();
        List<String> headers = kind.columns().stream().map(k -> Translations.translate(k, locale)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Optional<Sheet> visible = cn.haitang.console.base.excel.Workbooks.firstVisibleSheet(workbook);
            if (visible.isEmpty()) {
                return failed(0, "", Translations.translate("import.error.noSheet", locale));
            }
            Sheet sheet = visible.get();
            Row head = sheet.getRow(0);
            List<String> zhHeaders = kind.columns().stream().map(k -> Translations.translate(k, Translations.CHINESE)).toList();
            List<String> found = new ArrayList<>();
            for (int i = 0; head != null && i < headers.size(); i++) {
                found.add(text(head.getCell(i)));
            }
            if (!found.equals(headers) && !found.equals(zhHeaders)) {
                return failed(1, "", Translations.translate("import.error.headers", locale));
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                boolean blank = true;
                for (int i = 0; i < kind.columns().size(); i++) {
                    Cell cell = row.getCell(i);
                    String value = cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                            ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : text(cell);
                    values.put(kind.columns().get(i), value);
                    blank &= value.isEmpty();
                }
                if (!blank) {
                    rows.add(values);
                    rowNumbers.add(r + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException violation) {
                throw violation;
            }
            return failed(0, "", Translations.translate("import.error.file", locale));
        }
        if (rows.isEmpty()) {
            return failed(0, "", Translations.translate("import.error.empty", locale));
        }
        ImportResult result = transaction.execute(status -> {
            RowContext context = new RowContext(kind, locale);
            for (int i = 0; i < rows.size(); i++) {
                context.process(rowNumbers.get(i), rows.get(i));
            }
            if (!context.errors.isEmpty()) {
                status.setRollbackOnly();
            }
            return new ImportResult(rows.size(), context.created, context.updated, List.copyOf(context.errors));
        });
        return result == null ? failed(0, "", "") : result;
    }

    private static ImportResult failed(int row, String column, String message) {
        return new ImportResult(0, 0, 0, List.of(new ImportError(row, column, message)));
    }

    private static String text(@Nullable Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell).trim();
    }

    /** A problem of one cell, raised while reading a row. */
    private static final class CellProblem extends RuntimeException {
        final String column;

        CellProblem(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    /** The state of one import: caches for lookups, natural keys seen, counts and errors. */
    private final class RowContext {
        final ImportKind kind;
        final Locale locale;
        final List<ImportError> errors = new ArrayList<>();
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

        void process(int row, Map<String, String> values) {
            rowNumber = row;
            try {
                switch (kind) {
                    case COMPOUND -> importCompound(values);
                    case BRANCH -> branch(values);
                    case GRID_GROUP -> gridGroup(values);
                    case HOUSEHOLD -> household(values);
                }
            } catch (CellProblem p) {
                errors.add(new ImportError(row, header(p.column), p.getMessage()));
            } catch (RuleViolationException e) {
                String column = columnOf(e.getField());
                errors.add(new ImportError(row, column == null ? "" : header(column),
                        Translations.translate(e.getMessageKey(), locale, e.getArguments())));
            }
        }

        private void importCompound(Map<String, String> v) {
            CommunityRef community = community(v);
            String name = v.get("compound.name");
            unique("compound.name", community.id() + "|" + name);
            boolean required = yesNo(v, "compound.committeeRequired");
            CompoundForm form = new CompoundForm(community.id(), name, v.get("compound.address"),
                    optionalInt(v, "compound.yearBuilt"), integer(v, "compound.buildings"), integer(v, "compound.households"),
                    yesNo(v, "compound.gated"), mode(v), required, blankToNull(v.get("compound.committeeExemption")));
            Optional<CompoundRef> existing = name.isEmpty() ? Optional.empty() : region.findCompound(community.id(), name);
            if (existing.isPresent()) {
                region.updateCompound(existing.get().id(), region.compoundDetail(existing.get().id()).version(), form);
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
            BranchRow branch = organization.findBranch(compound.id(), type).orElseThrow(() -> new CellProblem(
                    "org.group.branch", Translations.translate("import.error.unknownBranch", locale, compound.name(),
                    Translations.translate(type.messageKey(), locale))));
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
            GridGroupRow group = organization.gridGroupOfMicroGrid(grid.id()).orElseThrow(() -> new CellProblem(
                    "org.group.microGrid", Translations.translate("import.error.noGroup", locale, grid.name())));
            String member = v.get("org.household.memberName");
            unique("org.household.memberName", group.id() + "|" + member);
            HouseholdForm form = new HouseholdForm(member, v.get("org.household.phone"),
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
                    new CellProblem("compound.town", Translations.translate("import.error.unknownTown", locale, name)));
            if (!currentUser.scope().covers(town.id())) {
                throw new CellProblem("compound.town", Translations.translate("import.error.outOfScope", locale, name));
            }
            return town;
        }

        private CommunityRef community(Map<String, String> v) {
            TownRef town = town(v);
            String name = v.get("compound.community");
            return communities.computeIfAbsent(town.id(), region::communitiesOf).stream()
                    .filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new CellProblem("compound.community",
                            Translations.translate("import.error.unknownCommunity", locale, town.name(), name)));
        }

        private CompoundRef compound(Map<String, String> v) {
            CommunityRef community = community(v);
            String name = v.get("compound.name");
            return region.findCompound(community.id(), name).orElseThrow(() -> new CellProblem("compound.name",
                    Translations.translate("import.error.unknownCompound", locale, community.name(), name)));
        }

        private MicroGridRow microGrid(Map<String, String> v, CompoundRef compound) {
            String name = v.get("org.group.microGrid");
            return region.findMicroGrid(compound.id(), name).orElseThrow(() -> new CellProblem("org.group.microGrid",
                    Translations.translate("import.error.unknownMicroGrid", locale, compound.name(), name)));
        }

        // -- cells --

        private void unique(String column, String key) {
            Integer first = keys.putIfAbsent(key, rowNumber);
            if (first != null) {
                throw new CellProblem(column, Translations.translate("import.error.duplicateRow", locale, first));
            }
        }

        private int integer(Map<String, String> v, String column) {
            Integer value = optionalInt(v, column);
            if (value == null) {
                throw new CellProblem(column, Translations.translate("validation.required", locale));
            }
            return value;
        }

        private @Nullable Integer optionalInt(Map<String, String> v, String column) {
            String text = v.get(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            } catch (NumberFormatException e) {
                throw new CellProblem(column, Translations.translate("import.error.number", locale));
            }
        }

        private @Nullable LocalDate date(Map<String, String> v, String column) {
            String text = v.get(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CellProblem(column, Translations.translate("import.error.date", locale));
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
            throw new CellProblem(column, Translations.translate("import.error.yesNo", locale));
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
            throw new CellProblem(column, Translations.translate("import.error.type", locale));
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
            throw new CellProblem("compound.managementMode", Translations.translate("import.error.mode", locale));
        }

        private String header(String column) {
            return Translations.translate(column, locale);
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
