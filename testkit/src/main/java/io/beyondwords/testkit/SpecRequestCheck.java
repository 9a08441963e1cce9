package io.beyondwords.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Checks each request against the API description itself with Atlassian's swagger-request-validator, and answers what
 * the description rejects with the API's 422: {@code {"code":422,"message":...,"errors":[{"location","message"}]}},
 * one entry per problem, located at the member ({@code media.url}) or parameter ({@code pagination[limit]}).
 *
 * <p>What the stand-in decides itself is left out of the check: the key (401), unknown paths (404) and methods (405).
 * Members and query parameters the description does not declare are accepted, as the API accepts them.
 */
final class SpecRequestCheck implements StandInApi.RequestCheck {

    /** Findings the stand-in answers otherwise, or, for undeclared members, not at all. */
    private static final List<String> IGNORED = List.of(
            "validation.request.security.missing", "validation.request.security.invalid",
            "validation.request.path.missing", "validation.request.operation.notAllowed",
            "validation.request.body.schema.additionalProperties",
            "validation.request.parameter.query.unexpected");

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** Validators by description text: building one parses the description, which takes a while. */
    private static final Map<String, StandInApi.RequestCheck> BY_SPEC = new ConcurrentHashMap<>();

    private final OpenApiInteractionValidator validator;

    private SpecRequestCheck(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The check for this description (shared by every stand-in that serves it). */
    static StandInApi.RequestCheck of(ApiSpec spec) {
        return BY_SPEC.computeIfAbsent(spec.text(), SpecRequestCheck::create);
    }

    private static StandInApi.RequestCheck create(String text) {
        LevelResolver.Builder levels = LevelResolver.create();
        IGNORED.forEach(key -> levels.withLevel(key, ValidationReport.Level.IGNORE));
        return new SpecRequestCheck(OpenApiInteractionValidator.createForInlineApiSpecification(text)
                .withLevelResolver(levels.build()).build());
    }

    @Override
    public StandInApi.Reply refusal(String method, HttpUrl url, String contentType, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), url.encodedPath());
        for (String name : url.queryParameterNames()) {
            request.withQueryParam(name, url.queryParameterValues(name));
        }
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        ValidationReport report;
        try {
            report = validator.validateRequest(request.build());
        } catch (RuntimeException e) {
            return null; // a request the validator cannot read is left to the operation
        }
        List<JsonObject> errors = new ArrayList<>();
        boolean inBody = false;
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            boolean bodyProblem = message.getKey().startsWith("validation.request.body");
            inBody |= bodyProblem;
            for (String location : locations(message, bodyProblem)) {
                errors.add(StandInApi.fieldError(location, message.getMessage()));
            }
        }
        return errors.isEmpty() ? null
                : StandInApi.invalid(inBody ? "Invalid request body" : "Invalid request parameters", errors);
    }

    /** Where a finding is: the member(s) it names, dotted ({@code media.url}), or the parameter. */
    private static List<String> locations(ValidationReport.Message message, boolean bodyProblem) {
        ValidationReport.MessageContext context = message.getContext().orElse(null);
        if (!bodyProblem) {
            String parameter = context == null ? null
                    : context.getParameter().map(io.swagger.v3.oas.models.parameters.Parameter::getName).orElse(null);
            return List.of(parameter != null ? parameter : "request");
        }
        String pointer = context == null ? null
                : context.getPointers().map(ValidationReport.MessageContext.Pointers::getInstance).orElse(null);
        String at = pointer == null ? "" : pointer.replaceFirst("^/", "").replace('/', '.');
        if (message.getKey().toLowerCase(Locale.ROOT).endsWith(".required")) {
            // "object has missing required properties ([\"name\",\"type\"])": one entry per missing member.
            List<String> missing = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(message.getMessage());
            while (quoted.find()) {
                missing.add(at.isEmpty() ? quoted.group(1) : at + "." + quoted.group(1));
            }
            if (!missing.isEmpty()) {
                return missing;
            }
        }
        return List.of(at.isEmpty() ? "body" : at);
    }
}
