package io.beyondwords.generated.spec;

/**
 * One change between the released spec and the current one, named so that a person can read it and an
 * acknowledgement file can quote it.
 *
 * <p>The name is {@code <METHOD> <path>: <what changed>}, for example
 * {@code GET /background_tracks: response 200 field removed: [].media.duration}. Field paths are dotted from the body's
 * root; {@code []} stands for "each item of the array". The name depends only on the two specs, never on the order
 * openapi-diff happens to walk them in, so an acknowledgement stays valid until the change itself changes.
 *
 * @param operation the HTTP method and path template, e.g. {@code PUT /background_tracks/{id}}
 * @param category where the change belongs in the report
 * @param description what changed, e.g. {@code request body field type changed: volume (integer -> string)}
 * @param breaking whether openapi-diff counts this change as backward-incompatible for clients
 */
record SpecChange(String operation, Category category, String description, boolean breaking) {

  /** The report's sections, in the order the report lists them. */
  enum Category {
    OPERATION_ADDED("Operations added"),
    OPERATION_REMOVED("Operations removed"),
    OPERATION_CHANGED("Operations changed (parameters, responses, headers, media types)"),
    FIELD_ADDED("Fields added"),
    FIELD_REMOVED("Fields removed"),
    FIELD_CHANGED("Fields changed (type, required, constraints)");

    private final String heading;

    Category(String heading) {
      this.heading = heading;
    }

    String heading() {
      return heading;
    }
  }

  /** The line that identifies this change in the report, in failure messages and in the acknowledgement file. */
  String name() {
    return operation + ": " + description;
  }
}
