package jp.industryplans.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every error response, written in ASCII ({@link AsciiText}). */
@Schema(name = "Problem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, @JsonSerialize(using = AsciiText.class) String title, int status,
                      @JsonSerialize(using = AsciiText.class) String detail,
                      @JsonSerialize(using = AsciiText.class) String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://industry-plans.example.jp/problems/";
}
