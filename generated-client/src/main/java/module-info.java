/**
 * The wire layer generated from {@code openapi.yaml}: Retrofit interfaces, Gson models and the query helper they use.
 * Internal to the SDK: every package is exported to the facade ({@code io.beyondwords}) alone, so a modular
 * application cannot reach it even though the jar is on its module path.
 *
 * <p>Its packages are fixed by the generator's configuration (the generated-client pom), so this descriptor is
 * written by hand; the facade's, whose resource packages come and go with the spec, is generated.
 */
module io.beyondwords.generated {
    requires com.google.gson;
    requires okhttp3;
    requires retrofit2;

    exports io.beyondwords.generated to io.beyondwords;
    exports io.beyondwords.generated.api to io.beyondwords;
    exports io.beyondwords.generated.model to io.beyondwords;

    // The facade's TolerantModelAdapterFactory and the Gson adapter it delegates to set the models' private fields.
    opens io.beyondwords.generated.model to io.beyondwords, com.google.gson;
}
