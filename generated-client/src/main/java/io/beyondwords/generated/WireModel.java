package io.beyondwords.generated;

import com.google.gson.JsonObject;

/**
 * What every generated model carries besides its declared members, so the facade reaches it by a type check instead
 * of looking the accessors up by name: the members a response had that the model does not declare, and the declared
 * members sent in a form the model cannot hold. Each model implements it through the wire generator
 * ({@code WireCodegen}); the accessors come from the {@code additional_properties} template.
 */
public interface WireModel {
    /**
     * Returns the members the server sent that the model does not declare; on a request body, the caller's extra
     * members and cleared members (as JSON null), which the facade's request-body converter merges in.
     *
     * @return those members, or {@code null} if none were captured
     */
    JsonObject getUnknownFields();

    /**
     * Sets the members the model does not declare.
     *
     * @param unknownFields the members, or {@code null} for none
     */
    void setUnknownFields(JsonObject unknownFields);

    /**
     * Returns the declared members sent in a form the model cannot hold, by name.
     *
     * @return those members, or {@code null} if there were none
     */
    JsonObject getInvalidMembers();

    /**
     * Sets the declared members sent in a form the model cannot hold.
     *
     * @param invalidMembers the members, or {@code null} for none
     */
    void setInvalidMembers(JsonObject invalidMembers);
}
