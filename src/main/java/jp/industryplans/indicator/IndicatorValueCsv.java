package jp.industryplans.indicator;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.DecimalBounds;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.SpreadsheetText;

/**
 * Reads the indicator-values CSV that {@code GET /api/v1/indicators/values} writes (Excel's
 * BOM or not): every fault is reported with its spreadsheet row (the header is row 1) and column,
 * and the file is rejected whole if any row is bad. The columns {@code qualitative} and
 * {@code fiscalYearInferred} are optional, so files exported before they existed still load.
 * Text cells come back as they were stored: the apostrophe the export puts before a
 * formula-like text is taken off ({@link SpreadsheetText}).
 */
public final class IndicatorValueCsv {

    static final List<String> REQUIRED = List.of("indicatorId", "fiscalYear", "kind", "value", "text",
            "missingReason", "note");
    private static final CsvMapper CSV = new CsvMapper();
    private static final int MAX_ROWS = 50_000;

    /** One row to store. */
    public record Row(int row, UUID indicatorId, int fiscalYear, ValueKind kind, IndicatorValueInput value) {
    }

    private IndicatorValueCsv() {
    }

    public static List<Row> parse(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            boolean any = it.hasNext();
            List<String> header = new ArrayList<>();
            if (it.getParser().getSchema() instanceof CsvSchema schema) {
                schema.forEach(c -> header.add(c.getName()));
            }
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw ApiException.invalid("row 1", "the header lacks the columns " + missing);
            }
            int row = 1;
            Set<String> seen = new HashSet<>();
            while (any && it.hasNext()) {
                row++;
                if (row > MAX_ROWS + 1) {
                    throw ApiException.invalid("row " + row, "a file holds at most " + MAX_ROWS + " rows");
                }
                Row parsed = row(row, it.next(), errors);
                if (parsed != null
                        && !seen.add(parsed.indicatorId() + "/" + parsed.fiscalYear() + "/" + parsed.kind())) {
                    errors.add(new FieldError("row " + row,
                            "repeats the indicator, fiscal year and kind of an earlier row"));
                } else if (parsed != null) {
                    rows.add(parsed);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, "malformed-csv", "Malformed CSV",
                    "The body is not readable CSV with a header row: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), null);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return rows;
    }

    private static Row row(int row, Map<String, String> cells, List<FieldError> errors) {
        int before = errors.size();
        UUID indicator = null;
        try {
            indicator = UUID.fromString(cell(cells, "indicatorId"));
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(at(row, "indicatorId", "must be the indicator's id (a UUID)"));
        }
        int fiscalYear = 0;
        try {
            fiscalYear = FiscalYear.parse(cell(cells, "fiscalYear")).year();
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(at(row, "fiscalYear", "must be a fiscal year such as 2021 or 令和3年度"));
        }
        ValueKind kind = null;
        try {
            kind = ValueKind.valueOf(cell(cells, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(at(row, "kind", "must be TARGET, ACTUAL or ESTIMATE"));
        }
        BigDecimal value = null;
        String rawValue = cell(cells, "value");
        if (rawValue != null) {
            try {
                value = new BigDecimal(rawValue.replace(",", ""));
                if (!DecimalBounds.fits(value)) {
                    errors.add(at(row, "value", DecimalBounds.MESSAGE));
                }
            } catch (NumberFormatException e) {
                errors.add(at(row, "value", "must be a number, or empty with a missingReason"));
            }
        }
        QualitativeValue qualitative = null;
        String rawQualitative = cell(cells, "qualitative");
        if (rawQualitative != null) {
            try {
                qualitative = QualitativeValue.valueOf(rawQualitative.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(at(row, "qualitative", "must be DONE, NOT_DONE or TEXT"));
            }
        }
        Boolean inferred = null;
        String rawInferred = cell(cells, "fiscalYearInferred");
        if (rawInferred != null) {
            inferred = switch (rawInferred.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    errors.add(at(row, "fiscalYearInferred", "must be true or false"));
                    yield null;
                }
            };
        }
        MissingReason reason = null;
        String rawReason = cell(cells, "missingReason");
        if (rawReason != null) {
            try {
                reason = MissingReason.valueOf(rawReason.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(at(row, "missingReason",
                        "must be NOT_APPLICABLE, NOT_YET_COMPILED, NOT_SURVEYED or NOT_LEGIBLE"));
            }
        }
        if (rawValue == null && rawQualitative == null && rawReason == null) {
            errors.add(at(row, "missingReason", "is required when value is empty: say why the figure is missing"));
        } else if ((rawValue != null || rawQualitative != null) && rawReason != null) {
            errors.add(at(row, "missingReason", "must be empty when a figure is given"));
        } else if (rawValue != null && rawQualitative != null) {
            errors.add(at(row, "qualitative", "must be empty when a value is given"));
        }
        String text = SpreadsheetText.restore(cell(cells, "text"));
        String note = SpreadsheetText.restore(cell(cells, "note"));
        if (text != null && text.codePointCount(0, text.length()) > 200) {
            errors.add(at(row, "text", "is longer than 200 characters"));
        }
        if (note != null && note.codePointCount(0, note.length()) > 2000) {
            errors.add(at(row, "note", "is longer than 2000 characters"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(row, indicator, fiscalYear, kind,
                new IndicatorValueInput(value, qualitative, text, reason, note, inferred, null));
    }

    private static String cell(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static FieldError at(int row, String column, String message) {
        return new FieldError("row " + row + ", column " + column, message);
    }
}
