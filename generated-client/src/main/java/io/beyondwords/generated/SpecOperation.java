package io.beyondwords.generated;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code operationId} the spec gives the operation a generated Retrofit method calls, exactly as written there
 * (e.g. {@code background_tracks#show}). The method's own name is that id made a Java identifier, so the facade reads
 * the original from here for its listeners, kept at run time on the method Retrofit's {@code Invocation} tag names.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SpecOperation {
    /**
     * Returns the spec's {@code operationId}.
     *
     * @return the id as the spec writes it
     */
    String value();
}
