package io.beyondwords.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The checks a params builder applies before any request, as a param's schema states them: bounds, lengths and
 * patterns. Each is a {@link CheckModel}, which {@code check.mustache} writes.
 */
@SuppressWarnings("rawtypes")
final class ParamChecks {
    private ParamChecks() {
    }

    /** Checks the spec states: minimum/maximum, minLength/maxLength, pattern; {@code format: uri} is the type. */
    static void add(List<CheckModel> checks, String name, TypeRef t, Schema schema, ParamsModel params,
            String itemWord) {
        if (schema == null) {
            return;
        }
        String subject = itemWord == null ? name : itemWord + " of " + name;
        String v = itemWord == null ? name : Names.camel(Names.singular(name));
        boolean uri = t.kind == Kind.URI;
        if (schema.getMinimum() != null) {
            CheckModel c = bound(new CheckModel(v, subject, uri), schema.getMinimum(), schema.getExclusiveMinimum(), t);
            c.minimum = true;
            checks.add(c);
        }
        if (schema.getMaximum() != null) {
            CheckModel c = bound(new CheckModel(v, subject, uri), schema.getMaximum(), schema.getExclusiveMaximum(), t);
            c.maximum = true;
            checks.add(c);
        }
        if (schema.getMinLength() != null && schema.getMinLength() > 0) {
            CheckModel c = new CheckModel(v, subject, uri);
            c.minLength = true;
            c.length = schema.getMinLength();
            c.nonEmpty = c.length == 1;
            checks.add(c);
        }
        if (schema.getMaxLength() != null) {
            CheckModel c = new CheckModel(v, subject, uri);
            c.maxLength = true;
            c.length = schema.getMaxLength();
            checks.add(c);
        }
        if (schema.getPattern() != null) {
            ParamsModel.PatternModel pattern = new ParamsModel.PatternModel();
            pattern.constant = Names.constant(name) + "_PATTERN";
            pattern.regex = ValueSchemas.javaString(schema.getPattern());
            params.patternFields.add(pattern);
            CheckModel c = new CheckModel(v, subject, uri);
            c.pattern = true;
            c.patternConstant = pattern.constant;
            c.patternWords = patternWords(schema.getPattern());
            checks.add(c);
        }
    }

    /** Plain words for the patterns the spec uses, and the pattern itself for any other. */
    private static String patternWords(String regex) {
        if (regex.equals("\\S")) {
            return "must not be blank";
        }
        if (regex.startsWith("^https?://")) {
            return "must be an absolute http(s) URL";
        }
        return "must match the pattern " + ValueSchemas.javaString(regex).replace("\\", "\\\\");
    }

    /** Sets what a minimum and a maximum share: the bound, whether it is exclusive, and its literal's kind. */
    private static CheckModel bound(CheckModel c, BigDecimal value, Boolean exclusive, TypeRef t) {
        c.exclusive = Boolean.TRUE.equals(exclusive);
        c.bound = number(value, t);
        c.longBound = t.kind == Kind.LONG;
        c.decimal = t.kind == Kind.DECIMAL;
        return c;
    }

    /** @return the bound as a number of the param's type: a {@code double}'s has a fraction */
    private static String number(BigDecimal value, TypeRef t) {
        String text = value.stripTrailingZeros().toPlainString();
        return t.kind == Kind.DOUBLE && !text.contains(".") ? text + ".0" : text;
    }
}
