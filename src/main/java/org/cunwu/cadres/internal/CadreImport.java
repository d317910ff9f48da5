package org.cunwu.cadres.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.cunwu.cadres.Gender;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a cadre roster from .xlsx in the export's format. Every row is checked first; a file with any
 * error imports nothing and the report names each bad row and column. A valid file is imported in one
 * transaction. Rows with the same name and birth date are one person holding several posts.
 */
@Service
class CadreImport {

    /** The column post_held.end_note: a longer note is a row problem, not a failed import. */
    static final int END_NOTE_MAX = 500;

    static final int MAX_ROWS = 5000;

    /** A problem with one cell: row number as Excel shows it, the column header, and a message key with arguments. */
    record Problem(int row, String column, String messageKey, String value) {
    }

    /**
     * What a successful import did: rows read, posts added and rows already recorded (left as they were), people new to
     * the register and people already in it (matched by name and birth date, given the new posts).
     */
    record Summary(int rows, int postsAdded, int rowsUnchanged, int peopleAdded, int peopleKnown) implements Serializable {
    }

    record Result(int imported, List<Problem> problems, Summary summary) {

        Result(int imported, List<Problem> problems) {
            this(imported, problems, null);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Parsed(int row, PersonDetails person, Long villageId, Long postTypeId, LocalDate from, LocalDate to,
            EndReason reason, String note) {
    }

    private final CadreService cadres;
    private final VillageService villages;
    private final PostTypeRepository postTypes;

    CadreImport(CadreService cadres, VillageService villages, PostTypeRepository postTypes) {
        this.cadres = cadres;
        this.villages = villages;
        this.postTypes = postTypes;
    }

    @Transactional
    public Result importRoster(InputStream in) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Parsed> rows = new ArrayList<>();
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(in);
        } catch (Exception e) {
            return new Result(0, List.of(new Problem(0, "", "import.notXlsx", null)));
        }
        try (workbook) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Village> villagesByCode = new HashMap<>();
            villages.choices().stream().filter(villages::canEdit).forEach(v -> villagesByCode.put(v.getCode(), v));
            Map<String, PostType> typesByName = new HashMap<>();
            postTypes.findAll().forEach(t -> typesByName.put(t.getNameZh(), t));
            DataFormatter formatter = new DataFormatter();
            int last = sheet.getLastRowNum();
            if (last > MAX_ROWS) {
                return new Result(0, List.of(new Problem(0, "", "import.tooManyRows", String.valueOf(MAX_ROWS))));
            }
            for (int r = 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                int shown = r + 1;
                List<Problem> rowProblems = new ArrayList<>();
                String name = text(row, 0, formatter);
                if (name == null) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(0), "import.required", null));
                } else if (name.length() > 50) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(0), "import.tooLong", name));
                }
                Gender gender = label(row, 1, formatter, CadreSheet.GENDER, true, rowProblems, shown);
                LocalDate birth = date(row, 2, formatter, rowProblems, shown, false);
                String phone = text(row, 3, formatter);
                if (phone != null && !phone.matches(PersonForm.PHONE_PATTERN)) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(3), "import.phone", phone));
                }
                Education education = label(row, 4, formatter, CadreSheet.EDUCATION, false, rowProblems, shown);
                LocalDate partySince = date(row, 5, formatter, rowProblems, shown, false);
                String returned = text(row, 6, formatter);
                String code = text(row, 7, formatter);
                Village village = code == null ? null : villagesByCode.get(code);
                if (code == null) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(7), "import.required", null));
                } else if (village == null) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(7), "import.village", code));
                }
                String postName = text(row, 9, formatter);
                PostType type = postName == null ? null : typesByName.get(postName);
                if (postName == null) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(9), "import.required", null));
                } else if (type == null) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(9), "import.post", postName));
                }
                LocalDate from = date(row, 10, formatter, rowProblems, shown, true);
                LocalDate to = date(row, 11, formatter, rowProblems, shown, false);
                EndReason reason = label(row, 12, formatter, CadreSheet.END_REASON, to != null, rowProblems, shown);
                if (to != null && from != null && to.isBefore(from)) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(11), "import.endBeforeStart", to.toString()));
                }
                String endNote = text(row, 13, formatter);
                if (endNote != null && endNote.length() > END_NOTE_MAX) {
                    rowProblems.add(new Problem(shown, CadreSheet.HEADERS.get(13), "import.tooLong", String.valueOf(END_NOTE_MAX)));
                }
                if (rowProblems.isEmpty()) {
                    rows.add(new Parsed(shown, new PersonDetails(name, gender, birth, phone, education, partySince, "是".equals(returned)),
                            village.getId(), type.getId(), from, to, reason, endNote));
                }
                problems.addAll(rowProblems);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(0, problems);
        }
        if (rows.isEmpty()) {
            return new Result(0, List.of(new Problem(0, "", "import.empty", null)));
        }
        // finished posts first, so that a current secretary's appointment never ends a post the file also lists
        rows.sort(Comparator.comparing((Parsed r) -> r.to() == null).thenComparing(Parsed::from));
        Map<String, Person> people = new HashMap<>();
        int newPeople = 0;
        int newPosts = 0;
        for (Parsed row : rows) {
            try {
                String key = row.person().name() + "|" + row.person().birthDate();
                CadreService.ImportedRow done = cadres.importRow(people.get(key), row.person(), row.villageId(), row.postTypeId(),
                        row.from(), row.to(), row.reason(), row.note());
                people.put(key, done.person());
                newPeople += done.newPerson() ? 1 : 0;
                newPosts += done.newPost() ? 1 : 0;
            } catch (InvalidFieldException e) {
                // a rule only the database could check (e.g. a second current secretary): nothing is kept
                throw new RowRejected(new Problem(row.row(), "", e.messageKey(), null));
            }
        }
        return new Result(rows.size(), List.of(), new Summary(rows.size(), newPosts, rows.size() - newPosts, newPeople,
                people.size() - newPeople));
    }

    /** Rolls the whole import back, carrying the row that broke a rule. */
    static final class RowRejected extends RuntimeException {

        final Problem problem;

        RowRejected(Problem problem) {
            super("row " + problem.row() + ": " + problem.messageKey());
            this.problem = problem;
        }
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (int c = 0; c < CadreSheet.HEADERS.size(); c++) {
            if (text(row, c, formatter) != null) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            // a 12-digit village code or a phone typed into Excel becomes a number: read its digits, not 6.9E+11
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        String value = formatter.formatCellValue(cell).trim();
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(Row row, int column, DataFormatter formatter, List<Problem> problems, int shown, boolean required) {
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = text(row, column, formatter);
        if (text == null) {
            if (required) {
                problems.add(new Problem(shown, CadreSheet.HEADERS.get(column), "import.required", null));
            }
            return null;
        }
        try {
            return CadreSheet.parseDate(text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(shown, CadreSheet.HEADERS.get(column), "import.date", text));
            return null;
        }
    }

    private static <E> E label(Row row, int column, DataFormatter formatter, Map<E, String> labels, boolean required,
            List<Problem> problems, int shown) {
        String text = text(row, column, formatter);
        if (text == null) {
            if (required) {
                problems.add(new Problem(shown, CadreSheet.HEADERS.get(column), "import.required", null));
            }
            return null;
        }
        Optional<E> value = CadreSheet.fromLabel(labels, text);
        if (value.isEmpty()) {
            problems.add(new Problem(shown, CadreSheet.HEADERS.get(column), "import.label", text + "｜" + CadreSheet.labels(labels)));
        }
        return value.orElse(null);
    }

}
