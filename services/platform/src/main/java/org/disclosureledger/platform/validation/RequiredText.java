package org.disclosureledger.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A text that must be given ("is missing") and not blank ("is empty"). */
@Documented
@NotNull(message = "is missing")
@Pattern(regexp = "(?s).*\\S.*", message = "is empty")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface RequiredText {
    String message() default "is missing";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
