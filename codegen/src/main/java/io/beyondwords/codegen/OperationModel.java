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
    /** The argument lists of the variants: declared, passed on, and with options. */
    public String decl;
    public String call;
    public boolean hasArgs;
    /** The overload without params, for reads whose params are all optional. */
    public boolean hasNoParams;
    public String declNoParams;
    public String callNoParams;
    public List<String> throwsDoc = new ArrayList<>();
    /** {@code @param} lines for the path arguments, and for the params too. */
    public List<String> argDocs = new ArrayList<>();
    public List<String> paramDocs = new ArrayList<>();
    /** The path arguments passed on, followed by ", " if any (to put before params or options). */
    public String callPrefix;
    public String declPrefix;
    // The binding
    /** The arguments of the generated Retrofit interface's method, in its order. */
    public List<ApiArgModel> apiArgs = new ArrayList<>();
    /** What the interface's method returns in its {@code Call}: the wire model, a list of them, or {@code Void}. */
    public String wireReturnType;
    public String parser;
    public boolean parserPerCall;
    public String valueType;
    public String wireBodyType;
    public String wireItemType;
    public String offsetParam;
    public String limitParam;
    /** A create made safe to retry by a unique body member (see KeyedCreate in the facade's core). */
    public boolean keyed;
    public String keyMember;
    public String keyParam;
    public String recoverCall;
    public String recoverAsyncCall;
    /** For the post-pass: the verb of the operation that recovers this one, from the spec. */
    String recoverVerb;
    public String valueMethod;
    public String valueConstant;
    public String offsetExpr;
    public String limitExpr;
}
