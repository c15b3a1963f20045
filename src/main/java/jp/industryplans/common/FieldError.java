package jp.industryplans.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One faulty input field of a 400 problem: where it is and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(String field, String message) {
}
