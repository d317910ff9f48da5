package org.cunwu.reports.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.projects.ProjectStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as an .xlsx workbook: one sheet per table (the figures, the breakdown, cadres by post, projects by
 * category, problems by category, shared projects, campaigns), each headed by the district, scope and period.
 */
@Component
class ReportWorkbook {

    private final MessageSource messages;

    ReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Report report, Map<String, Object> attributes, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ReportController.fileName(report) + ".xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheets sheets = new Sheets(workbook, List.of(
                    List.of(message("report.title." + report.scope().level().name(), locale), report.scope().name()),
                    List.of(message("report.scope", locale), attributes.get("scopeLabel")),
                    List.of(message("report.period", locale), attributes.get("periodLabel")),
                    List.of(message("report.generatedAt", locale), attributes.get("generatedAt"))));
            if (report.profile() != null) {
                profile(sheets, report.profile(), locale);
            }
            figures(sheets, report, locale);
            breakdown(sheets, report, locale);
            if (!report.posts().isEmpty()) {
                Sheet sheet = sheets.add(message("report.table.posts", locale),
                        List.of(message("report.post", locale), message("report.current", locale), message("report.nineties", locale)));
                report.posts().forEach(p -> sheets.row(sheet, List.of(name(p.nameZh(), p.nameEn(), locale), p.current(), p.nineties())));
            }
            projects(sheets, report, locale);
            Sheet problems = sheets.add(message("report.table.problemCategories", locale),
                    List.of(message("report.category", locale), message("report.figure.PROBLEMS_RAISED", locale),
                            message("report.figure.PROBLEMS_RESOLVED", locale)));
            report.problemCategories().forEach(c -> sheets.row(problems, List.of(name(c.nameZh(), c.nameEn(), locale), c.raised(), c.resolved())));
            if (!report.agreements().isEmpty()) {
                Sheet sheet = sheets.add(message("report.table.agreements", locale), List.of(message("report.project", locale),
                        message("report.leadVillage", locale), message("report.partners", locale), message("report.land", locale),
                        message("report.incomePerVillage", locale)));
                report.agreements().forEach(a -> sheets.row(sheet, Arrays.asList(a.name(), a.leadVillage(), String.join("、", a.partners()),
                        value(a.land()), value(a.incomePerVillage()))));
            }
            if (!report.campaigns().isEmpty()) {
                Sheet sheet = sheets.add(message("report.table.campaigns", locale), List.of(message("report.campaign", locale),
                        message("report.directions", locale), message("report.tasksCompleted", locale)));
                report.campaigns().forEach(c -> sheets.row(sheet, List.of(c.name(), c.directions(), c.tasksCompleted())));
            }
            Sheet definitions = sheets.add(message("report.table.definitions", locale),
                    List.of(message("report.figure", locale), message("report.table.definitions", locale)));
            for (Figure figure : Figure.values()) {
                sheets.row(definitions, List.of(message(figure.messageKey(), locale), message(PublishedReportService.definitionKey(figure), locale)));
            }
            workbook.write(response.getOutputStream());
        }
    }

    private void profile(Sheets sheets, Report.Profile p, Locale locale) {
        Sheet sheet = sheets.add(message("report.table.profile", locale), List.of(message("report.figure", locale), message("report.value", locale)));
        sheets.row(sheet, List.of(message("report.profile.kind", locale), message("report.profile.kind." + p.kind(), locale)));
        sheets.row(sheet, List.of(message("report.town", locale), p.townName()));
        sheets.row(sheet, Arrays.asList(message("report.profile.population", locale), p.population()));
        sheets.row(sheet, Arrays.asList(message("report.profile.households", locale), p.households()));
        sheets.row(sheet, Arrays.asList(message("report.profile.farmland", locale), p.farmland()));
        sheets.row(sheet, Arrays.asList(message("report.profile.income", locale), p.collectiveIncome()));
        sheets.row(sheet, Arrays.asList(message("report.profile.specialties", locale), p.specialties()));
        if (!p.holders().isEmpty()) {
            Sheet holders = sheets.add(message("report.table.holders", locale), List.of(message("report.post", locale),
                    message("report.profile.name", locale), message("report.profile.since", locale)));
            p.holders().forEach(h -> sheets.row(holders, List.of(name(h.postZh(), h.postEn(), locale), h.name(), h.since().toString())));
        }
    }

    private void figures(Sheets sheets, Report report, Locale locale) {
        Sheet sheet = sheets.add(message("report.table.figures", locale), List.of(message("report.section", locale),
                message("report.figure", locale), message("report.value", locale), message("report.share", locale)));
        for (ReportLayout.Section section : ReportLayout.SECTIONS) {
            String sectionName = message(section.messageKey(), locale);
            for (Figure figure : section.figures()) {
                Figure whole = ReportLayout.shareOf(figure);
                List<Object> cells = new ArrayList<>(List.of(sectionName, message(figure.messageKey(), locale)));
                cells.add(report.total().get(figure));
                cells.add(whole == null ? null : report.total().percent(figure, whole) + "%");
                sheets.row(sheet, cells);
            }
        }
    }

    private void breakdown(Sheets sheets, Report report, Locale locale) {
        if (report.units().isEmpty()) {
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add(message(report.scope().district() ? "report.town" : "report.village", locale));
        List<Figure> columns = ReportLayout.breakdownOf(report.scope().district());
        columns.forEach(f -> headers.add(message("report.short." + f.name(), locale)));
        Sheet sheet = sheets.add(message(report.scope().district() ? "report.table.byTown" : "report.table.byVillage", locale), headers);
        for (Report.Unit unit : report.units()) {
            List<Object> cells = new ArrayList<>();
            cells.add(unit.name());
            columns.forEach(f -> cells.add(unit.figures().get(f)));
            sheets.row(sheet, cells);
        }
        List<Object> total = new ArrayList<>();
        total.add(message("report.total", locale));
        columns.forEach(f -> total.add(report.total().get(f)));
        sheets.row(sheet, total);
    }

    private void projects(Sheets sheets, Report report, Locale locale) {
        List<String> headers = new ArrayList<>();
        headers.add(message("report.category", locale));
        for (ProjectStatus status : ProjectStatus.values()) {
            headers.add(message(status.messageKey(), locale));
        }
        headers.addAll(List.of(message("report.total", locale), message("report.figure.KEY_SUPERVISED", locale),
                message("report.figure.INVESTMENT", locale), message("report.figure.LAND", locale), message("report.figure.INCOME", locale)));
        Sheet sheet = sheets.add(message("report.table.projects", locale), headers);
        for (Report.ProjectRow row : report.projects()) {
            List<Object> cells = new ArrayList<>();
            cells.add(name(row.nameZh(), row.nameEn(), locale));
            for (ProjectStatus status : ProjectStatus.values()) {
                cells.add(row.status(status));
            }
            cells.addAll(List.of(row.count(), row.keySupervised(), value(row.investment()), value(row.land()), value(row.income())));
            sheets.row(sheet, cells);
        }
    }

    private static Object value(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros();
    }

    static String name(String zh, String en, Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Sheets that each start with the report's header block, then a bold heading row, then rows. */
    private static final class Sheets {

        private final XSSFWorkbook workbook;
        private final List<List<Object>> header;
        private final CellStyle bold;
        private final Map<Sheet, int[]> next = new HashMap<>();

        Sheets(XSSFWorkbook workbook, List<List<Object>> header) {
            this.workbook = workbook;
            this.header = header;
            Font font = workbook.createFont();
            font.setBold(true);
            this.bold = workbook.createCellStyle();
            this.bold.setFont(font);
        }

        Sheet add(String title, List<String> headings) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
            next.put(sheet, new int[] {0});
            header.forEach(cells -> row(sheet, cells));
            row(sheet, List.of());
            Row row = row(sheet, new ArrayList<>(headings));
            row.forEach(cell -> cell.setCellStyle(bold));
            sheet.setColumnWidth(0, 28 * 256);
            for (int i = 1; i < headings.size(); i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            return sheet;
        }

        Row row(Sheet sheet, List<?> cells) {
            int[] index = next.get(sheet);
            Row row = sheet.createRow(index[0]++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                var cell = row.createCell(i);
                if (value == null) {
                    cell.setBlank();
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
            return row;
        }
    }
}
