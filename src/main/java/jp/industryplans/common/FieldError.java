package jp.industryplans.common;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One faulty input field of a 400 problem: where it is and what is wrong with it (in ASCII, {@link AsciiText}). */
@Schema(name = "FieldError")
public record FieldError(@JsonSerialize(using = AsciiText.class) String field,
                         @JsonSerialize(using = AsciiText.class) String message) {
}
