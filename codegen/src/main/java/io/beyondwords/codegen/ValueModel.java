package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** One value type: a response schema with declared members. */
public final class ValueModel {
    public String packageName;
    public String name;
    public String schemaKey;
    public String wireClass;
    public List<String> doc;
    public String noun;
    /** The wire getter of the member naming the value in messages (its id), or null. */
    public String idGetter;
    public List<MemberModel> members = new ArrayList<>();
    /** Whether this value is read whole as a response body (so a body that is not an object fails the call). */
    public boolean body;
    /** Whether a list of it is read as a response body. */
    public boolean listBody;
    public boolean hasChildren;
    /** Whether a list of it is read somewhere (a list body, or a member). */
    public boolean inList;
    /** Whether an operation returns a list of it without paging. */
    public boolean plainList;
    /** Its name as a method of the wire class, e.g. {@code backgroundTrack}. */
    public String method;
    public String constant;
    // Derived from the members by ValueLayout:
    /** The member naming this value in messages when it is at the top of a response (its id), or {@code null}. */
    public String idMember;
    public String requiredDoc;
}
