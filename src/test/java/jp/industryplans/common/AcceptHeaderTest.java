package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {

    @ParameterizedTest(name = "[{index}] Accept: {0} → csv {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                                   | false",
            "''                                     | false",
            "*/*                                    | false",
            "text/csv                               | true",
            "TEXT/CSV                               | true",
            "text/*                                 | true",
            "text/csv;charset=utf-8                 | true",
            "'text/csv; header=\"present\"'         | true",
            "application/json                       | false",
            "'application/json, text/csv'           | false",
            "'text/csv, application/json'           | true",
            "'application/json;q=0.5, text/csv'     | true",
            "'text/csv;q=0.5, application/json'     | false",
            "'text/csv;q=0, */*'                    | false",
            "'application/*, text/csv'              | true",
            "'text/csv, */*;q=0.1'                  | true",
            // Malformed ranges are disregarded; what is left decides.
            "text/                                  | false",
            "'text/csv;q=2'                         | false",
            "'text/csv;q=abc'                       | false",
            "'text/csv;q=0.1234'                    | false",
            "'text/csv;=x'                          | false",
            "'text/csv;q'                           | false",
            "*/csv                                  | false",
            "'text/csv, ;;;'                        | true",
            "', , text/csv'                         | true",
            "'a/b/c, text/csv'                      | true",
            "'\"x, text/csv'                        | false",
            "'téxt/csv'                             | false",
    })
    void choosesCsvOnlyWhenItIsPreferred(String accept, boolean csv) {
        assertEquals(csv, AcceptHeader.parse(Arrays.asList(accept)).prefersCsv());
    }

    @ParameterizedTest(name = "[{index}] Accept: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                   | ''",
            "','                                  | ''",
            "';;;'                                | ''",
            "text/                                | ''",
            "'*/*;q=abc'                          | ''",
            "'application/json ; q=0.5 ,text/csv' | 'application/json ; q=0.5, text/csv'",
            "'text/csv;;q=1'                      | 'text/csv;;q=1'",
            "'a/b;p=\"x,y\", c/d'                 | 'a/b;p=\"x,y\", c/d'",
    })
    void keepsOnlyTheWellFormedRangesAsSent(String accept, String kept) {
        assertEquals(kept, AcceptHeader.parse(List.of(accept)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"application/json | text/csv | false", "text/csv | application/json | true"})
    void severalFieldLinesAreOneList(String first, String second, boolean csv) {
        assertEquals(csv, AcceptHeader.parse(List.of(first, second)).prefersCsv());
    }
}
