package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** One resource (a tag of the spec): its services, values, params and binding. */
public final class ResourceModel {
    public String tag;
    public String packageName;
    public String accessor;
    public String type;
    public String noun;
    /**
     * A named extension: hand-written behaviour a spec cannot state. Its interfaces ({@code <extension>} and
     * {@code <extension>Async}) are extended by the services, and its abstract classes ({@code Default<extension>},
     * {@code Default<extension>Async}) by their implementations; all four are written by hand in the package.
     */
    public String extension;
    public List<String> doc;
    public String summary;
    public String service;
    public String serviceAsync;
    public String binding;
    /**
     * The package's one public entry point for the client, e.g. {@code ContentHook}: it creates the package-private
     * {@link #binding}, which the client in {@code io.beyondwords} cannot name. Not part of the API.
     */
    public String hook;
    public String wire;
    /** The generated Retrofit interface of the resource's operations, e.g. {@code ContentApi}. */
    public String api;
    /** The binding's imports beyond the ones every binding has: computed by {@link BindingImports}. */
    public List<String> bindingImports = new ArrayList<>();
    /** The resource's index in the client's {@code ResourceTable}. */
    public int slot;
    /** The name of the resource's slot constant in the client's {@code ResourceTable}, e.g. {@code CONTENT}. */
    public String constant;
    public List<OperationModel> operations = new ArrayList<>();
    public List<ValueModel> values = new ArrayList<>();
    public List<ParamsModel> params = new ArrayList<>();
    public List<EnumModel> enums = new ArrayList<>();
    public List<BodyModel> bodies = new ArrayList<>();
    public boolean hasVoid;
    public boolean hasChildren;
}
