package org.threepl.portal.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the API document (configured as {@code mp.openapi.filter}) with what holds for every operation, so that no
 * operation can forget it: the problems it may answer (RFC 9457, {@code application/problem+json}, each with its
 * problem types and an example), the {@code Idempotency-Key} header of every POST, and an example of every answer,
 * built from the answer's schema ({@link SchemaExamples}). {@code ApiContractIT} checks the served document.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://threepl-portal.example/problems/";

    /** A problem answer: its status, when an operation may give it, and the problem types it carries. */
    private record ProblemAnswer(int status, String title, When when, String... types) {
        /** The name of the shared answer in the document's components ({@code #/components/responses/…}). */
        String component() {
            return title.replace(" ", "");
        }
    }

    private enum When {
        ALWAYS,
        WITH_INPUT,
        WITH_ID,
        WITH_BODY,
        CHANGING,
        WITH_IF_MATCH,
    }

    private static final List<ProblemAnswer> PROBLEM_ANSWERS = List.of(
            new ProblemAnswer(
                    400, "Bad Request", When.WITH_INPUT, "invalid-parameter", "malformed-json", "invalid-input"),
            new ProblemAnswer(401, "Unauthorized", When.ALWAYS, "unauthenticated"),
            new ProblemAnswer(403, "Forbidden", When.ALWAYS, "forbidden", "insufficient-scope"),
            new ProblemAnswer(404, "Not Found", When.WITH_ID, "not-found"),
            new ProblemAnswer(409, "Conflict", When.CHANGING, "conflict", "idempotency-key-in-use"),
            new ProblemAnswer(412, "Precondition Failed", When.WITH_IF_MATCH, "stale-version"),
            new ProblemAnswer(413, "Content Too Large", When.WITH_BODY, "payload-too-large", "batch-too-large"),
            new ProblemAnswer(
                    422,
                    "Unprocessable Content",
                    When.WITH_INPUT,
                    "validation-failed",
                    "rule-violation",
                    "invalid-value",
                    "forbidden-character"),
            new ProblemAnswer(428, "Precondition Required", When.WITH_IF_MATCH, "if-match-required"),
            new ProblemAnswer(429, "Too Many Requests", When.ALWAYS, "rate-limited"),
            new ProblemAnswer(503, "Service Unavailable", When.ALWAYS, "database-unavailable"));

    private SchemaExamples examples;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Problem", problemSchema());
        for (String withRule : List.of("ItemError", "LineError")) {
            Schema schema = api.getComponents().getSchemas().get(withRule);
            if (schema != null && schema.getProperties().get("rule") != null) {
                schema.getProperties().get("rule").description(RULE);
            }
        }
        PROBLEM_ANSWERS.forEach(a -> api.getComponents().addResponse(a.component(), problem(a)));
        examples = new SchemaExamples(api.getComponents().getSchemas());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> complete(path, method, operation)));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        responses.getAPIResponses().forEach((code, response) -> exampleFor(response));
        if (method == PathItem.HttpMethod.POST && parameter(operation, IdempotentCreates.HEADER) == null) {
            operation.addParameter(OASFactory.createParameter()
                    .name(IdempotentCreates.HEADER)
                    .in(Parameter.In.HEADER)
                    .description("Optional: a retry with the same key and the same request is answered as the first "
                            + "was (kept 24 hours), never run twice")
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .maxLength(100)));
        }
        for (ProblemAnswer answer : PROBLEM_ANSWERS) {
            String code = Integer.toString(answer.status());
            if (applies(answer.when(), path, method, operation) && !responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(answer.component()));
            }
        }
    }

    private static boolean applies(When when, String path, PathItem.HttpMethod method, Operation operation) {
        boolean changing = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        return switch (when) {
            case ALWAYS -> true;
            case WITH_INPUT ->
                operation.getRequestBody() != null
                        || (operation.getParameters() != null
                                && !operation.getParameters().isEmpty());
            case WITH_ID -> path.contains("{");
            case WITH_BODY -> operation.getRequestBody() != null;
            case CHANGING -> changing;
            case WITH_IF_MATCH -> parameter(operation, "If-Match") != null;
        };
    }

    private static Parameter parameter(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> name.equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }

    private void exampleFor(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            boolean binary = media.getSchema() != null
                    && "binary".equals(media.getSchema().getFormat());
            if (!binary
                    && media.getExample() == null
                    && (media.getExamples() == null || media.getExamples().isEmpty())) {
                Object example = examples.of(media.getSchema());
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }

    private static APIResponse problem(ProblemAnswer answer) {
        StringBuilder description = new StringBuilder(answer.title()).append(": a problem of type ");
        for (int i = 0; i < answer.types().length; i++) {
            description.append(i == 0 ? "" : ", ").append(answer.types()[i]);
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", PROBLEMS + answer.types()[0]);
        example.put("title", answer.title());
        example.put("status", answer.status());
        example.put("detail", "What went wrong, and what to do about it.");
        example.put("instance", "/portal/api/v1/…");
        if (answer.status() == 422 || answer.status() == 400) {
            Map<String, Object> error = new LinkedHashMap<>(); // in this order in every document written
            error.put("field", "name");
            error.put("message", "The name may not be empty");
            example.put("errors", List.of(error));
        }
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .example(example);
        Content content = OASFactory.createContent().addMediaType(PROBLEM_JSON, media);
        APIResponse response = OASFactory.createAPIResponse()
                .description(description.append(" (see docs/api.md, Problems)").toString())
                .content(content);
        if (answer.status() == 429) {
            response.addHeader("Retry-After", header("Whole seconds until the request would pass"))
                    .addHeader("RateLimit-Policy", header("The key's burst (q) and the seconds to earn it back (w)"))
                    .addHeader("RateLimit", header("The requests the key may make now (r), seconds until full (t)"));
        }
        if (answer.status() == 503) {
            response.addHeader("Retry-After", header("Whole seconds after which to send the request again"));
        }
        return response;
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static final String RULE =
            "The business rule broken (rule.…), stable across wordings; absent for a malformed value";

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("message", text)
                .addProperty(
                        "rule",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description(RULE));
        List<String> required = new ArrayList<>(List.of("type", "title", "status"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("A problem (RFC 9457); 'type' names what kind, 'errors' the fields at fault")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(fieldError))
                .required(required);
    }
}
