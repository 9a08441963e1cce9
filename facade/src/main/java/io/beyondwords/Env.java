package io.beyondwords;

import java.util.function.UnaryOperator;

/** Reads a setting from a system property or else an environment variable, the precedence every setting shares. */
final class Env {
    /** Looks names up in the JVM's system properties first, then the process environment. */
    static final UnaryOperator<String> SYSTEM = name -> name.startsWith("beyondwords.")
            ? System.getProperty(name)
            : System.getenv(name);

    private Env() {
    }

    /** @return the property's value if set and not blank, else the variable's if set and not blank, else null */
    static String read(UnaryOperator<String> source, String property, String variable) {
        String value = source.apply(property);
        if (value == null || value.isBlank()) {
            value = source.apply(variable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
