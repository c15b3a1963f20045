package jp.industryplans.release;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.industryplans.common.ApiException;

/**
 * 日付 — a text field that must hold an ISO 8601 calendar date ({@code YYYY-MM-DD}) when present,
 * checked with the rest of the body so that one answer names every faulty field.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CalendarDate.Check.class)
public @interface CalendarDate {

    String message() default "must be a calendar date written YYYY-MM-DD (ISO 8601), such as 2022-10-01; "
            + "a fiscal year or an era form (2022, R4, 令和4年度) is not a date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null (absent) and every text {@link AsOfDate#parse} reads as a date. */
    class Check implements ConstraintValidator<CalendarDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                AsOfDate.parse("value", value);
                return true;
            } catch (ApiException e) {
                return false;
            }
        }
    }
}
