package io.beyondwords.internal.transport;

import io.beyondwords.generated.SpecOperation;
import io.beyondwords.observability.Operation;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * The {@link Operation} each method of a generated Retrofit interface calls, read once per method from its name, its
 * HTTP annotation (which carries the spec's path template) and its {@link SpecOperation} (the spec's operation id),
 * and kept: a transport's interfaces have a fixed, small number of methods.
 */
final class Operations {
    private final ConcurrentHashMap<Method, Operation> known = new ConcurrentHashMap<>();

    /**
     * @param invocation the tag Retrofit put on a request it built
     * @return the operation that request's method calls
     */
    Operation of(Invocation invocation) {
        return known.computeIfAbsent(invocation.method(), Operations::read);
    }

    private static Operation read(Method method) {
        String api = method.getDeclaringClass().getSimpleName();
        String resource = api.endsWith("Api") ? api.substring(0, api.length() - 3) : api;
        String name = resource + "." + method.getName();
        SpecOperation spec = method.getAnnotation(SpecOperation.class);
        // Every generated method carries it (the api template writes it); a method without would be no spec's.
        String id = spec == null ? name : spec.value();
        for (Annotation a : method.getAnnotations()) {
            if (a instanceof GET get) {
                return new Operation(name, "GET", get.value(), id);
            } else if (a instanceof POST post) {
                return new Operation(name, "POST", post.value(), id);
            } else if (a instanceof PUT put) {
                return new Operation(name, "PUT", put.value(), id);
            } else if (a instanceof DELETE delete) {
                return new Operation(name, "DELETE", delete.value(), id);
            } else if (a instanceof PATCH patch) {
                return new Operation(name, "PATCH", patch.value(), id);
            } else if (a instanceof HEAD head) {
                return new Operation(name, "HEAD", head.value(), id);
            } else if (a instanceof OPTIONS options) {
                return new Operation(name, "OPTIONS", options.value(), id);
            } else if (a instanceof HTTP http) {
                return new Operation(name, http.method(), http.path(), id);
            }
        }
        // Retrofit refuses a method without one before any request is built; kept total for safety.
        return new Operation(name, "", "", id);
    }
}
