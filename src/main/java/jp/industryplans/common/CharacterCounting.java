package jp.industryplans.common;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * 文字数 — {@code @Size} on text counts characters (Unicode code points), as the contract's
 * {@code maxLength} (JSON Schema) and PostgreSQL's {@code length()} do, not UTF-16 units: 500 emoji
 * are 500 characters, not 1,000. Lists are counted by their elements, as before.
 */
@ApplicationScoped
public class CharacterCounting implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(false)
                .validatedBy(Text.class)
                .validatedBy(Elements.class);
        configuration.addMapping(mapping);
    }

    /** A {@code @Size} check over whatever {@link #count} counts. */
    abstract static class Counted<T> implements ConstraintValidator<Size, T> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(T value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int n = count(value);
            return n >= min && n <= max;
        }

        abstract int count(T value);
    }

    /** Characters of a text. */
    public static final class Text extends Counted<CharSequence> {
        @Override
        int count(CharSequence value) {
            return Character.codePointCount(value, 0, value.length());
        }
    }

    /** Elements of a list or set. */
    public static final class Elements extends Counted<Collection<?>> {
        @Override
        int count(Collection<?> value) {
            return value.size();
        }
    }
}
