package jp.industryplans.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV for Excel: UTF-8 with a byte-order mark, a header row and RFC 4180 quoting (by Jackson's
 * CSV writer). Each item becomes one row; nested records become dotted columns
 * ({@code source.document}), lists of words are joined with {@code "; "}, and lists of records
 * are written as JSON text so that nothing is lost. Text cells are neutralised against formula
 * injection ({@link SpreadsheetText}); numbers stay numbers.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    private static final char BOM = '\uFEFF';
    private static final CsvMapper CSV = new CsvMapper();

    private CsvExport() {
    }

    public static String write(List<?> items, Class<?> itemType, ObjectMapper json) {
        List<String> columns = new ArrayList<>();
        columns(itemType, "", columns);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (Object item : items) {
            JsonNode node = json.valueToTree(item);
            List<String> row = new ArrayList<>(columns.size());
            for (String column : columns) {
                row.add(cell(node.at("/" + column.replace('.', '/')), json));
            }
            rows.add(row);
        }
        try {
            return BOM + CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("CSV cannot be written", e);
        }
    }

    private static void columns(Class<?> type, String prefix, List<String> columns) {
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            if (t.isRecord() && !List.class.isAssignableFrom(t)) {
                columns(t, prefix + c.getName() + ".", columns);
            } else {
                columns.add(prefix + c.getName());
            }
        }
    }

    private static String cell(JsonNode node, ObjectMapper json) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode n : node) {
                scalars &= n.isValueNode();
            }
            if (scalars) {
                List<String> parts = new ArrayList<>();
                node.forEach(n -> parts.add(n.asText()));
                return SpreadsheetText.neutralize(String.join("; ", parts));
            }
            return SpreadsheetText.neutralize(node.toString());
        }
        if (node.isObject()) {
            return SpreadsheetText.neutralize(node.toString());
        }
        if (node.isBigDecimal() || node.isFloatingPointNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.isTextual() ? SpreadsheetText.neutralize(node.asText()) : node.asText();
    }
}
