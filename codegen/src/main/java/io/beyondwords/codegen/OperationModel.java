package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** One operation, as the service interfaces and the binding need it. */
public final class OperationModel {
    public String verb;
    /** How much of the operation the public docs showed ({@code x-beyondwords-docs}), for its Javadoc and the table. */
    public String docs;
    public String httpMethod;
    public String path;
    public List<String> doc;
    public String returnDoc;
    /** What the call returns: {@code Page<T>}, {@code List<T>}, {@code T}, or {@code Void}. */
    public String returnType;
    /** The synchronous method's return type ({@code void} for {@code Void}). */
    public String syncReturn;
    public boolean isVoid;
    public boolean isPage;
    public List<ArgModel> args = new ArrayList<>();
    public String paramsType;
    public String paramsDoc;
    /** Whether it takes path arguments ({@link #args} not empty), so that the params follow a comma. */
    public boolean hasPathArgs;
    /** The overload without params, for reads whose params are all optional. */
    public boolean hasNoParams;
    /** A read of one item by its one path argument: its Javadoc says it throws {@code NotFoundException}. */
    public boolean throwsNotFound;
    // The binding
    /** The arguments of the generated Retrofit interface's method, in its order. */
    public List<ApiArgModel> apiArgs = new ArrayList<>();
    /** What the interface's method returns in its {@code Call}: the wire model, a list of them, or {@code Void}. */
    public String wireReturnType;
    /** A list of values without paging: parsed by its value's list parser. */
    public boolean isList;
    public String valueType;
    public String wireBodyType;
    public String wireItemType;
    public String offsetParam;
    /** Whether the offset param has a default, so it is never null. */
    public boolean offsetHasDefault;
    public String limitParam;
    /** A create made safe to retry by a unique body member (see KeyedCreate in the facade's core). */
    public boolean keyed;
    public String keyMember;
    public String keyParam;
    /** The verb of the operation that recovers this one, from the spec: called with the path arguments and the key. */
    public String recoverVerb;
    /** The recovering operation's params type, passed as {@code none()}; {@code null} if it takes none. */
    public String recoverParamsType;
    /** The value's method of the wire class and its parser's constant in the binding. */
    public String valueMethod;
    public String valueConstant;
}
