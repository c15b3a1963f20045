package jp.industryplans;

import java.util.regex.Pattern;

/** What a caller must never read in a problem: the service's insides. */
public final class ProblemText {

    /**
     * Java packages and exception names, parser tokens and feature flags, Jackson's source
     * excerpts, backquoted class names and PostgreSQL SQLSTATEs such as (22021).
     */
    public static final Pattern INTERNALS = Pattern.compile("jp\\.industryplans|java\\.|javax\\.|jakarta\\.|"
            + "com\\.fasterxml|org\\.hibernate|io\\.quarkus|JsonToken|DeserializationFeature|MapperFeature|\\[Source:|"
            + "REDACTED|\\(\\d{2}[0-9A-Z]\\d{2}\\)|[A-Za-z]+Exception|`[a-zA-Z.$]+`|SQLSTATE|SRJWT");

    private ProblemText() {
    }
}
